import 'server-only';
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorAbsences, ambassadorAvailability } from '@/db/schema';
import { type Availability, WEEK } from './rules';

/**
 * Availability of these ambassadors: their weekly half-days, and the absence periods that touch
 * [from, to] (both optional). Two queries, whatever the number of ambassadors. Every id asked
 * for is in the map (nothing set: empty lists, i.e. available).
 */
export async function availabilityOf(db: DbOrTx, ambassadorIds: readonly string[], range: { from?: string; to?: string } = {}): Promise<Map<string, Availability>> {
  const out = new Map<string, Availability>(ambassadorIds.map((id) => [id, { slots: [], absences: [] }]));
  if (!ambassadorIds.length) return out;
  const ids = [...ambassadorIds];
  const [slots, absences] = await Promise.all([
    db
      .select({ ambassadorId: ambassadorAvailability.ambassadorId, weekday: ambassadorAvailability.weekday, dagdeel: ambassadorAvailability.dagdeel })
      .from(ambassadorAvailability)
      .where(inArray(ambassadorAvailability.ambassadorId, ids)),
    db
      .select({ id: ambassadorAbsences.id, ambassadorId: ambassadorAbsences.ambassadorId, startsOn: ambassadorAbsences.startsOn, endsOn: ambassadorAbsences.endsOn, reason: ambassadorAbsences.reason })
      .from(ambassadorAbsences)
      .where(
        and(
          inArray(ambassadorAbsences.ambassadorId, ids),
          range.from ? gte(ambassadorAbsences.endsOn, range.from) : undefined,
          range.to ? lte(ambassadorAbsences.startsOn, range.to) : undefined,
        ),
      )
      .orderBy(asc(ambassadorAbsences.startsOn)),
  ]);
  const order = (s: { weekday: string; dagdeel: string }) => WEEK.findIndex((w) => w.weekday === s.weekday && w.dagdeel === s.dagdeel);
  for (const { ambassadorId, ...s } of slots.sort((a, b) => order(a) - order(b))) out.get(ambassadorId)?.slots.push(s);
  for (const { ambassadorId, ...a } of absences) out.get(ambassadorId)?.absences.push(a);
  return out;
}

/** One ambassador's week and the absence periods that have not ended by `today` (their own page, the coordinator's view). */
export async function availabilityFor(db: DbOrTx, ambassadorId: string, today: string): Promise<Availability> {
  return (await availabilityOf(db, [ambassadorId], { from: today })).get(ambassadorId)!;
}

/** Whether the ambassador is away on this day (an absence period holds it). */
export async function isAbsentOn(db: DbOrTx, ambassadorId: string, date: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ambassadorAbsences.id })
    .from(ambassadorAbsences)
    .where(and(eq(ambassadorAbsences.ambassadorId, ambassadorId), lte(ambassadorAbsences.startsOn, date), gte(ambassadorAbsences.endsOn, date)))
    .limit(1);
  return !!row;
}
