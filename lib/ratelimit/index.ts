import { lt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { rateLimits } from '@/db/schema';

export interface Window {
  limit: number;
  windowSeconds: number;
}

export interface HitResult {
  allowed: boolean;
  count: number;
  /** Seconds until the window resets. */
  retryAfter: number;
}

/**
 * Counts one event for `key` in a fixed window, atomically (one upsert), so it holds across
 * processes that share the database. `allowed` is false once the count exceeds the limit.
 */
export async function hit(db: DbOrTx, key: string, w: Window): Promise<HitResult> {
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count) VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${w.windowSeconds})
                   THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= now() - make_interval(secs => ${w.windowSeconds})
                   THEN now() ELSE rate_limits.window_start END
    RETURNING count,
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => ${w.windowSeconds}) - now()))))::int AS retry_after`);
  const row = rowsOf<{ count: number; retry_after: number }>(rows)[0]!;
  const count = Number(row.count);
  return { allowed: count <= w.limit, count, retryAfter: Number(row.retry_after) };
}

/** The current count in the live window without counting an event. */
export async function peek(db: DbOrTx, key: string, w: Window): Promise<number> {
  const rows = await db.execute<{ count: number }>(sql`
    SELECT count FROM rate_limits
    WHERE key = ${key} AND window_start > now() - make_interval(secs => ${w.windowSeconds})`);
  const row = rowsOf<{ count: number }>(rows)[0];
  return row ? Number(row.count) : 0;
}

export async function reset(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}

/** postgres.js returns an array; PGlite returns { rows }. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Takes one event back (e.g. a successful login that was counted as an attempt). */
export async function undo(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`UPDATE rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key}`);
}

/**
 * The longest window any counter uses (login 15 minutes, public sign-ups 10 minutes by
 * default). The table does not store a row's window length, so a row counts as ended once its
 * window started longer ago than this.
 */
export const RATE_LIMIT_MAX_WINDOW_SECONDS = 24 * 60 * 60;

/** Deletes counters whose window has ended (see above); returns how many. */
export async function purgeExpiredRateLimits(db: Db, now: Date = new Date()): Promise<number> {
  const gone = await db
    .delete(rateLimits)
    .where(lt(rateLimits.windowStart, new Date(now.getTime() - RATE_LIMIT_MAX_WINDOW_SECONDS * 1000)))
    .returning({ key: rateLimits.key });
  return gone.length;
}
