import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '@/db/client';
import { amsterdamMidnight, addDays, todayLocal } from '@/lib/dates';
import type { LeadStatus } from '@/lib/leads/journey/steps';

/*
 * The staff start page's figures from the summary table `lead_counts`, which a trigger on `leads`
 * keeps in the same transaction as every change (db/migrations/0026_lead_counts.sql). Each
 * function returns exactly what a direct count over the leads would (counts.test.ts compares
 * them); the cost depends on the number of days asked for, not on the number of leads. Where a
 * figure starts or ends inside a day (the last seven days, "quiet for 14 days"), that day's part is
 * counted from the leads themselves, over an index range of one day.
 */

const OPEN = sql`status not in ('completed', 'closed')`;

function num(v: unknown): number {
  return Number(v ?? 0);
}

/** Leads (merged duplicates left out) per step. */
export async function statusCounts(db: DbOrTx): Promise<Map<LeadStatus, number>> {
  const rows = rowsOf<{ key: LeadStatus; n: string }>(
    await db.execute(sql`select key, sum(n) as n from lead_counts where kind = 'status' and day = date '1970-01-01' group by key`),
  );
  return new Map(rows.map((r) => [r.key, num(r.n)]));
}

/** Plans signed from `startsOn` to `endsOn` (both included), of one channel when given. */
export async function signedCount(db: DbOrTx, startsOn: string, endsOn: string, channel: string | null = null): Promise<number> {
  const [row] = rowsOf<{ n: string | null }>(
    await db.execute(sql`select sum(n) as n from lead_counts
      where kind = 'signed' and day between ${startsOn}::date and ${endsOn}::date
      ${channel ? sql`and key = ${channel}` : sql``}`),
  );
  return num(row?.n);
}

/** The Amsterdam day after an instant's day starts at this instant. */
function nextMidnight(day: string): Date {
  return amsterdamMidnight(addDays(day, 1))!;
}

/** Sign-ups (merged duplicates left out) created from `from` to `to` (both included), per source. */
export async function createdBySource(db: DbOrTx, from: Date, to: Date): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const add = (rows: { key: string; n: string }[]) => rows.forEach((r) => out.set(r.key, (out.get(r.key) ?? 0) + num(r.n)));
  if (to < from) return out;
  const first = todayLocal(from);
  const last = todayLocal(to);
  const exact = (a: Date, b: Date, inclusive: boolean) =>
    db.execute(sql`select source::text as key, count(*) as n from leads
      where merged_into_id is null and created_at >= ${a.toISOString()}::timestamptz
        and created_at ${inclusive ? sql`<=` : sql`<`} ${b.toISOString()}::timestamptz
      group by source`);
  if (first === last) {
    add(rowsOf(await exact(from, to, true)));
    return out;
  }
  const [head, middle, tail] = await Promise.all([
    exact(from, nextMidnight(first), false),
    db.execute(sql`select key, sum(n) as n from lead_counts
      where kind = 'created' and day > ${first}::date and day < ${last}::date group by key`),
    exact(amsterdamMidnight(last)!, to, true),
  ]);
  add(rowsOf(head));
  add(rowsOf(middle));
  add(rowsOf(tail));
  return out;
}

/** Open leads (not completed or closed, not merged) whose last activity was before `cutoff`. */
export async function quietSince(db: DbOrTx, cutoff: Date): Promise<number> {
  const day = todayLocal(cutoff);
  const [whole, part] = await Promise.all([
    db.execute(sql`select sum(n) as n from lead_counts where kind = 'open_activity' and day < ${day}::date`),
    db.execute(sql`select count(*) as n from leads
      where merged_into_id is null and ${OPEN}
        and last_activity_at >= ${amsterdamMidnight(day)!.toISOString()}::timestamptz
        and last_activity_at < ${cutoff.toISOString()}::timestamptz`),
  ]);
  return num(rowsOf<{ n: string | null }>(whole)[0]?.n) + num(rowsOf<{ n: string | null }>(part)[0]?.n);
}

/** Summed counts per kind, then per key. */
export type Sums = Map<string, Map<string, number>>;

/** The whole calendar months inside `from` … `to`: the first one's first day and the last one's last day, or null. */
export function wholeMonths(from: string, to: string): { first: string; last: string } | null {
  const first = from.endsWith('-01') ? from : addDays(`${from.slice(0, 8)}01`, 32).slice(0, 8) + '01';
  const nextOfTo = addDays(to, 1);
  const last = nextOfTo.endsWith('-01') ? to : addDays(`${to.slice(0, 8)}01`, -1);
  return first <= last ? { first, last } : null;
}

/**
 * The `lead_counts` rows of these kinds (kept per day, and per month as "<kind>/m": the report's
 * r_ kinds and signed_pair, db/migrations/0032 and 0034) that together cover `from` … `to` once:
 * its whole months from the month rows, the days before and after them from the day rows. A
 * figure may be split over several rows of one kind, day and key: readers sum them.
 */
export function periodRows(kinds: readonly string[], from: string, to: string): SQL {
  const months = wholeMonths(from, to);
  const list = (ks: readonly string[]) => sql.join(ks.map((k) => sql`${k}`), sql`, `);
  const dayRanges: [string, string][] = months
    ? ([[from, addDays(months.first, -1)], [addDays(months.last, 1), to]] as [string, string][]).filter(([a, b]) => a <= b)
    : [[from, to]];
  const conds = dayRanges.map(([a, b]) => sql`(kind in (${list(kinds)}) and day between ${a}::date and ${b}::date)`);
  if (months) {
    conds.push(sql`(kind in (${list(kinds.map((k) => `${k}/m`))}) and day between ${months.first}::date and ${months.last}::date)`);
  }
  return sql`(${sql.join(conds, sql` or `)})`;
}

/** Sums of these kinds per key over `from` … `to` (see `periodRows`). */
export async function periodSums(db: DbOrTx, kinds: readonly string[], from: string, to: string): Promise<Sums> {
  const rows = rowsOf<{ kind: string; key: string; n: string }>(
    await db.execute(sql`select split_part(kind, '/', 1) as kind, key, sum(n) as n from lead_counts
      where ${periodRows(kinds, from, to)}
      group by 1, key having sum(n) <> 0`),
  );
  const out: Sums = new Map(kinds.map((k) => [k, new Map()]));
  for (const r of rows) out.get(r.kind)!.set(r.key, Number(r.n));
  return out;
}
