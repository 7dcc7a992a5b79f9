import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, asc, count, desc, eq, gt, inArray, lt, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { ambassadors, auditLog, events, expenseClaims, neighbourhoods, shiftAssignments, shifts } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { isAmbassadorActive, whyNotEligible } from '@/lib/ambassadors/eligibility';
import { isAbsentOn } from '@/lib/availability/queries';
import { notifyShiftChange } from './notify';
import { type EventInput, type ShiftInput, type SwapInput, UNDO_UNASSIGN_MS } from './schema';
import { type Dagdeel, canCancel, canMarkAttendance, isUpcoming, todayLocal } from '@/lib/dagdelen';

/**
 * Writes of events, shifts and assignments. Every function runs in one transaction and leaves an
 * audit entry (ids and action names only). Expected refusals are `ActionError`s with namespaced
 * message keys, in the words of who acts: the coordinator's functions refuse in `events.errors`
 * (“this ambassador already…”), the ambassador's own in `shifts.errors` (“you already…”):
 *   notFound, notActive, full, conflict (same ambassador, same date and dagdeel — refused by the
 *   database's unique index), alreadyOnShift, started, tooLate (cancel within 24 hours), notYet
 *   (attendance before the shift), notToday (own attendance after the shift's day), decided (own
 *   attendance over the coordinator's mark), hasClaim, undoExpired, shiftExists, sameShift, notEmpty,
 *   shiftsOutside; field errors endBeforeStart, dateOutsideEvent. Absence (lib/availability):
 *   `availability.errors.assignAbsent` (coordinator), `availability.errors.signUpAbsent` (own).
 */

/** Whose pages a refusal is shown on: the coordinator's events or the ambassador's own shifts. */
type Audience = 'events' | 'shifts';

/** An expected refusal, as a message key in the audience's namespace (`shifts.errors.full`). */
function refusal(audience: Audience, key: string, fieldErrors?: Record<string, string>): ActionError {
  return new ActionError(`${audience}.errors.${key}`, fieldErrors);
}

/** An ambassador acting on their own shifts: the ids come from the session, never from a form. */
export interface Self {
  userId: string;
  ambassadorId: string;
}

type ShiftRow = { id: string; eventId: string; date: string; dagdeel: Dagdeel; places: number };

