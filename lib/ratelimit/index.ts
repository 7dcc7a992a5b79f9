import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Db, type DbOrTx, rowsOf } from '@/db/client';
import { rateLimits } from '@/db/schema';

export interface Window {
  limit: number;
  windowSeconds: number;
}

/**
 * The longest window any counter may use. `hit` refuses longer windows, so a row whose window
 * started more than this long ago has certainly expired and can be deleted.
 */
export const MAX_WINDOW_SECONDS = 24 * 60 * 60;

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
  if (!(w.windowSeconds > 0 && w.windowSeconds <= MAX_WINDOW_SECONDS)) {
    throw new Error(`rate limit window must be between 1 and ${MAX_WINDOW_SECONDS} seconds`);
  }
  // On its own (not inside a caller's transaction, whose other writes must stay durable), the
  // count is committed without waiting for the WAL flush (synchronous_commit off for this
  // statement's transaction only): a counter is not worth a disk flush, and with one every hit on
  // the same key (a community centre's sign-ups) waited behind the one before through its flush,
  // holding the row. A crash of the database server may forget the last moment's counts, no more.
  const unflushed = db instanceof PgTransaction ? sql`` : sql`FROM (SELECT set_config('synchronous_commit', 'off', true)) AS unflushed`;
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    INSERT INTO rate_limits (key, window_start, count)
    SELECT ${key}, now(), 1 ${unflushed}
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

/** Takes one event back (e.g. a successful login that was counted as an attempt). */
export async function undo(db: DbOrTx, key: string): Promise<void> {
  await db.execute(sql`UPDATE rate_limits SET count = GREATEST(count - 1, 0) WHERE key = ${key}`);
}

/**
 * Deletes the counters whose window has expired (an expired row counts as zero anyway), so the
 * table does not grow without bound. A row is deleted once its window started at least
 * MAX_WINDOW_SECONDS before `now`; live windows are never touched. Returns the number deleted.
 */
export async function purgeExpiredRateLimits(db: DbOrTx, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - MAX_WINDOW_SECONDS * 1000);
  const rows = await db.execute<{ key: string }>(
    sql`DELETE FROM rate_limits WHERE window_start <= ${cutoff.toISOString()}::timestamptz RETURNING key`,
  );
  return rowsOf<{ key: string }>(rows).length;
}
