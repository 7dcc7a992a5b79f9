import 'server-only';
import { and, count, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { ambassadors, expenseClaims, intakeEscorts, intakeSlots, leadEvents, leads, shiftAssignments } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { eligibleSql } from '@/lib/ambassadors/eligibility';
import { audit } from '@/lib/audit';
import { amsterdamClock, parseLocalDateTime } from '@/lib/dates';
import { updateAtVersion } from '@/lib/leads/journey/mutations';
import { escortedSoonSql } from './queries';
import { dagdeelOfTime } from './rules';
import type { answerSchema, bookSchema, checklistSchema, escortSchema, slotSchema } from './schema';

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** The instant a slot starts (its date and clock time, Amsterdam). */
export function slotStart(slot: { date: string; startTime: string }): Date {
  const at = parseLocalDateTime(`${slot.date}T${slot.startTime}`);
  if (!at) throw new Error('slot without a valid time');
  return at;
}

/** The coordinator or caseworker adds a slot at the desk. A second slot at the same time and place is refused. */
export async function createSlot(db: DbOrTx, actorUserId: string, input: z.output<typeof slotSchema>): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(intakeSlots)
        .values({ date: input.date, startTime: input.startTime, place: input.place, capacity: input.capacity, createdByUserId: actorUserId })
        .returning({ id: intakeSlots.id });
      await audit(tx, { action: 'intake.slot_created', actorUserId, entityType: 'intake_slot', entityId: row!.id, details: { date: input.date, capacity: input.capacity } });
      return row!.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ActionError('invalidForm', { startTime: 'intake.errors.slotExists' });
    throw e;
  }
}

/**
 * Books a lead's intake in a desk slot: the lead's own intake appointment (time, place,
 * accompanied) is set from the slot, at the version the caseworker saw. The slot's row is locked
 * while its places are counted, so two bookings for the last place are served one after the other
 * and the second is refused. A lead already in the slot keeps its place; moving to another slot
 * frees the old one. An ambassador already asked to go along follows the new time (asked again),
 * unless the intake is no longer accompanied or their allowance was already claimed.
 */
export async function bookSlot(db: DbOrTx, actorUserId: string, input: z.output<typeof bookSchema>, now = new Date()) {
  return db.transaction(async (tx) => {
    const [slot] = await tx.select().from(intakeSlots).where(eq(intakeSlots.id, input.slotId)).for('update');
    if (!slot) throw new ActionError('intake.errors.slotNotFound');
    const startsAt = slotStart(slot);
    if (startsAt.getTime() <= now.getTime()) throw new ActionError('intake.errors.slotPast');
    const [{ n }] = (await tx
      .select({ n: count() })
      .from(leads)
      .where(and(eq(leads.intakeSlotId, slot.id), isNull(leads.mergedIntoId), ne(leads.id, input.leadId)))) as [{ n: number }];
    if (n >= slot.capacity) throw new ActionError('intake.errors.full');

    const lead = await updateAtVersion(tx, input.leadId, input.version, {
      intakeSlotId: slot.id,
      intakeAt: startsAt,
      intakePlace: slot.place,
      intakeAccompanied: input.accompanied,
      lastActivityAt: now,
    });

    const [escort] = await tx.select().from(intakeEscorts).where(eq(intakeEscorts.leadId, lead.id)).for('update');
    if (escort) {
      const [claim] = await tx.select({ id: expenseClaims.id }).from(expenseClaims).where(eq(expenseClaims.intakeEscortId, escort.id)).limit(1);
      const moved = escort.startsAt.getTime() !== startsAt.getTime() || escort.place !== slot.place;
      if (claim && (moved || !input.accompanied)) throw new ActionError('intake.errors.escortClaimed');
      if (!input.accompanied) await tx.delete(intakeEscorts).where(eq(intakeEscorts.id, escort.id));
      else if (moved)
        await tx
          .update(intakeEscorts)
          .set({ startsAt, date: slot.date, dagdeel: dagdeelOfTime(slot.startTime), place: slot.place, status: 'invited', respondedAt: null })
          .where(eq(intakeEscorts.id, escort.id));
    }
    await tx.insert(leadEvents).values({
      leadId: lead.id,
      kind: 'intake',
      actorUserId,
      meta: { at: startsAt.toISOString(), accompanied: input.accompanied, slot: slot.id },
    });
    await audit(tx, { action: 'intake.booked', actorUserId, entityType: 'lead', entityId: lead.id, details: { slotId: slot.id, accompanied: input.accompanied } });
    return lead;
  });
}

/**
 * The coordinator or caseworker asks an ambassador to go along to a lead's booked, accompanied
 * intake. Only an eligible ambassador (lib/ambassadors/eligibility) may be asked; asking another
 * replaces the earlier one, who then no longer sees it. Refused once the allowance is claimed.
 */
