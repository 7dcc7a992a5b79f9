import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { coachingGoalNotes, coachingGoals, coachingSessions } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { isAmbassadorActive } from '@/lib/ambassadors/eligibility';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import type { GoalInput, GoalNoteInput, SessionInput } from './schema';

/** Coaching is for active ambassadors only: any other id from a form is refused. */
async function requireActive(tx: Parameters<Parameters<Db['transaction']>[0]>[0], ambassadorId: string) {
  if (!(await isAmbassadorActive(tx, ambassadorId))) throw new ActionError('coach.errors.notActive');
}

/** Logs a coaching conversation (not dated in the future, Amsterdam time). */
export async function logSession(db: Db, actorUserId: string, input: SessionInput, now = new Date()): Promise<string> {
  if (input.date > todayLocal(now)) throw new ActionError('invalidForm', { date: 'coach.errors.dateInFuture' });
  return db.transaction(async (tx) => {
    await requireActive(tx, input.ambassadorId);
    const [row] = await tx
      .insert(coachingSessions)
      .values({ ambassadorId: input.ambassadorId, coachUserId: actorUserId, date: input.date, minutes: input.minutes, topic: input.topic, note: input.note })
      .returning({ id: coachingSessions.id });
    await audit(tx, {
      action: 'coaching.session_logged',
      actorUserId,
      entityType: 'ambassador',
      entityId: input.ambassadorId,
      details: { sessionId: row!.id, minutes: input.minutes, topic: input.topic },
    });
    return row!.id;
  });
}

/** Sets (or replaces) the ambassador's development goal. */
export async function saveGoal(db: Db, actorUserId: string, input: GoalInput): Promise<void> {
  await db.transaction(async (tx) => {
    await requireActive(tx, input.ambassadorId);
    await tx
      .insert(coachingGoals)
      .values({ ambassadorId: input.ambassadorId, goal: input.goal, setByUserId: actorUserId })
      .onConflictDoUpdate({ target: coachingGoals.ambassadorId, set: { goal: input.goal, setByUserId: actorUserId, updatedAt: new Date() } });
    await audit(tx, { action: 'coaching.goal_saved', actorUserId, entityType: 'ambassador', entityId: input.ambassadorId });
  });
}

/** Adds a dated progress note to the ambassador's goal (there must be one). */
export async function addGoalNote(db: Db, actorUserId: string, input: GoalNoteInput, now = new Date()): Promise<void> {
  if (input.date > todayLocal(now)) throw new ActionError('invalidForm', { date: 'coach.errors.dateInFuture' });
  await db.transaction(async (tx) => {
    await requireActive(tx, input.ambassadorId);
    const [goal] = await tx.select({ id: coachingGoals.id }).from(coachingGoals).where(eq(coachingGoals.ambassadorId, input.ambassadorId)).limit(1);
    if (!goal) throw new ActionError('coach.errors.noGoal');
    await tx.insert(coachingGoalNotes).values({ goalId: goal.id, date: input.date, note: input.note, authorUserId: actorUserId });
    await audit(tx, { action: 'coaching.goal_note_added', actorUserId, entityType: 'ambassador', entityId: input.ambassadorId, details: { goalId: goal.id } });
  });
}
