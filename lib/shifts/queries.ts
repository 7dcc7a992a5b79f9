import { aliasedTable, and, asc, eq, gte, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, events, shiftAssignments, shifts } from '@/db/schema';

export interface UpcomingShift {
  shiftId: string;
  date: string;
  dagdeel: 'morning' | 'afternoon' | 'evening';
  eventTitle: string;
  place: string;
  /** Display names of the other ambassadors on the same shift (the partner). */
  partners: string[];
}

/** An ambassador's own shifts from `today` (YYYY-MM-DD) on, with their partners' names. */
export async function upcomingShiftsOf(db: DbOrTx, ambassadorId: string, today: string, limit = 5): Promise<UpcomingShift[]> {
  const mine = await db
    .select({ shiftId: shifts.id, date: shifts.date, dagdeel: shifts.dagdeel, eventTitle: events.title, place: events.place })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), gte(shifts.date, today)))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel))
    .limit(limit);
  const other = aliasedTable(ambassadors, 'other');
  const out: UpcomingShift[] = [];
  for (const s of mine) {
    const partners = await db
      .select({ name: other.displayName })
      .from(shiftAssignments)
      .innerJoin(other, eq(shiftAssignments.ambassadorId, other.id))
      .where(and(eq(shiftAssignments.shiftId, s.shiftId), ne(shiftAssignments.ambassadorId, ambassadorId)));
    out.push({ ...s, partners: partners.map((p) => p.name) });
  }
  return out;
}
