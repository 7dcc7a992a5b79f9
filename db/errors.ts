/**
 * Whether an error means the database could not be reached or dropped the connection (a restart,
 * a failover, a network cut, a full connection table) rather than that the query was wrong. Such a
 * failure passes: the same request a minute later works, so the user is asked to try again.
 * postgres.js reports a lost connection with its own codes; the server with SQLSTATE class 08
 * (connection exception), 57P01–57P03 (shut down, crashed, starting) and 53300 (too many
 * connections). Drizzle wraps the driver's error in `cause`: the chain is searched.
 */
const DRIVER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as { code?: unknown; errors?: unknown; cause?: unknown };
    const code = typeof e.code === 'string' ? e.code : '';
    if (DRIVER_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    // Node's connect to several addresses (localhost: ::1 and 127.0.0.1) fails with an AggregateError.
    if (Array.isArray(e.errors) && e.errors.length && e.errors.every((x) => isDatabaseUnavailable(x))) return true;
    current = e.cause;
  }
  return false;
}
