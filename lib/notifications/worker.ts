import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { type Db, type DbHandle, rowsOf } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { logError } from '@/lib/log';
import type { Channel } from './channels';
import { type Params, isTemplateKey, render } from './templates';

/**
 * The outbox worker: claims due messages, sends them through their channel, and records the
 * outcome. Claiming is one statement that moves due rows to `sending` with a lease
 * (`next_attempt_at` = now + LEASE) under `FOR UPDATE SKIP LOCKED`, so two workers on Postgres
 * never claim the same row; on the embedded database (PGlite, one connection) runs are also
 * serialised in the process. A failed attempt waits BASE · 2^(attempts−1) (1, 2, 4, 8 … minutes)
 * and after MAX_ATTEMPTS the message is `failed`, with the error's name or code only.
 * A worker that dies after sending but before recording it leaves the row `sending`; after the
 * lease it is sent again (at least once, never twice by two live workers).
 */
export const MAX_ATTEMPTS = 6;
export const BACKOFF_BASE_MS = 60_000;
export const LEASE_MS = 5 * 60_000;

export function backoffMs(attempts: number): number {
  return BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1);
}

type Claimed = {
  id: string;
  recipient_user_id: string | null;
  recipient_address: string | null;
  channel: string;
  template: string;
  locale: string;
  params: Params;
  attempts: number;
};

/** Claims up to `limit` due messages of the given channels (one statement, its own transaction). */
export async function claimDue(db: Db, channels: readonly string[], now: Date, limit = 20): Promise<Claimed[]> {
  if (!channels.length) return [];
  const nowIso = now.toISOString();
  const lease = new Date(now.getTime() + LEASE_MS).toISOString();
  const result = await db.execute(sql`
    UPDATE notifications SET status = 'sending', attempts = attempts + 1, next_attempt_at = ${lease}
    WHERE id IN (
      SELECT id FROM notifications
      WHERE status IN ('pending', 'sending') AND next_attempt_at <= ${nowIso}
        AND channel IN (${sql.join(channels.map((c) => sql`${c}`), sql`, `)})
      ORDER BY next_attempt_at
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, recipient_user_id, recipient_address, channel, template, locale, params, attempts`);
  return rowsOf<Claimed>(result);
}

/** Where and to whom: a user's current address and name, or the stored address. */
async function addressOf(db: Db, row: Claimed): Promise<{ to: string; name: string | null } | null> {
  if (row.recipient_address) return { to: row.recipient_address, name: null };
  if (!row.recipient_user_id) return null;
  const [u] = await db.select({ email: users.email, name: users.name, active: users.active }).from(users).where(eq(users.id, row.recipient_user_id));
  return u?.active ? { to: u.email, name: u.name.split(/\s+/)[0] ?? null } : null;
}

function errorCode(e: unknown): string {
  const err = e as { code?: unknown; responseCode?: unknown; name?: unknown } | null;
  const code = err?.code ?? err?.responseCode;
  const text = String(code ?? err?.name ?? 'Error');
  // A code or a name only: never a message, which may hold an address.
  return /^[A-Za-z0-9_.-]{1,60}$/.test(text) ? text : 'Error';
}

export interface RunResult {
  sent: number;
  retried: number;
  failed: number;
}

const globalForWorker = globalThis as unknown as { __wijkwerfOutboxBusy?: Promise<unknown> };

/** One pass: claim, send, record. Returns the counts. */
export async function runOutbox(handle: Pick<DbHandle, 'db' | 'kind'>, channels: readonly Channel[], now = new Date(), limit = 20): Promise<RunResult> {
  if (handle.kind === 'pglite') {
    // One worker on the embedded database: a second call in this process waits for the first.
    while (globalForWorker.__wijkwerfOutboxBusy) await globalForWorker.__wijkwerfOutboxBusy.catch(() => {});
    const run = pass(handle.db, channels, now, limit);
    globalForWorker.__wijkwerfOutboxBusy = run;
    try {
      return await run;
    } finally {
      globalForWorker.__wijkwerfOutboxBusy = undefined;
    }
  }
  return pass(handle.db, channels, now, limit);
}

async function pass(db: Db, channels: readonly Channel[], now: Date, limit: number): Promise<RunResult> {
  const byName = new Map(channels.map((c) => [c.name, c]));
  const claimed = await claimDue(db, [...byName.keys()], now, limit);
  const result: RunResult = { sent: 0, retried: 0, failed: 0 };
  for (const row of claimed) {
    try {
      const who = await addressOf(db, row);
      if (!who || !isTemplateKey(row.template)) throw Object.assign(new Error('no recipient'), { code: who ? 'UNKNOWN_TEMPLATE' : 'NO_RECIPIENT' });
      const message = render(row.template, row.locale, row.params, { name: who.name, user: !!row.recipient_user_id });
      await byName.get(row.channel)!.send(who.to, message);
      await db.update(notifications).set({ status: 'sent', sent_at: new Date(), last_error: null }).where(eq(notifications.id, row.id));
      result.sent++;
    } catch (e) {
      const code = errorCode(e);
      const giveUp = row.attempts >= MAX_ATTEMPTS || code === 'NO_RECIPIENT' || code === 'UNKNOWN_TEMPLATE';
      logError('notifications', e);
      await db
        .update(notifications)
        .set(giveUp ? { status: 'failed', last_error: code } : { status: 'pending', last_error: code, next_attempt_at: new Date(now.getTime() + backoffMs(row.attempts)) })
        .where(eq(notifications.id, row.id));
      if (giveUp) result.failed++;
      else result.retried++;
    }
  }
  return result;
}
