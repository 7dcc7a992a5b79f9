import 'server-only';
import { and, asc, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { costEntries, expenseClaims } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { sqlAmsterdamDayStart } from '@/lib/dates';
import type { ReportPeriod } from './period';
import { type Figure, overlapDays } from './queries';
import { COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR, COST_CATEGORIES, type CostCategory } from './schema';

/**
 * The cost ledger (issue #13): entries over a span of days, each counted in a report period for
 * the share of its days inside it; allowances are not entered but read from claims marked paid
 * on the period's days; the coaching bureau's default (EUR 22,800 a year) applies to the days no
 * coaching-bureau entry covers.
 */

export type CostEntry = typeof costEntries.$inferSelect;

export async function addCost(
  db: DbOrTx,
  actorUserId: string,
  input: { category: CostCategory; startsOn: string; endsOn: string; amount: number; note: string | null },
): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(costEntries)
      .values({ category: input.category, startsOn: input.startsOn, endsOn: input.endsOn, amountCents: input.amount, note: input.note, createdByUserId: actorUserId })
      .returning({ id: costEntries.id });
    await audit(tx, { action: 'cost.added', actorUserId, entityType: 'cost', entityId: row!.id, details: { category: input.category } });
    return row!.id;
  });
}

export async function removeCost(db: DbOrTx, actorUserId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx.delete(costEntries).where(eq(costEntries.id, id)).returning({ id: costEntries.id });
    if (!gone.length) throw new ActionError('reports.errors.costNotFound');
    await audit(tx, { action: 'cost.removed', actorUserId, entityType: 'cost', entityId: id });
  });
}

/** The entries that touch the period, newest first. */
export async function costEntriesIn(db: DbOrTx, p: ReportPeriod): Promise<CostEntry[]> {
  return db
    .select()
    .from(costEntries)
    .where(and(lte(costEntries.startsOn, p.to), gte(costEntries.endsOn, p.from)))
    .orderBy(desc(costEntries.startsOn), asc(costEntries.category));
}

export interface CostLine {
  category: CostCategory | 'allowances';
  cents: number;
  /** True when (part of) the amount is the default, not an entry. */
  byDefault: boolean;
}

const spanDays = (e: { startsOn: string; endsOn: string }) => overlapDays({ from: e.startsOn, to: e.endsOn }, { from: e.startsOn, to: e.endsOn });

/** The period's costs per category (pro rata by days), allowances from paid claims, and the total. */
export async function costsInPeriod(db: DbOrTx, p: ReportPeriod): Promise<{ lines: CostLine[]; totalCents: number }> {
  const [entries, [paid]] = await Promise.all([
    costEntriesIn(db, p),
    db
      .select({ cents: sql<number>`coalesce(sum(${expenseClaims.amountCents}), 0)`.mapWith(Number) })
      .from(expenseClaims)
      .where(
        and(
          eq(expenseClaims.status, 'paid'),
          sql`${expenseClaims.paidAt} >= ${sqlAmsterdamDayStart(p.from)}`,
          sql`${expenseClaims.paidAt} < ${sqlAmsterdamDayStart(p.to, 1)}`,
        ),
      ),
  ]);
  const by = new Map<CostCategory, number>(COST_CATEGORIES.map((c) => [c, 0]));
  const coachingDays = new Set<string>();
  for (const e of entries) {
    const inside = overlapDays({ from: e.startsOn, to: e.endsOn }, p);
    by.set(e.category, by.get(e.category)! + (e.amountCents * inside) / spanDays(e));
    if (e.category === 'coaching_bureau') {
      const from = e.startsOn > p.from ? e.startsOn : p.from;
      const to = e.endsOn < p.to ? e.endsOn : p.to;
      for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) coachingDays.add(d);
    }
  }
  const periodDays = overlapDays(p, p);
  const uncovered = periodDays - coachingDays.size;
  const coachingDefault = uncovered > 0 ? (COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR * uncovered) / 365 : 0;
  by.set('coaching_bureau', by.get('coaching_bureau')! + coachingDefault);
  const lines: CostLine[] = [
    ...COST_CATEGORIES.map((c) => ({ category: c, cents: Math.round(by.get(c)!), byDefault: c === 'coaching_bureau' && coachingDefault > 0 })),
    { category: 'allowances' as const, cents: paid!.cents, byDefault: false },
  ];
  return { lines, totalCents: lines.reduce((s, l) => s + l.cents, 0) };
}

/** The costs that serve recruitment by ambassadors (the corps' coaching, VOGs, clothing, passes, flyers, allowances). */
export const AMBASSADOR_COSTS: readonly CostLine['category'][] = ['coaching_bureau', 'vog', 'clothing', 'passes', 'flyers', 'allowances'];

export interface CostPer {
  channel: string;
  cents: number;
  signed: number;
  started: number;
  perSigned: number | null;
  perStarted: number | null;
}

/**
 * Cost per signed plan and per recruited participant (course started), for all channels (every
 * cost) and for the ambassador channel (the ambassador costs only).
 */
export function costPer(
  costs: { lines: CostLine[]; totalCents: number },
  signedByChannel: Figure[],
  startedByChannel: Figure[],
): CostPer[] {
  const sum = (f: Figure[], only?: string) => f.filter((x) => !only || x.key === only).reduce((s, x) => s + x.count, 0);
  const ambCents = costs.lines.filter((l) => AMBASSADOR_COSTS.includes(l.category)).reduce((s, l) => s + l.cents, 0);
  const row = (channel: string, cents: number, signed: number, started: number): CostPer => ({
    channel,
    cents,
    signed,
    started,
    perSigned: signed ? Math.round(cents / signed) : null,
    perStarted: started ? Math.round(cents / started) : null,
  });
  return [
    row('all', costs.totalCents, sum(signedByChannel), sum(startedByChannel)),
    row('ambassador', ambCents, sum(signedByChannel, 'ambassador'), sum(startedByChannel, 'ambassador')),
  ];
}