/** The unique index a failed insert ran into, or null when it was another error. */
function uniqueViolation(e: unknown): string | null {
  for (let err = e as { code?: string; constraint_name?: string; constraint?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return err.constraint_name ?? err.constraint ?? '';
  }
  return null;
}

/**
 * The shift, locked (SELECT … FOR UPDATE) until the transaction ends, so that sign-ups for the
 * same shift queue up behind each other and the count of places taken cannot go stale.
 */
async function lockShift(tx: Tx, shiftId: string, audience: Audience): Promise<ShiftRow> {
  const [row] = await tx
    .select({ id: shifts.id, eventId: shifts.eventId, date: shifts.date, dagdeel: shifts.dagdeel, places: shifts.places })
    .from(shifts)
    .where(eq(shifts.id, shiftId))
    .for('update');
  if (!row) throw refusal(audience, 'notFound');
  return row;
}

/**
 * Only eligible ambassadors take shifts (lib/ambassadors/eligibility): not active (stopped, paused,
 * a candidate, the account deactivated) → `notActive`; active but failing another rule (no VOG, …)
 * → that rule's own message key, so the form says why.
 */
async function requireEligible(tx: Tx, ambassadorId: string, audience: Audience): Promise<void> {
  const reasons = await whyNotEligible(tx, ambassadorId);
  if (!reasons) throw refusal(audience, 'notFound');
  if (!reasons.length) return;
  if (!(await isAmbassadorActive(tx, ambassadorId))) throw refusal(audience, 'notActive');
  throw new ActionError(reasons[0]!);
}

/**
 * Nobody works a shift on a day of their absence period (lib/availability): the coordinator's
 * assignment or swap is refused (`availability.errors.assignAbsent`), the ambassador's own sign-up
 * too (`availability.errors.signUpAbsent`). Not being available on that weekday × dagdeel by the
 * weekly pattern is no refusal: the coordinator may assign them anyway (the shift screen warns),
 * and an ambassador may sign up for a half-day they did not tick.
 */
async function requireNotAbsent(tx: Tx, ambassadorId: string, date: string, audience: Audience): Promise<void> {
  if (await isAbsentOn(tx, ambassadorId, date)) throw new ActionError(audience === 'events' ? 'availability.errors.assignAbsent' : 'availability.errors.signUpAbsent');
}

/** Inserts an assignment with the shift's date and dagdeel; the shift must be locked by the caller. */
async function insertAssignment(tx: Tx, shift: ShiftRow, ambassadorId: string, assignedByUserId: string, audience: Audience): Promise<void> {
  const taken = await tx
    .select({ ambassadorId: shiftAssignments.ambassadorId })
    .from(shiftAssignments)
    .where(eq(shiftAssignments.shiftId, shift.id));
  if (taken.some((t) => t.ambassadorId === ambassadorId)) throw refusal(audience, 'alreadyOnShift');
  if (taken.length >= shift.places) throw refusal(audience, 'full');
  await insertRow(tx, shift, ambassadorId, assignedByUserId, audience);
}

async function insertRow(tx: Tx, shift: Pick<ShiftRow, 'id' | 'date' | 'dagdeel'>, ambassadorId: string, assignedByUserId: string, audience: Audience) {
  try {
    await tx.insert(shiftAssignments).values({ shiftId: shift.id, ambassadorId, date: shift.date, dagdeel: shift.dagdeel, assignedByUserId });
  } catch (e) {
    const constraint = uniqueViolation(e);
    if (constraint === null) throw e;
    // The primary key (shift, ambassador) or the slot index (ambassador, date, dagdeel).
    throw refusal(audience, constraint.endsWith('_pk') ? 'alreadyOnShift' : 'conflict');
  }
}

/** A claim that still counts (not rejected) for this ambassador's shift. */
async function hasClaim(tx: Tx, shiftId: string, ambassadorId: string): Promise<boolean> {
  const [row] = await tx
    .select({ n: count() })
    .from(expenseClaims)
    .where(and(eq(expenseClaims.shiftId, shiftId), eq(expenseClaims.ambassadorId, ambassadorId), ne(expenseClaims.status, 'rejected')));
  return row!.n > 0;
}

// ---------------------------------------------------------------------------------------------
// Events and shifts (coordinator)
// ---------------------------------------------------------------------------------------------

/** Creates an event, or updates it when `eventId` is given. Returns its id. */
export async function saveEvent(db: DbOrTx, actorUserId: string, input: EventInput): Promise<string> {
  if (input.endsOn < input.startsOn) throw new ActionError('invalidForm', { endsOn: 'events.errors.endBeforeStart' });
  return db.transaction(async (tx) => {
    let neighbourhoodId: string | null = null;
    if (input.neighbourhood) {
      const [n] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, input.neighbourhood));
      if (!n) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
      neighbourhoodId = n.id;
    }
    const values = {
      title: input.title,
      kind: input.kind,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      place: input.place,
      neighbourhoodId,
      targetLanguages: input.targetLanguages,
      targetGroup: input.targetGroup,
      notes: input.notes,
    };
    let id: string;
    if (input.eventId) {
      const [current] = await tx.select({ id: events.id }).from(events).where(eq(events.id, input.eventId)).for('update');
      if (!current) throw refusal('events', 'notFound');
      // Shifts must stay inside the event's dates.
      const [outside] = await tx
        .select({ n: count() })
        .from(shifts)
        .where(and(eq(shifts.eventId, current.id), or(lt(shifts.date, input.startsOn), gt(shifts.date, input.endsOn))));
      if (outside!.n > 0) throw refusal('events', 'shiftsOutside', { startsOn: 'events.errors.shiftsOutside', endsOn: 'events.errors.shiftsOutside' });
      await tx.update(events).set(values).where(eq(events.id, current.id));
      id = current.id;
    } else {
      const [row] = await tx.insert(events).values(values).returning({ id: events.id });
      id = row!.id;
    }
    await audit(tx, { action: 'event.saved', actorUserId, entityType: 'event', entityId: id, details: { created: !input.eventId } });
    return id;
  });
}

