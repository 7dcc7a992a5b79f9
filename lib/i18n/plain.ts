/** Values for a message's `{name}` arguments (also the form contract's `messageValues`, lib/actions/form-state). */
export type MessageValues = Record<string, string | number>;

/** The namespaces the public pages' client components read (the forms, the language names); the survey page adds `survey`. */
export const PUBLIC_CLIENT_NAMESPACES = ['public', 'errors', 'languages', 'common'] as const;

/** Full message key (`public.name`, `errors.required`) → its text in one language. */
export type PlainMessageMap = Record<string, string>;

/**
 * A message the browser can show without an ICU parser: plain text, or text with simple `{name}`
 * arguments; no plural/select, no rich-text tags, no apostrophe quoting (`'{'`, `''`).
 */
const SIMPLE = /^(?:[^{}<>']|'(?![{}'#|])|\{[A-Za-z0-9_]+\})*$/;

export const isPlainMessage = (text: string) => SIMPLE.test(text);

/**
 * The messages of `namespaces` as a flat map of plain strings, for the public pages' client
 * components (app/_components/plain-messages.tsx). A message that needs ICU formatting beyond
 * simple arguments (a plural, a rich-text tag) is left out: server components format those.
 */
export function plainMessages(messages: Record<string, unknown>, namespaces: readonly string[]): PlainMessageMap {
  const out: PlainMessageMap = {};
  const walk = (prefix: string, value: unknown) => {
    if (typeof value === 'string') {
      if (isPlainMessage(value)) out[prefix] = value;
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    }
  };
  for (const ns of namespaces) if (ns in messages) walk(ns, messages[ns]);
  return out;
}

/** Puts a plain message's `{name}` arguments in, as ICU does for a simple argument (a number as written). */
export function fillIn(text: string, values: MessageValues | undefined): string {
  if (!values) return text;
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