export async function inviteEscort(db: DbOrTx, actorUserId: string, input: z.output<typeof escortSchema>): Promise<string> {
  return db.transaction(async (tx) => {
    const [lead] = await tx
      .select({ id: leads.id, intakeAt: leads.intakeAt, intakePlace: leads.intakePlace, accompanied: leads.intakeAccompanied })
      .from(leads)
      .where(and(eq(leads.id, input.leadId), isNull(leads.mergedIntoId)))
      .for('update');
    if (!lead) throw new ActionError('leadNotFound');
    if (!lead.intakeAt || !lead.intakePlace) throw new ActionError('intake.errors.notBooked');
    if (!lead.accompanied) throw new ActionError('intake.errors.notAccompanied');
    const [amb] = await tx.select({ id: ambassadors.id }).from(ambassadors).where(and(eq(ambassadors.id, input.ambassadorId), eligibleSql()));
    if (!amb) throw new ActionError('invalidForm', { ambassadorId: 'intake.errors.notEligible' });

    const { date, time } = amsterdamClock(lead.intakeAt);
    const values = { ambassadorId: amb.id, startsAt: lead.intakeAt, date, dagdeel: dagdeelOfTime(time.slice(0, 5)), place: lead.intakePlace };
    const [existing] = await tx.select().from(intakeEscorts).where(eq(intakeEscorts.leadId, lead.id)).for('update');
    let id: string;
    if (existing) {
      const [claim] = await tx.select({ id: expenseClaims.id }).from(expenseClaims).where(eq(expenseClaims.intakeEscortId, existing.id)).limit(1);
      if (claim) throw new ActionError('intake.errors.escortClaimed');
      await tx
        .update(intakeEscorts)
        .set({ ...values, status: 'invited', respondedAt: null, assignedByUserId: actorUserId })
        .where(eq(intakeEscorts.id, existing.id));
      id = existing.id;
    } else {
      const [row] = await tx
        .insert(intakeEscorts)
        .values({ ...values, leadId: lead.id, assignedByUserId: actorUserId })
        .returning({ id: intakeEscorts.id });
      id = row!.id;
    }
    await audit(tx, { action: 'intake.escort_invited', actorUserId, entityType: 'lead', entityId: lead.id, details: { ambassadorId: amb.id } });
    return id;
  });
}

/**
 * The ambassador answers: "I'll go along" or not. Only the ambassador asked (owner in the WHERE);
 * going along is refused when they already have a shift at that dagdeel; a claimed intake keeps its answer.
 */
export async function answerEscort(
  db: DbOrTx,
  actor: { userId: string; ambassadorId: string },
  input: z.output<typeof answerSchema>,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const [escort] = await tx
      .select()
      .from(intakeEscorts)
      .where(and(eq(intakeEscorts.id, input.escortId), eq(intakeEscorts.ambassadorId, actor.ambassadorId)))
      .for('update');
    if (!escort) throw new ActionError('intakeEscort.errors.notFound');
    const [claim] = await tx.select({ id: expenseClaims.id }).from(expenseClaims).where(eq(expenseClaims.intakeEscortId, escort.id)).limit(1);
    if (claim) throw new ActionError('intakeEscort.errors.claimed');
    if (input.answer === 'accept') {
      const [busy] = await tx
        .select({ shiftId: shiftAssignments.shiftId })
        .from(shiftAssignments)
        .where(and(eq(shiftAssignments.ambassadorId, actor.ambassadorId), eq(shiftAssignments.date, escort.date), eq(shiftAssignments.dagdeel, escort.dagdeel)))
        .limit(1);
      if (busy) throw new ActionError('intakeEscort.errors.busy');
    }
    await tx
      .update(intakeEscorts)
      .set({ status: input.answer === 'accept' ? 'accepted' : 'declined', respondedAt: now })
      .where(eq(intakeEscorts.id, escort.id));
    await audit(tx, {
      action: 'intake.escort_answered',
      actorUserId: actor.userId,
      entityType: 'lead',
      entityId: escort.leadId,
      details: { answer: input.answer },
    });
  });
}

/**
 * What the resident will bring to the intake, ticked beforehand (a set: no version needed).
 * `scope: 'escortedSoon'` (the coach) only updates a lead with an intake an ambassador goes along
 * to in the coming two weeks; any other lead is refused as not found.
 */
export async function saveChecklist(
  db: DbOrTx,
  actorUserId: string,
  input: z.output<typeof checklistSchema>,
  opts: { scope?: 'all' | 'escortedSoon'; now?: Date } = {},
): Promise<void> {
  const now = opts.now ?? new Date();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(leads)
      .set({ intakeChecklist: input.items, updatedAt: now })
      .where(and(eq(leads.id, input.leadId), isNull(leads.mergedIntoId), opts.scope === 'escortedSoon' ? and(isNull(leads.anonymisedAt), escortedSoonSql(now)) : undefined))
      .returning({ id: leads.id });
    if (!row) throw new ActionError('leadNotFound');
    await audit(tx, { action: 'intake.checklist_saved', actorUserId, entityType: 'lead', entityId: row.id, details: { items: input.items.join(',') } });
  });
}