/** A half-day shift on a day of the event (one per dagdeel per event). */
export async function createShift(db: DbOrTx, actorUserId: string, input: ShiftInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ startsOn: events.startsOn, endsOn: events.endsOn }).from(events).where(eq(events.id, input.eventId));
    if (!event) throw refusal('events', 'notFound');
    if (input.date < event.startsOn || input.date > event.endsOn) throw new ActionError('invalidForm', { date: 'events.errors.dateOutsideEvent' });
    let id: string;
    try {
      const [row] = await tx
        .insert(shifts)
        .values({ eventId: input.eventId, date: input.date, dagdeel: input.dagdeel, places: input.places })
        .returning({ id: shifts.id });
      id = row!.id;
    } catch (e) {
      if (uniqueViolation(e) !== null) throw refusal('events', 'shiftExists', { dagdeel: 'events.errors.shiftExists' });
      throw e;
    }
    await audit(tx, { action: 'shift.created', actorUserId, entityType: 'shift', entityId: id, details: { eventId: input.eventId, places: input.places } });
    return id;
  });
}

/** Removes a shift nobody is on. Returns its event's id. */
export async function deleteShift(db: DbOrTx, actorUserId: string, shiftId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const shift = await lockShift(tx, shiftId, 'events');
    const [taken] = await tx.select({ n: count() }).from(shiftAssignments).where(eq(shiftAssignments.shiftId, shift.id));
    if (taken!.n > 0) throw refusal('events', 'notEmpty');
    await tx.delete(shifts).where(eq(shifts.id, shift.id));
    await audit(tx, { action: 'shift.deleted', actorUserId, entityType: 'shift', entityId: shift.id, details: { eventId: shift.eventId } });
    return shift.eventId;
  });
}

/** Puts an active ambassador on a shift with a free place. Returns the shift's event id. */
export async function assignAmbassador(db: DbOrTx, actorUserId: string, input: { shiftId: string; ambassadorId: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const shift = await lockShift(tx, input.shiftId, 'events');
    await requireEligible(tx, input.ambassadorId, 'events');
    await requireNotAbsent(tx, input.ambassadorId, shift.date, 'events');
    await insertAssignment(tx, shift, input.ambassadorId, actorUserId, 'events');
    await notifyShiftChange(tx, shift.id, input.ambassadorId, true, false);
    await audit(tx, { action: 'shift.assigned', actorUserId, entityType: 'shift', entityId: shift.id, details: { ambassadorId: input.ambassadorId } });
    return shift.eventId;
  });
}

/** Takes an ambassador off a shift (the coordinator may do so at any time). */
export async function unassignAmbassador(db: DbOrTx, actorUserId: string, input: { shiftId: string; ambassadorId: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const shift = await lockShift(tx, input.shiftId, 'events');
    if (await hasClaim(tx, shift.id, input.ambassadorId)) throw refusal('events', 'hasClaim');
    const removed = await tx
      .delete(shiftAssignments)
      .where(and(eq(shiftAssignments.shiftId, shift.id), eq(shiftAssignments.ambassadorId, input.ambassadorId)))
      .returning({ ambassadorId: shiftAssignments.ambassadorId });
    if (!removed.length) throw refusal('events', 'notFound');
    await notifyShiftChange(tx, shift.id, input.ambassadorId, false, false);
    await audit(tx, { action: 'shift.unassigned', actorUserId, entityType: 'shift', entityId: shift.id, details: { ambassadorId: input.ambassadorId } });
    return shift.eventId;
  });
}

/**
 * Undoes a removal from a shift: puts the ambassador back, but only for the coordinator who
 * removed them (their own `shift.unassigned` audit entry for this shift and ambassador) and only
 * within UNDO_UNASSIGN_MS of it (`undoExpired` otherwise). The usual rules still hold: a place
 * taken in the meantime (`full`), an ambassador no longer eligible or now absent is refused.
 * Returns the shift's event id.
 */
export async function undoUnassign(db: DbOrTx, actorUserId: string, input: { shiftId: string; ambassadorId: string }, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const shift = await lockShift(tx, input.shiftId, 'events');
    const [removal] = await tx
      .select({ at: auditLog.at })
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'shift.unassigned'),
          eq(auditLog.entityType, 'shift'),
          eq(auditLog.entityId, shift.id),
          eq(auditLog.actorUserId, actorUserId),
          sql`${auditLog.details}->>'ambassadorId' = ${input.ambassadorId}`,
        ),
      )
      .orderBy(desc(auditLog.at))
      .limit(1);
    const age = removal ? now.getTime() - removal.at.getTime() : Infinity;
    if (!(age >= 0 && age <= UNDO_UNASSIGN_MS)) throw refusal('events', 'undoExpired');
    await requireEligible(tx, input.ambassadorId, 'events');
    await requireNotAbsent(tx, input.ambassadorId, shift.date, 'events');
    await insertAssignment(tx, shift, input.ambassadorId, actorUserId, 'events');
    await notifyShiftChange(tx, shift.id, input.ambassadorId, true, false);
    await audit(tx, { action: 'shift.assigned', actorUserId, entityType: 'shift', entityId: shift.id, details: { ambassadorId: input.ambassadorId, undo: true } });
    return shift.eventId;
  });
}

