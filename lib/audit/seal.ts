import 'server-only';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, rowsOf } from '@/db/client';
import { logError } from '@/lib/log';
import { AUDIT_CHAIN_LOCK, entryBodySql } from './chain';

/**
 * Seals the audit entries committed since the last seal: in the order they were written (seq),
 * each gets the next place in the chain (chain_seq), the hash of the entry before it and its own
 * (lib/audit/chain.ts). One sealer at a time, whatever the number of app instances (a
 * transaction-scoped advisory lock); with `wait: false` it returns 0 at once when another one is
 * at work. An entry whose transaction commits after later entries were sealed simply comes later
 * in the chain. Batches of `batch` entries, each in its own short transaction; returns the
 * number sealed.
 */
export async function sealAuditChain(db: Db, opts: { wait?: boolean; batch?: number } = {}): Promise<number> {
  return (await sealBatches(db, opts)) ?? 0;
}

/** As sealAuditChain; null when another sealer held the chain (without `wait`). */
async function sealBatches(db: Db, opts: { wait?: boolean; batch?: number }): Promise<number | null> {
  const batch = opts.batch ?? 1000;
  let total = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const [lock] = rowsOf<{ ok: boolean }>(
        await tx.execute(
          opts.wait === false
            ? sql`SELECT pg_try_advisory_xact_lock(${AUDIT_CHAIN_LOCK}) AS ok`
            : sql`SELECT true AS ok FROM (SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})) l`,
        ),
      );
      if (!lock?.ok) return null;
      // Taken after the lock, in statements of their own: they see every seal committed before.
      const [pending, head] = await Promise.all([
        tx.execute(sql`SELECT a.id, ${entryBodySql(sql.raw('a'))} AS body FROM audit_log a WHERE a.chain_seq IS NULL ORDER BY a.seq LIMIT ${batch}`),
        tx.execute(sql`SELECT chain_seq, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1`),
      ]);
      const rows = rowsOf<{ id: string; body: string }>(pending);
      if (!rows.length) return 0;
      const last = rowsOf<{ chain_seq: number | string; hash: string | null }>(head)[0];
      let place = last ? Number(last.chain_seq) : 0;
      let prev = last?.hash ?? null;
      const sealed = rows.map((r) => {
        const hash = createHash('sha256').update(`${prev ?? ''}|${r.body}`, 'utf8').digest('hex');
        const entry = { id: r.id, chain_seq: ++place, prev_hash: prev, hash };
        prev = hash;
        return entry;
      });
      await tx.execute(sql`
        UPDATE audit_log a SET chain_seq = s.chain_seq, prev_hash = s.prev_hash, hash = s.hash
        FROM jsonb_to_recordset(${JSON.stringify(sealed)}::jsonb) AS s(id uuid, chain_seq bigint, prev_hash text, hash text)
        WHERE a.id = s.id`);
      return rows.length;
    });
    if (n === null) return total || null;
    total += n;
    if (n < batch) return total;
  }
}

// ---------------------------------------------------------------------------------------------
// The app's sealer: started once per server process (instrumentation.ts). An audit() in this
// process asks for a seal soon; entries other processes wrote (maintenance, another instance)
// are picked up by a slower round.

const SOON_MS = 250;
const ROUND_MS = 10_000;

interface Sealer {
  getDb: () => Db;
  timer: NodeJS.Timeout | null;
  /** When the pending timer fires (ms since the epoch). */
  due: number;
  lastRound: number;
  running: boolean;
  failing: boolean;
}
// On globalThis: the server's bundles (instrumentation, routes, pages) each hold their own copy of
// this module, and all of them must reach the one sealer.
const state = globalThis as unknown as { __wijkwerfAuditSealer?: Sealer | null; __wijkwerfAuditWanted?: boolean };

/** Called by audit(): this process wrote an entry that needs sealing. */
export function noteUnsealed(): void {
  state.__wijkwerfAuditWanted = true;
  const s = state.__wijkwerfAuditSealer;
  // Bring the next round forward (the idle round waits ten seconds); a running round reschedules itself.
  if (s && !s.running && (!s.timer || s.due > Date.now() + SOON_MS)) schedule(s, SOON_MS);
}

function schedule(s: Sealer, ms: number): void {
  if (s.timer) clearTimeout(s.timer);
  s.due = Date.now() + ms;
  s.timer = setTimeout(() => void tick(s), ms);
  s.timer.unref();
}

async function tick(s: Sealer): Promise<void> {
  s.timer = null;
  if (state.__wijkwerfAuditSealer !== s) return; // stopped
  const now = Date.now();
  if (state.__wijkwerfAuditWanted || now - s.lastRound >= ROUND_MS) {
    state.__wijkwerfAuditWanted = false;
    s.lastRound = now;
    s.running = true;
    try {
      // Another instance is sealing: look again soon, what it did not see is still waiting.
      if ((await sealBatches(s.getDb(), { wait: false })) === null) state.__wijkwerfAuditWanted = true;
      s.failing = false;
    } catch (e) {
      state.__wijkwerfAuditWanted = true; // again on the next round
      if (!s.failing) logError('audit-seal', e);
      s.failing = true;
    } finally {
      s.running = false;
    }
  }
  if (state.__wijkwerfAuditSealer === s && !s.timer) schedule(s, state.__wijkwerfAuditWanted ? (s.failing ? 1000 : SOON_MS) : ROUND_MS);
}

/**
 * Starts this process's sealer (once; instrumentation.ts): seals soon after an audit() here, and
 * every 10 s for entries other processes wrote. `getDb` is asked each round (the pool may be renewed).
 */
export function startAuditSealer(getDb: () => Db): void {
  if (state.__wijkwerfAuditSealer) return;
  const s: Sealer = { getDb, timer: null, due: 0, lastRound: 0, running: false, failing: false };
  state.__wijkwerfAuditSealer = s;
  schedule(s, 0);
}

/** Stops this process's sealer (tests). */
export function stopAuditSealer(): void {
  const s = state.__wijkwerfAuditSealer;
  if (s?.timer) clearTimeout(s.timer);
  state.__wijkwerfAuditSealer = null;
}
