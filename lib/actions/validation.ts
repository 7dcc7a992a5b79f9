import { z } from 'zod';
import { safeNextPath } from '@/lib/auth/redirect';
import { isIsoDate } from '@/lib/dates';
import sharedErrors from '@/lib/i18n/messages/nl/errors.json';
import { normalizePhone } from '@/lib/phone';
import type { FormValue } from './form-state';


/*
 * The vocabulary of form fields, the one place each kind of field is defined. Every schema in
 * lib/<feature>/schema.ts builds on these, so the same input gets the same answer everywhere.
 * Messages are keys of the `errors` namespace (lib/actions/form-state.ts) unless a field is given
 * its own key (`uuid('notFound')`); fieldErrorsOf below turns zod's issues into those keys.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in its usual written form (any case); for ids from a URL before they reach a query. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A same-site path (no scheme, no host, no control characters): where a page asks an action to
 * send the user afterwards. The page decides the path; the action never knows the app's routes.
 */
export const sitePath = z.string().refine((v) => safeNextPath(v) !== null, 'invalidChoice');

/** A blank form field ('' or only spaces) counts as not filled in. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Required text, trimmed, at most `max` characters. */
export const requiredText = (max: number) =>
  z.preprocess((v) => (v == null ? '' : v), z.string().trim().min(1, 'required').max(max, 'tooLong'));

/** Optional text, trimmed, at most `max` characters; blank becomes null. */
export const optionalText = (max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, 'tooLong').optional()).transform((v) => v ?? null);

/**
 * One of a fixed list (a select or radio group): nothing chosen → "choiceRequired" ("Kies een
 * optie", never the text field's "Vul dit veld in"), anything else → "invalidChoice".
 */
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined || iss.input === '' ? 'choiceRequired' : 'invalidChoice') });

/** A checkbox group: none ticked (no field), one (a string) or several (an array) → the distinct values, each checked by `item`. */
export const many = <T extends z.ZodType>(item: T) =>
  z
    .preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(100, 'tooLong'))
    .transform((list) => [...new Set(list)]);

/** A checkbox group over a fixed list: the distinct values ticked; a value not in the list → "invalidChoice". */
export const manyOf = <T extends string>(values: readonly T[]) => many(z.enum(values as [T, ...T[]], 'invalidChoice'));

/** A wijk (neighbourhood) code from a select, or "other"; the mutation checks it against the database. */
export const neighbourhoodCode = z.string('choiceRequired').trim().min(1, 'choiceRequired').max(40, 'invalidChoice');

const WIJK_CODE = /^[a-z0-9-]{1,40}$/;

/** A wijk code as stored on organisations and services (lower case); a malformed one gets `message`. */
export const wijkCode = (message = 'invalidChoice') => z.string().trim().toLowerCase().regex(WIJK_CODE, message);

/** An optional wijk code; blank becomes null. */
export const optionalWijkCode = (message = 'invalidChoice') =>
  z.preprocess(blankToUndefined, wijkCode(message).optional()).transform((v) => v ?? null);

/** A checkbox: ticked ("on") → true; not ticked (no field) → false. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** An optional e-mail address (at most 254 characters, RFC 5321), trimmed and otherwise as typed; blank becomes null. */
export const optionalEmail = z
  .preprocess(blankToUndefined, z.string().trim().max(254, 'tooLong').pipe(z.email('emailInvalid')).optional())
  .transform((v) => v ?? null);

/** The same, in lower case: the addresses of organisations and services, which staff look up and compare. */
export const optionalEmailLowerCase = optionalEmail.transform((v) => v?.toLowerCase() ?? null);

/** Longest phone number accepted as typed. */
export const MAX_PHONE_TYPED = 32;

/** A required phone number, Dutch or international (libphonenumber), stored as E.164 (+31612345678). */
export const phone = requiredText(MAX_PHONE_TYPED).transform((value, ctx) => {
  const e164 = normalizePhone(value);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
    return z.NEVER;
  }
  return e164;
});

/** A required phone number people read and call (the public page's number): checked like every other number, kept as typed. */
export const phoneAsTyped = requiredText(MAX_PHONE_TYPED).refine((v) => normalizePhone(v) !== null, 'phoneInvalid');

/**
 * An optional phone number of an organisation or service, checked like every other number
 * (libphonenumber) but kept as typed: people read and call it from the page and the printed note.
 */
export const optionalPhone = z
  .preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(MAX_PHONE_TYPED, 'tooLong')
      .refine((v) => normalizePhone(v) !== null, 'phoneInvalid')
      .optional(),
  )
  .transform((v) => v ?? null);

/**
 * A whole number from a form field, within [min, max]. A number already parsed (a data function
 * re-validating an action's output) reads as its digits. `format` is the message for what is not a
 * whole number, `range` for one outside the bounds (defaults: the shared keys).
 */
export function wholeNumber(
  min: number,
  max: number,
  messages: { required?: string; format?: string; range?: string } = {},
) {
  const required = messages.required ?? 'required';
  const format = messages.format ?? 'invalidFormat';
  const range = messages.range ?? format;
  return z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v == null ? '' : v),
    z
      .string(required)
      .trim()
      .min(1, required)
      .regex(/^-?\d{1,15}$/, format)
      .transform(Number)
      .refine((n) => n >= min && n <= max, range),
  );
}

