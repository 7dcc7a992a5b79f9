import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorTargets, ambassadors, targetPeriods } from '@/db/schema';
import { todayLocal } from '@/lib/dates';

/** The source's group target: 75 signed course plans in Q3+Q4 2010. */
export const PERIOD_2010 = { name: 'Q3+Q4 2010', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: 75 } as const;
/** Group target of the demo's current half-year. */
export const CURRENT_HALF_YEAR_TARGET = 40;

/** The half-year (1 Jan–30 Jun or 1 Jul–31 Dec, Dutch time) that contains `now`. */
export function halfYearOf(now: Date): { name: string; startsOn: string; endsOn: string } {
  const today = todayLocal(now);
  const year = today.slice(0, 4);
  return today.slice(5) < '07-01'
    ? { name: `Q1+Q2 ${year}`, startsOn: `${year}-01-01`, endsOn: `${year}-06-30` }
    : { name: `Q3+Q4 ${year}`, startsOn: `${year}-07-01`, endsOn: `${year}-12-31` };
}

/**
 * Demo targets: the 2010 period of the source (group target 75) and the current half-year
 * (group target 40), plus two personal targets set by hand in 2010 — the first two active
 * ambassadors (the demo's ambassador accounts): one carries more than the equal split, one less.
 * Call after the ambassadors are seeded.
 */
export async function seedTargets(tx: DbOrTx, now: Date): Promise<void> {
  const current = halfYearOf(now);
  const periods = [PERIOD_2010, ...(current.startsOn === PERIOD_2010.startsOn ? [] : [{ ...current, groupTarget: CURRENT_HALF_YEAR_TARGET }])];
  const rows = await tx.insert(targetPeriods).values(periods).returning({ id: targetPeriods.id, startsOn: targetPeriods.startsOn });
  const period2010 = rows.find((r) => r.startsOn === PERIOD_2010.startsOn)!;

  const active = await tx
    .select({ id: ambassadors.id })
    .from(ambassadors)
    .where(eq(ambassadors.status, 'active'))
    .orderBy(asc(ambassadors.referralCode))
    .limit(2);
  const personal = [5, 2];
  if (active.length) {
    await tx
      .insert(ambassadorTargets)
      .values(active.map((a, i) => ({ periodId: period2010.id, ambassadorId: a.id, target: personal[i]! })));
  }
}
