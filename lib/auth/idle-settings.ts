import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { installationSettings } from '@/db/schema';
import { audit } from '@/lib/audit';
import { defaultStaffIdleMinutes } from './timeouts';

/** The staff's idle limit the administrator may choose: 5 minutes to 8 hours (every session ends after 8 hours anyway). */
export const STAFF_IDLE_RANGE = { min: 5, max: 480 } as const;

export interface SessionSettings {
  staffIdleMinutes: number;
}

/**
 * How long staff may be idle before their session ends (issue #20: "30 minutes without activity
 * (setting)"; the form: lib/session): the administrator's setting, or STAFF_IDLE_MINUTES (30) while none was saved.
 */
export async function getSessionSettings(db: DbOrTx): Promise<SessionSettings> {
  const [row] = await db.select({ minutes: installationSettings.staffIdleMinutes }).from(installationSettings).where(eq(installationSettings.id, 'default'));
  const m = row?.minutes;
  const valid = typeof m === 'number' && m >= STAFF_IDLE_RANGE.min && m <= STAFF_IDLE_RANGE.max;
  return { staffIdleMinutes: valid ? m : defaultStaffIdleMinutes() };
}

/** Saves the setting (audited with the new value: it is no personal data). */
export async function saveSessionSettings(db: DbOrTx, actorUserId: string, s: SessionSettings) {
  await db.transaction(async (tx) => {
    const values = { staffIdleMinutes: s.staffIdleMinutes, updatedByUserId: actorUserId, updatedAt: sql`now()` };
    // Before the first run named the municipality, the row starts without a name (the public page shows its default).
    await tx
      .insert(installationSettings)
      .values({ id: 'default', municipalityName: '', ...values })
      .onConflictDoUpdate({ target: installationSettings.id, set: values });
    await audit(tx, { action: 'sessions.settings_saved', actorUserId, details: { staffIdleMinutes: s.staffIdleMinutes } });
  });
  cached = undefined;
}

/**
 * Read at most every ten seconds per module instance: every staff request asks (Auth.js's jwt
 * callback in the proxy and the gate in the page; the proxy's bundle has its own copy of this cache).
 */
export const IDLE_CACHE_MS = 10_000;
const CACHE_MS = IDLE_CACHE_MS;
let cached: { seconds: number; at: number } | undefined;

/** The staff idle limit in seconds for this request; a change applies within ten seconds. */
export async function staffIdleSeconds(now = Date.now()): Promise<number> {
  if (cached && now - cached.at < CACHE_MS) return cached.seconds;
  const seconds = (await getSessionSettings(getDb())).staffIdleMinutes * 60;
  cached = { seconds, at: now };
  return seconds;
}
