import 'server-only';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, coachingBudgets, expenseClaims, meetingAttendance, meetingObstacles, meetings, targetPeriods } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { audit } from '@/lib/audit';
import { canMarkAttendance } from '@/lib/dagdelen';
import type { BudgetInput, MeetingAttendanceInput, MeetingInput, ObstacleInput, ObstacleStatusInput } from './schema';

/** The coordinator (or coach) plans a group meeting or an intervision meeting. */
export async function createMeeting(db: DbOrTx, userId: string, input: MeetingInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ kind: input.kind, date: input.date, dagdeel: input.dagdeel, place: input.place, agenda: input.agenda, createdByUserId: userId })
      .returning({ id: meetings.id });
    await audit(tx, { action: 'meeting.created', actorUserId: userId, entityType: 'meeting', entityId: row!.id, details: { kind: input.kind, date: input.date } });
    return row!.id;
  });
}

/**
 * Attendance once the meeting has started: present / absent per ambassador, 'none' clears a mark.
 * Only active ambassadors (or those already on the list) can be marked. A present mark is the
 * ambassador's claimable dagdeel (lib/expenses); once they claimed it, it can no longer be taken away.
 */
export async function recordMeetingAttendance(db: DbOrTx, userId: string, input: MeetingAttendanceInput, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [meeting] = await tx
      .select({ id: meetings.id, date: meetings.date, dagdeel: meetings.dagdeel })
      .from(meetings)
      .where(eq(meetings.id, input.meetingId))
      .for('update');
    if (!meeting) throw new ActionError('meetings.errors.notFound');
    if (!canMarkAttendance(meeting.date, meeting.dagdeel, now)) throw new ActionError('meetings.errors.notYet');
    const ids = [...input.marks.keys()];
    if (!ids.length) return;

    const allowed = await tx
      .select({ id: ambassadors.id })
      .from(ambassadors)
      .leftJoin(meetingAttendance, and(eq(meetingAttendance.ambassadorId, ambassadors.id), eq(meetingAttendance.meetingId, meeting.id)))
      .where(and(inArray(ambassadors.id, ids), or(ambassadorActiveSql(), sql`${meetingAttendance.meetingId} is not null`)));
    if (allowed.length !== ids.length) throw new ActionError('meetings.errors.notOnList');

    const notPresent = ids.filter((id) => input.marks.get(id) !== 'present');
    if (notPresent.length) {
      const claimed = await tx
        .select({ id: expenseClaims.id })
        .from(expenseClaims)
        .where(and(eq(expenseClaims.meetingId, meeting.id), inArray(expenseClaims.ambassadorId, notPresent), ne(expenseClaims.status, 'rejected')))
        .limit(1);
      if (claimed.length) throw new ActionError('meetings.errors.alreadyClaimed');
    }

    for (const [ambassadorId, mark] of input.marks) {
      if (mark === 'none') {
        await tx.delete(meetingAttendance).where(and(eq(meetingAttendance.meetingId, meeting.id), eq(meetingAttendance.ambassadorId, ambassadorId)));
        continue;
      }
      const attended = mark === 'present';
      await tx
        .insert(meetingAttendance)
        .values({ meetingId: meeting.id, ambassadorId, attended, recordedByUserId: userId, recordedAt: now })
        .onConflictDoUpdate({
          target: [meetingAttendance.meetingId, meetingAttendance.ambassadorId],
          set: { attended, recordedByUserId: userId, recordedAt: now },
          // Unchanged marks keep who recorded them and when.
          setWhere: sql`${meetingAttendance.attended} IS DISTINCT FROM ${attended}`,
        });
    }
    await audit(tx, {
      action: 'meeting.attendance',
      actorUserId: userId,
      entityType: 'meeting',
      entityId: meeting.id,
      details: {
        present: ids.filter((id) => input.marks.get(id) === 'present').length,
        absent: ids.filter((id) => input.marks.get(id) === 'absent').length,
      },
    });
  });
}

/** An obstacle ("knelpunt") raised at a meeting; it starts open. */
export async function addObstacle(db: DbOrTx, userId: string, input: ObstacleInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [meeting] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new ActionError('meetings.errors.notFound');
    const [row] = await tx
      .insert(meetingObstacles)
      .values({ meetingId: meeting.id, text: input.text, createdByUserId: userId })
      .returning({ id: meetingObstacles.id });
    // The text is free (it could name someone): the audit keeps the ids only.
    await audit(tx, { action: 'meeting.obstacle_added', actorUserId: userId, entityType: 'obstacle', entityId: row!.id, details: { meetingId: meeting.id } });
    return row!.id;
  });
}

/** Open → passed on to the project leader → resolved (with the resolution); any step may be redone. */
export async function updateObstacle(db: DbOrTx, userId: string, input: ObstacleStatusInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(meetingObstacles)
      .set({ status: input.status, resolution: input.resolution, updatedAt: new Date() })
      .where(eq(meetingObstacles.id, input.obstacleId))
      .returning({ id: meetingObstacles.id });
    if (!row) throw new ActionError('meetings.errors.obstacleNotFound');
    await audit(tx, { action: 'meeting.obstacle_updated', actorUserId: userId, entityType: 'obstacle', entityId: row.id, details: { status: input.status } });
  });
}

/** The coaching budget of a target period (intervision half-days, coaching hours). */
export async function saveBudget(db: DbOrTx, userId: string, input: BudgetInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [period] = await tx.select({ id: targetPeriods.id }).from(targetPeriods).where(eq(targetPeriods.id, input.periodId));
    if (!period) throw new ActionError('meetings.errors.periodNotFound');
    const values = { intervisionHalfDays: input.intervisionHalfDays, coachingHours: input.coachingHours, updatedAt: new Date() };
    await tx
      .insert(coachingBudgets)
      .values({ periodId: period.id, ...values })
      .onConflictDoUpdate({ target: coachingBudgets.periodId, set: values });
    await audit(tx, { action: 'coaching.budget_saved', actorUserId: userId, entityType: 'target', entityId: period.id, details: { intervisionHalfDays: input.intervisionHalfDays, coachingHours: input.coachingHours } });
  });
}
