/**
 * How long a session lasts: the staff idle limit (an administrator's setting, ./idle-settings.ts;
 * until saved STAFF_IDLE_MINUTES, default 30) without activity for the roles that need a second
 * factor (staff), and SESSION_MAX_HOURS (8) after signing in for everyone. Checked in Auth.js's jwt
 * callback (which also refreshes the activity time, at most once a minute; the proxy lets it write
 * the cookie on every portal request) and again by the gate.
 */
export const SESSION_MAX_SECONDS = Number(process.env.SESSION_MAX_HOURS ?? 8) * 3600;
/** The staff idle limit while the administrator has not set one: STAFF_IDLE_MINUTES, else 30. */
export function defaultStaffIdleMinutes(): number {
  const n = Number(process.env.STAFF_IDLE_MINUTES ?? 30);
  return Number.isFinite(n) && n > 0 ? n : 30;
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

/**
 * Whether a session with these times has ended at `nowSeconds`, staff being allowed `staffIdleSeconds`
 * without a request. Sessions without the times (older cookies) have ended.
 */
export function sessionEnded(t: SessionTimes, nowSeconds: number, staffIdleSeconds: number): boolean {
  if (typeof t.at !== 'number' || typeof t.la !== 'number') return true;
  if (nowSeconds - t.at > SESSION_MAX_SECONDS) return true;
  if (t.staff === true && nowSeconds - t.la > staffIdleSeconds) return true;
  return false;
}