/**
 * Swaps two ambassadors between two shifts in one transaction: A goes to B's shift and B to A's.
 * If either would end up with two shifts at one dagdeel, nothing changes ('conflict').
 * Attendance starts over (null) on both new assignments.
 */
export async function swapAssignments(db: DbOrTx, actorUserId: string, input: SwapInput): Promise<string> {
  const a = { shiftId: input.shiftId, ambassadorId: input.ambassadorId };
  const b = input.with;
  if (a.shiftId === b.shiftId) throw refusal('events', 'sameShift');
  if (a.ambassadorId === b.ambassadorId) throw refusal('events', 'sameShift');
  return db.transaction(async (tx) => {
    // Lock both shifts in a fixed order (by id) so two opposite swaps cannot deadlock.
    const locked = await tx
      .select({ id: shifts.id, eventId: shifts.eventId, date: shifts.date, dagdeel: shifts.dagdeel, places: shifts.places })
      .from(shifts)
      .where(inArray(shifts.id, [a.shiftId, b.shiftId]))
      .orderBy(asc(shifts.id))
      .for('update');
    const shiftA = locked.find((s) => s.id === a.shiftId);
    const shiftB = locked.find((s) => s.id === b.shiftId);
    if (!shiftA || !shiftB) throw refusal('events', 'notFound');
    for (const side of [a, b]) {
      const removed = await tx
        .delete(shiftAssignments)
        .where(and(eq(shiftAssignments.shiftId, side.shiftId), eq(shiftAssignments.ambassadorId, side.ambassadorId)))
        .returning({ ambassadorId: shiftAssignments.ambassadorId });
      if (!removed.length) throw refusal('events', 'notFound');
      if (await hasClaim(tx, side.shiftId, side.ambassadorId)) throw refusal('events', 'hasClaim');
    }
    await requireNotAbsent(tx, a.ambassadorId, shiftB.date, 'events');
    await requireNotAbsent(tx, b.ambassadorId, shiftA.date, 'events');
    await insertRow(tx, shiftB, a.ambassadorId, actorUserId, 'events');
    await insertRow(tx, shiftA, b.ambassadorId, actorUserId, 'events');
    await notifyShiftChange(tx, shiftB.id, a.ambassadorId, true, false);
    await notifyShiftChange(tx, shiftA.id, b.ambassadorId, true, false);
    await audit(tx, {
      action: 'shift.swapped',
      actorUserId,
      entityType: 'shift',
      entityId: shiftA.id,
      details: { ambassadorId: a.ambassadorId, otherShiftId: shiftB.id, otherAmbassadorId: b.ambassadorId },
    });
    return shiftA.eventId;
  });
}

/**
 * Attendance of one person on a shift that has started. The coordinator may mark it at any time
 * after the start and overrules whatever is there. The ambassador may mark their own attendance
 * only on the shift's own calendar day (Amsterdam time) and never over a coordinator's decision
 * (present or absent); their mark is stored as self-attested, which the expense queue shows. Who
 * set it is recorded on the assignment and in the audit.
 */
