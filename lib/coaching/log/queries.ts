import 'server-only';
import { and, desc, eq, gte, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { coachingGoalNotes, coachingGoals, coachingSessions, users } from '@/db/schema';
import type { CoachingTopic } from './schema';

export interface SessionRow {
  id: string;
  date: string;
  minutes: number;
  topic: CoachingTopic;
  note: string | null;
  coachName: string | null;
}

/** An ambassador's coaching conversations, newest first. */
export async function sessionsOf(db: DbOrTx, ambassadorId: string): Promise<SessionRow[]> {
  return db
    .select({
      id: coachingSessions.id,
      date: coachingSessions.date,
      minutes: coachingSessions.minutes,
      topic: coachingSessions.topic,
      note: coachingSessions.note,
      coachName: users.name,
    })
    .from(coachingSessions)
    .leftJoin(users, eq(coachingSessions.coachUserId, users.id))
    .where(eq(coachingSessions.ambassadorId, ambassadorId))
    .orderBy(desc(coachingSessions.date), desc(coachingSessions.createdAt));
}

/**
 * Minutes of individual coaching per ambassador (ambassador id → minutes), for the hours against
 * the target; with a window (dates inclusive) only the conversations in it (the budget per period).
 */
export async function coachedMinutes(db: DbOrTx, window?: { from: string; to: string }): Promise<Map<string, number>> {
  const rows = await db
    .select({ ambassadorId: coachingSessions.ambassadorId, minutes: sql<number>`sum(${coachingSessions.minutes})`.mapWith(Number) })
    .from(coachingSessions)
    .where(window ? and(gte(coachingSessions.date, window.from), lte(coachingSessions.date, window.to)) : undefined)
    .groupBy(coachingSessions.ambassadorId);
  return new Map(rows.map((r) => [r.ambassadorId, r.minutes]));
}

export interface GoalRecord {
  id: string;
  goal: string;
  updatedAt: Date;
  notes: { id: string; date: string; note: string; authorName: string | null }[];
}

/** The ambassador's development goal with its progress notes (newest first), or null. */
export async function goalOf(db: DbOrTx, ambassadorId: string): Promise<GoalRecord | null> {
  const [goal] = await db
    .select({ id: coachingGoals.id, goal: coachingGoals.goal, updatedAt: coachingGoals.updatedAt })
    .from(coachingGoals)
    .where(eq(coachingGoals.ambassadorId, ambassadorId))
    .limit(1);
  if (!goal) return null;
  const notes = await db
    .select({ id: coachingGoalNotes.id, date: coachingGoalNotes.date, note: coachingGoalNotes.note, authorName: users.name })
    .from(coachingGoalNotes)
    .leftJoin(users, eq(coachingGoalNotes.authorUserId, users.id))
    .where(eq(coachingGoalNotes.goalId, goal.id))
    .orderBy(desc(coachingGoalNotes.date), desc(coachingGoalNotes.createdAt));
  return { ...goal, notes };
}
