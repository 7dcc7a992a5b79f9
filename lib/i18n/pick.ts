/** Only the namespaces a client component needs travel to the browser. */
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]) {
  return Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]])) as Record<
    string,
    Record<string, unknown>
  >;
}