async function markAttendance(
  db: DbOrTx,
  actorUserId: string,
  input: { shiftId: string; ambassadorId: string; attended: boolean },
  now: Date,
  by: 'self' | 'coordinator',
): Promise<string> {
  const audience: Audience = by === 'self' ? 'shifts' : 'events';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        date: shiftAssignments.date,
        dagdeel: shiftAssignments.dagdeel,
        eventId: shifts.eventId,
        attended: shiftAssignments.attended,
        selfAttested: shiftAssignments.selfAttested,
      })
      .from(shiftAssignments)
      .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
      .where(and(eq(shiftAssignments.shiftId, input.shiftId), eq(shiftAssignments.ambassadorId, input.ambassadorId)))
      .for('update', { of: shiftAssignments });
    if (!row) throw refusal(audience, 'notFound');
    if (!canMarkAttendance(row.date, row.dagdeel, now)) throw refusal(audience, 'notYet');
    if (by === 'self') {
      if (row.date !== todayLocal(now)) throw refusal(audience, 'notToday');
      // Marked, and not by the ambassador themselves: the coordinator decided (also older marks).
      if (row.attended !== null && !row.selfAttested) throw refusal(audience, 'decided');
    }
    // An allowance claimed for this shift needs the attendance it was claimed for.
    if (!input.attended && (await hasClaim(tx, input.shiftId, input.ambassadorId))) throw refusal(audience, 'hasClaim');
    await tx
      .update(shiftAssignments)
      .set({ attended: input.attended, attendanceSetBy: actorUserId, selfAttested: by === 'self' })
      .where(and(eq(shiftAssignments.shiftId, input.shiftId), eq(shiftAssignments.ambassadorId, input.ambassadorId)));
    await audit(tx, {
      action: 'shift.attendance',
      actorUserId,
      entityType: 'shift',
      entityId: input.shiftId,
      details: { ambassadorId: input.ambassadorId, attended: input.attended, by },
    });
    return row.eventId;
  });
}

/** The coordinator marks anyone's attendance. Returns the event id. */
export function setAttendance(db: DbOrTx, actorUserId: string, input: { shiftId: string; ambassadorId: string; attended: boolean }, now = new Date()) {
  return markAttendance(db, actorUserId, input, now, 'coordinator');
}

// ---------------------------------------------------------------------------------------------
// The ambassador's own shifts: always scoped to the ambassador of the session
// ---------------------------------------------------------------------------------------------

/** Signs up for a shift that has not started and has a free place. */
export async function signUp(db: DbOrTx, self: Self, shiftId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const shift = await lockShift(tx, shiftId, 'shifts');
    if (!isUpcoming(shift.date, shift.dagdeel, now)) throw refusal('shifts', 'started');
    await requireEligible(tx, self.ambassadorId, 'shifts');
    await requireNotAbsent(tx, self.ambassadorId, shift.date, 'shifts');
    await insertAssignment(tx, shift, self.ambassadorId, self.userId, 'shifts');
    await notifyShiftChange(tx, shift.id, self.ambassadorId, true, true);
    await audit(tx, { action: 'shift.signed_up', actorUserId: self.userId, entityType: 'shift', entityId: shift.id, details: { ambassadorId: self.ambassadorId } });
  });
}

/** Cancels one's own shift, until 24 hours before it starts. */
export async function cancelOwnShift(db: DbOrTx, self: Self, shiftId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ date: shiftAssignments.date, dagdeel: shiftAssignments.dagdeel })
      .from(shiftAssignments)
      .where(and(eq(shiftAssignments.shiftId, shiftId), eq(shiftAssignments.ambassadorId, self.ambassadorId)))
      .for('update');
    if (!row) throw refusal('shifts', 'notFound');
    if (!canCancel(row.date, row.dagdeel, now)) throw refusal('shifts', 'tooLate');
    await tx.delete(shiftAssignments).where(and(eq(shiftAssignments.shiftId, shiftId), eq(shiftAssignments.ambassadorId, self.ambassadorId)));
    await notifyShiftChange(tx, shiftId, self.ambassadorId, false, true);
    await audit(tx, { action: 'shift.cancelled', actorUserId: self.userId, entityType: 'shift', entityId: shiftId, details: { ambassadorId: self.ambassadorId } });
  });
}

/** Marks one's own attendance on a shift that has started, on its own day, unless the coordinator already did. */
export async function setOwnAttendance(db: DbOrTx, self: Self, input: { shiftId: string; attended: boolean }, now = new Date()): Promise<void> {
  await markAttendance(db, self.userId, { shiftId: input.shiftId, ambassadorId: self.ambassadorId, attended: input.attended }, now, 'self');
}

/** A new secret for the calendar feed: the old URL stops working at once. Returns the new token. */
export async function renewCalendarToken(db: DbOrTx, self: Self): Promise<string> {
  const token = randomBytes(32).toString('hex');
  await db.transaction(async (tx) => {
    const rows = await tx.update(ambassadors).set({ calendarToken: token }).where(eq(ambassadors.id, self.ambassadorId)).returning({ id: ambassadors.id });
    if (!rows.length) throw refusal('shifts', 'notFound');
    await audit(tx, { action: 'calendar.renewed', actorUserId: self.userId, details: { ambassadorId: self.ambassadorId } });
  });
  return token;
}
