import 'server-only';
import { and, eq, gte, lte } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorAbsences, ambassadorAvailability, ambassadors } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import type { WeekSlot } from './rules';
import type { AbsenceInput } from './schema';

/**
 * The ambassador's own availability: always their own rows (the ambassador id comes from the
 * session, never from a form; an absence id from a form is matched together with it in WHERE).
 * Each write is one transaction with an audit entry (ids only: no dates, no reason).
 */
export interface Self {
  userId: string;
  ambassadorId: string;
}

/** Replaces the weekly half-days with the ticked ones (none ticked: available any time). */
export async function saveWeek(db: DbOrTx, self: Self, slots: readonly WeekSlot[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(ambassadorAvailability).where(eq(ambassadorAvailability.ambassadorId, self.ambassadorId));
    if (slots.length) await tx.insert(ambassadorAvailability).values(slots.map((s) => ({ ambassadorId: self.ambassadorId, weekday: s.weekday, dagdeel: s.dagdeel })));
    await audit(tx, { action: 'ambassador.availability_saved', actorUserId: self.userId, entityType: 'ambassador', entityId: self.ambassadorId, details: { slots: slots.length } });
  });
}

/**
 * Adds an absence period. Refused: a start before today (`startInPast`: the past needs no
 * absence), an end before the start, a period overlapping one already there (`overlap`). The
 * ambassador's row is locked so two quick submits cannot both pass the overlap check.
 */
export async function addAbsence(db: DbOrTx, self: Self, input: AbsenceInput, now = new Date()): Promise<string> {
  if (input.endsOn < input.startsOn) throw new ActionError('invalidForm', { endsOn: 'availability.errors.endBeforeStart' });
  if (input.startsOn < todayLocal(now)) throw new ActionError('invalidForm', { startsOn: 'availability.errors.startInPast' });
  return db.transaction(async (tx) => {
    const [me] = await tx.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.id, self.ambassadorId)).for('update');
    if (!me) throw new ActionError('availability.errors.notFound');
    const [clash] = await tx
      .select({ id: ambassadorAbsences.id })
      .from(ambassadorAbsences)
      .where(and(eq(ambassadorAbsences.ambassadorId, self.ambassadorId), lte(ambassadorAbsences.startsOn, input.endsOn), gte(ambassadorAbsences.endsOn, input.startsOn)))
      .limit(1);
    if (clash) throw new ActionError('availability.errors.overlap', { startsOn: 'availability.errors.overlap', endsOn: 'availability.errors.overlap' });
    const [row] = await tx
      .insert(ambassadorAbsences)
      .values({ ambassadorId: self.ambassadorId, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason, createdByUserId: self.userId })
      .returning({ id: ambassadorAbsences.id });
    await audit(tx, { action: 'ambassador.absence_added', actorUserId: self.userId, entityType: 'ambassador', entityId: self.ambassadorId, details: { absenceId: row!.id } });
    return row!.id;
  });
}

/** Removes one of one's own absence periods; another ambassador's id is "not found". */
export async function removeAbsence(db: DbOrTx, self: Self, absenceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(ambassadorAbsences)
      .where(and(eq(ambassadorAbsences.id, absenceId), eq(ambassadorAbsences.ambassadorId, self.ambassadorId)))
      .returning({ id: ambassadorAbsences.id });
    if (!removed.length) throw new ActionError('availability.errors.notFound');
    await audit(tx, { action: 'ambassador.absence_removed', actorUserId: self.userId, entityType: 'ambassador', entityId: self.ambassadorId, details: { absenceId } });
  });
}