/** A required id; a wrong one gets `message` (a form field's "invalidFormat", or the feature's "notFound"). */
export const uuid = (message = 'invalidFormat') => z.uuid(message);

/** An id chosen in a select: nothing chosen → "choiceRequired", a wrong one → `message`. */
export const chosenId = (message = 'invalidChoice') =>
  z.preprocess((v) => (v == null ? '' : v), z.string().trim().min(1, 'choiceRequired').pipe(z.uuid(message)));

/** An optional id (an "edit" form carries it, the "new" form not); blank becomes null. */
export const optionalUuid = (message = 'invalidFormat') =>
  z.preprocess(blankToUndefined, z.uuid(message).optional()).transform((v) => v ?? null);

/** A required calendar day "YYYY-MM-DD" (an <input type="date">). */
export const isoDate = z.preprocess(
  (v) => (v == null ? '' : v),
  z.string().trim().min(1, 'required').refine(isIsoDate, 'invalidDate'),
);

/** An optional calendar day; blank becomes null. */
export const optionalIsoDate = z
  .preprocess(blankToUndefined, z.string().trim().refine(isIsoDate, 'invalidDate').optional())
  .transform((v) => v ?? null);

const SECRET_FIELDS = /pass(word)?|secret|token/i;
const MAX_VALUE = 2000;

/**
 * The typed values of a form, to refill it after an error. A field sent once is a string, a field
 * sent more than once (checkbox group, multi-select) a list of strings in order. Skips framework
 * fields, secrets and files (a file is never echoed back).
 */
export function formValues(formData: FormData): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || SECRET_FIELDS.test(key) || typeof value !== 'string') continue;
    const v = value.slice(0, MAX_VALUE);
    const prev = values[key];
    values[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return values;
}

/**
 * FormData → plain object for zod; repeated keys become arrays. Files stay File objects, so a
 * schema can check them (`z.file().max(…).mime(…)`); the browser's empty file input (a nameless,
 * empty file) counts as not sent.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string' && value.size === 0 && !value.name) continue;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The shared message keys: the `errors` namespace of the core message file (no list of its own). */
const SHARED_KEYS = new Set(Object.keys(sharedErrors));

/**
 * Whether a schema message is a message key to keep as written: a namespaced key
 * (`targets.errors.endNotAfterStart`, `errors.noProfile`) or one of the shared `errors.*` keys.
 */
export function isMessageKey(message: string | undefined): message is string {
  if (!message) return false;
  if (/^[a-zA-Z][\w-]*(\.[a-zA-Z][\w-]*)+$/.test(message)) return true;
  return SHARED_KEYS.has(message);
}

function keyFor(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return issue.message;
  switch (issue.code) {
    case 'too_big':
      return 'tooLong';
    case 'too_small':
      return issue.minimum === 1 ? 'required' : 'tooShort';
    case 'invalid_value':
      return 'invalidChoice';
    case 'invalid_format':
      return issue.format === 'email' ? 'emailInvalid' : 'invalidFormat';
    case 'invalid_type':
      return 'required';
    default:
      return 'invalidFormat';
  }
}

/**
 * Zod issues → one message key per field (the first issue wins). A schema's own message survives
 * when it is a message key (see `isMessageKey`); anything else becomes a shared key by the kind
 * of issue. Errors of nested paths are filed under the top-level field, root errors under `_form`.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (!(field in out)) out[field] = keyFor(issue);
  }
  return out;
}

export const ATTENDANCE_MARKS = ['present', 'absent', 'none'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

/**
 * An attendance list: the id of what was attended (`idField`, e.g. sessionId, meetingId) and one
 * radio group per ambassador named `a-<ambassador id>` with present / absent / none, and optionally
 * `base`, the page's path (a `sitePath`) for a page mounted in several areas. Anything else is the
 * form's error `errorKey`; who may be on the list is checked by the feature's mutation.
 */
export function attendanceListSchema<K extends string>(idField: K, errorKey: string) {
  return z
    .object({ [idField]: z.uuid('invalidFormat'), base: sitePath.optional() } as Record<K, z.ZodUUID> & { base: z.ZodOptional<typeof sitePath> })
    .catchall(z.unknown())
    .transform((input, ctx) => {
      const marks = new Map<string, AttendanceMark>();
      for (const [key, value] of Object.entries(input)) {
        if (key === idField || key === 'base') continue;
        const ambassadorId = key.slice(2);
        if (!key.startsWith('a-') || !isUuid(ambassadorId) || !(ATTENDANCE_MARKS as readonly unknown[]).includes(value)) {
          ctx.addIssue({ code: 'custom', message: errorKey, path: ['_form'] });
          return z.NEVER;
        }
        marks.set(ambassadorId.toLowerCase(), value as AttendanceMark);
      }
      return { id: (input as Record<K, string>)[idField], base: (input as { base?: string }).base, marks };
    });
}

/** A page's or a request's query string. */
export type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** One query-string value (the first of a repeated key), for filters that drop what does not parse. */
export function searchParam(params: SearchParams, key: string): string | undefined {
  const v = params instanceof URLSearchParams ? params.get(key) : params[key];
  return (Array.isArray(v) ? v[0] : v) ?? undefined;
}
