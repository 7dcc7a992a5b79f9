import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { ambassadors, events, shiftAssignments, shifts } from '@/db/schema';
import { ambassadorUsers, enqueue, firstName } from '@/lib/notifications/outbox';
import { addDays, todayLocal } from '@/lib/dagdelen';

/**
 * The shift messages (lib/notifications): a change to someone's shift, in the transaction of the
 * change, to the person it happened to and to their partners on the shift; and the reminder the
 * day before, produced by the maintenance job. Params: the event's title and place, the date and
 * dagdeel, and the partner's first name (a volunteer's, never a resident's).
 */
type Change = 'removed' | 'added' | 'partnerLeft' | 'partnerJoined';

async function shiftParams(tx: DbOrTx, shiftId: string) {
  const [s] = await tx
    .select({ date: shifts.date, dagdeel: shifts.dagdeel, event: events.title, place: events.place })
    .from(shifts)
    .innerJoin(events, eq(events.id, shifts.eventId))
    .where(eq(shifts.id, shiftId));
  return s ? { date: s.date, dagdeel: s.dagdeel, event: s.event, place: s.place, path: '/ambassador/shifts' } : null;
}

/**
 * `who` joined or left the shift (`joined`): they get `added`/`removed` unless they did it
 * themselves (`self`), and everyone else on the shift gets `partnerJoined`/`partnerLeft`.
 */
export async function notifyShiftChange(tx: Tx, shiftId: string, who: string, joined: boolean, self: boolean): Promise<void> {
  const params = await shiftParams(tx, shiftId);
  if (!params) return;
  const others = await tx
    .select({ ambassadorId: shiftAssignments.ambassadorId })
    .from(shiftAssignments)
    .where(and(eq(shiftAssignments.shiftId, shiftId), ne(shiftAssignments.ambassadorId, who)));
  const [person] = await tx.select({ name: ambassadors.displayName }).from(ambassadors).where(eq(ambassadors.id, who));
  if (!self) {
    const change: Change = joined ? 'added' : 'removed';
    await enqueue(tx, (await ambassadorUsers(tx, [who])).map((u) => ({ userId: u.userId })), { template: 'shiftChanged', params: { ...params, change } });
  }
  const partners = await ambassadorUsers(tx, others.map((o) => o.ambassadorId));
  if (partners.length) {
    const change: Change = joined ? 'partnerJoined' : 'partnerLeft';
    await enqueue(tx, partners.map((u) => ({ userId: u.userId })), { template: 'shiftChanged', params: { ...params, change, partner: firstName(person?.name ?? '') } });
  }
}

/**
 * The reminders for tomorrow's shifts (Amsterdam time), to everyone on them, with the partner's
 * first name. Idempotent: the dedupe key (shift and person) makes a second run write nothing.
 * Returns the number of reminders written.
 */
export async function enqueueShiftReminders(db: DbOrTx, now = new Date()): Promise<number> {
  const tomorrow = addDays(todayLocal(now), 1);
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        shiftId: shifts.id,
        ambassadorId: shiftAssignments.ambassadorId,
        name: ambassadors.displayName,
        date: shifts.date,
        dagdeel: shifts.dagdeel,
        event: events.title,
        place: events.place,
      })
      .from(shiftAssignments)
      .innerJoin(shifts, eq(shifts.id, shiftAssignments.shiftId))
      .innerJoin(events, eq(events.id, shifts.eventId))
      .innerJoin(ambassadors, eq(ambassadors.id, shiftAssignments.ambassadorId))
      .where(eq(shifts.date, tomorrow));
    const usersOf = new Map((await ambassadorUsers(tx, [...new Set(rows.map((r) => r.ambassadorId))])).map((u) => [u.ambassadorId, u.userId]));
    let written = 0;
    for (const r of rows) {
      const userId = usersOf.get(r.ambassadorId);
      if (!userId) continue;
      const partner = rows.find((o) => o.shiftId === r.shiftId && o.ambassadorId !== r.ambassadorId);
      written += await enqueue(tx, { userId }, {
        template: 'shiftReminder',
        dedupeKey: `shift-reminder:${r.shiftId}:${r.ambassadorId}`,
        params: { date: r.date, dagdeel: r.dagdeel, event: r.event, place: r.place, partner: partner ? firstName(partner.name) : 'none', path: '/ambassador/shifts' },
      });
    }
    return written;
  });
}
