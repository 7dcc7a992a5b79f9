import type { DbHandle } from '@/db/client';
import { ambassadors, events, shiftAssignments, shifts, users } from '@/db/schema';
import { parseLocalDateTime } from '@/lib/dates';

let seq = 0;
const next = () => `${Date.now().toString(36)}${(++seq).toString(36)}`.toUpperCase();

/** An ambassador profile with a login (tests of lib/field only). */
export async function addAmbassador(h: DbHandle, name: string, extra: Partial<typeof ambassadors.$inferInsert> = {}) {
  const [a] = await h.db
    .insert(ambassadors)
    .values({ displayName: name, status: 'active', referralCode: `T${next()}`, languages: ['nl', 'ar'], vogReceivedOn: '2026-01-05', ...extra })
    .returning({ id: ambassadors.id });
  const [u] = await h.db
    .insert(users)
    .values({ email: `${next().toLowerCase()}@field.test`, name, role: 'ambassador', passwordHash: 'x', ambassadorId: a!.id })
    .returning({ id: users.id });
  return { ambassadorId: a!.id, userId: u!.id };
}

/** An event with one shift, and the given ambassadors assigned in that order (a millisecond apart). */
export async function addShift(
  h: DbHandle,
  date: string,
  dagdeel: 'morning' | 'afternoon' | 'evening',
  assigned: { ambassadorId: string; attended?: boolean | null }[],
) {
  const [e] = await h.db
    .insert(events)
    .values({ title: `Markt ${next()}`, kind: 'market', startsOn: date, endsOn: date, place: 'Meerzicht' })
    .returning({ id: events.id });
  const [s] = await h.db
    .insert(shifts)
    .values({ eventId: e!.id, date, dagdeel, places: Math.max(2, assigned.length) })
    .returning({ id: shifts.id });
  const base = Date.now();
  for (const [i, a] of assigned.entries()) {
    await h.db.insert(shiftAssignments).values({
      shiftId: s!.id,
      ambassadorId: a.ambassadorId,
      date,
      dagdeel,
      attended: a.attended ?? null,
      createdAt: new Date(base + i * 1000),
    });
  }
  return s!.id;
}

/** An instant given as Amsterdam wall-clock time, e.g. amsterdam('2026-12-02T10:00'). */
export function amsterdam(local: string): Date {
  const instant = parseLocalDateTime(local);
  if (!instant) throw new Error(`not a local date-time: ${local}`);
  return instant;
}
