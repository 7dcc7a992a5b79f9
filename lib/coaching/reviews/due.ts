import { addDays, daysFrom } from '@/lib/dates';

/** A review counts as due this many days before its date (so the coach can plan it in the same week). */
export const DUE_SOON_DAYS = 3;

export type ReviewState = 'upcoming' | 'due' | 'overdue';

export interface ReviewDue {
  /** The Amsterdam day the next review falls on. */
  dueOn: string;
  state: ReviewState;
  /** Days past the due day (0 when not overdue). */
  daysOverdue: number;
}

/**
 * When an active ambassador's next review falls: `intervalDays` after the last review, or after the
 * day they became active when there has been none. All days are Amsterdam calendar days
 * (`todayLocal`), so the state turns at midnight in Amsterdam, not in UTC.
 */
export function reviewDue(input: { lastReviewOn: string | null; activeSince: string; today: string; intervalDays: number }): ReviewDue {
  const dueOn = addDays(input.lastReviewOn ?? input.activeSince, input.intervalDays);
  const late = daysFrom(dueOn, input.today);
  if (late > 0) return { dueOn, state: 'overdue', daysOverdue: late };
  if (late >= -DUE_SOON_DAYS) return { dueOn, state: 'due', daysOverdue: 0 };
  return { dueOn, state: 'upcoming', daysOverdue: 0 };
}

/** The window a review looks back on: the `days` days up to and including `today`. */
export function reviewWindow(today: string, days: number): { from: string; to: string } {
  return { from: addDays(today, -(days - 1)), to: today };
}
