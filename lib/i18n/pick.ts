/** Only the namespaces a client component needs travel to the browser. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Record<
    string,
    Record<string, unknown>
  >;
}

/**
 * What the portal sends to the browser: every feature namespace's `errors` (the form component
 * translates any key an action returns), the shared namespaces, and the `extra` namespaces a
 * page's client components read themselves (`WithMessages`).
 */
export function portalMessages(messages: Record<string, unknown>, extra: readonly string[] = []) {
  return { ...pickErrorMessages(messages), ...pickMessages(messages, ['auth', 'errors', 'admin', 'common', 'roles', ...extra]) };
}

/** The `errors` of every feature namespace (`<namespace>.errors`), for the form component in the browser. */
export function pickErrorMessages(messages: Record<string, unknown>) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [ns, value] of Object.entries(messages)) {
    const errors = value && typeof value === 'object' ? (value as Record<string, unknown>).errors : undefined;
    if (errors && typeof errors === 'object' && ns !== 'errors') out[ns] = { errors };
  }
  return out;
}
