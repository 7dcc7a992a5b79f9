/**
 * How long a session lasts: STAFF_IDLE_MINUTES (default 30) without activity for the roles that
 * need a second factor (staff), and SESSION_MAX_HOURS (8) after signing in for everyone. Checked
 * in Auth.js's jwt callback (which also refreshes the activity time, at most once a minute; the
 * proxy lets it write the cookie on every portal request) and again by the gate.
 */
export const SESSION_MAX_SECONDS = Number(process.env.SESSION_MAX_HOURS ?? 8) * 3600;
export function staffIdleSeconds(): number {
  return Number(process.env.STAFF_IDLE_MINUTES ?? 30) * 60;
}
export const ACTIVITY_RESOLUTION_SECONDS = 60;

export interface SessionTimes {
  /** signed in (unix seconds) */
  at?: unknown;
  /** last activity (unix seconds) */
  la?: unknown;
  /** subject to the idle limit */
  staff?: unknown;
}

/** Whether a session with these times has ended at `nowSeconds`. Sessions without the times (older cookies) have ended. */
export function sessionEnded(t: SessionTimes, nowSeconds: number): boolean {
  if (typeof t.at !== 'number' || typeof t.la !== 'number') return true;
  if (nowSeconds - t.at > SESSION_MAX_SECONDS) return true;
  if (t.staff === true && nowSeconds - t.la > staffIdleSeconds()) return true;
  return false;
}
