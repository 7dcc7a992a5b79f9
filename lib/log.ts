/**
 * The one way to log an unexpected error: what went wrong, never with what data.
 *
 * A database error's message and detail hold the row's values (a duplicate key's phone number,
 * a failing query's parameters in drizzle's "Failed query: … params: …"), so only the error's
 * name, its SQLSTATE code and the constraint / table / column names are printed — for the error
 * and every error in its `cause` chain.
 */

const SAFE_NAME = /^[A-Za-z0-9_.$-]{1,80}$/;

function safe(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE_NAME.test(value) ? value : undefined;
}

/** One error → "Name code=23505 constraint=leads_phone_key", no message, no detail. */
function describeOne(err: unknown): string {
  if (!err || typeof err !== 'object') return typeof err;
  const e = err as Record<string, unknown>;
  const parts = [safe(e.name) ?? safe(e.constructor?.name) ?? 'Error'];
  const fields: [string, unknown][] = [
    ['code', e.code],
    ['constraint', e.constraint_name ?? e.constraint],
    ['table', e.table_name ?? e.table],
    ['column', e.column_name ?? e.column],
  ];
  for (const [key, value] of fields) {
    const v = typeof value === 'number' ? String(value) : safe(value);
    if (v) parts.push(`${key}=${v}`);
  }
  return parts.join(' ');
}

/** The error and its causes (at most five deep), described without their text. */
export function describeError(err: unknown): string {
  const out: string[] = [];
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    out.push(describeOne(current));
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return out.join(' <- ');
}

/** Logs `[context] Name code=… constraint=…` on standard error. `context` is a fixed label. */
export function logError(context: string, err: unknown): void {
  console.error(`[${context}] ${describeError(err)}`);
}
