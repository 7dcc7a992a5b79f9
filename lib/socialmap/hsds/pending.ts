import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { hsdsPendingImports } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';

/**
 * An uploaded HSDS package waiting for the curator's confirmation: the parsed, size-checked
 * package in the database (table hsds_pending_imports), so every app instance finds it. The
 * token is the row's random id; only the user who uploaded it can read or remove it, and it
 * lives at most one day (`npm run maintenance` removes what is left).
 */
export const PENDING_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface Pending {
  userId: string;
  fileName: string;
  createdAt: Date;
  /** The package as parsed from the upload. */
  payload: unknown;
}

export async function savePending(db: DbOrTx, userId: string, fileName: string, payload: unknown): Promise<string> {
  const [row] = await db
    .insert(hsdsPendingImports)
    .values({ user_id: userId, file_name: fileName.slice(0, 200) || 'hsds.json', payload })
    .returning({ id: hsdsPendingImports.id });
  return row!.id;
}

/** The uploader's own pending package, younger than a day; null otherwise (also for a foreign token). */
export async function loadPending(db: DbOrTx, token: string, userId: string, now = new Date()): Promise<Pending | null> {
  if (!isUuid(token)) return null;
  const [row] = await db
    .select()
    .from(hsdsPendingImports)
    .where(and(eq(hsdsPendingImports.id, token), eq(hsdsPendingImports.user_id, userId)));
  if (!row) return null;
  if (now.getTime() - row.created_at.getTime() > PENDING_MAX_AGE_MS) return null;
  return { userId: row.user_id, fileName: row.file_name, createdAt: row.created_at, payload: row.payload };
}

export async function removePending(db: DbOrTx, token: string, userId: string): Promise<void> {
  if (!isUuid(token)) return;
  await db.delete(hsdsPendingImports).where(and(eq(hsdsPendingImports.id, token), eq(hsdsPendingImports.user_id, userId)));
}

/** Removes pending packages older than a day; returns how many. */
export async function purgeExpiredPendingImports(db: DbOrTx, now: Date = new Date()): Promise<number> {
  const gone = await db
    .delete(hsdsPendingImports)
    .where(lt(hsdsPendingImports.created_at, new Date(now.getTime() - PENDING_MAX_AGE_MS)))
    .returning({ id: hsdsPendingImports.id });
  return gone.length;
}
