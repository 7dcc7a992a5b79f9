import { addDays, weekStartOf } from '@/lib/dates';

/**
 * The project worker's network round (pure rules, Amsterdam calendar days): an organisation is due
 * for a visit in the week `visitEveryWeeks` weeks after the week of its last contact (any contact
 * ticks the round off); never contacted means due this week. The offer must be retold every
 * calendar month (a contact with "retold the offer" ticked).
 */

export const MAX_VISIT_EVERY_WEEKS = 12;

export type RoundState = 'done' | 'due' | 'overdue' | 'later';

export interface RoundInput {
  lastContactOn: string | null;
  lastRetoldOn: string | null;
  visitEveryWeeks: number;
}

export interface RoundStatus {
  /** Monday of the week the next visit is due (this week when never contacted). */
  dueWeek: string;
  /** The Sunday that ends that week: the due date shown. */
  dueBy: string;
  /** done: contacted this week; due: due this week; overdue: was due in an earlier week; later: not yet due. */
  state: RoundState;
  /** Not visited on schedule (a due week has passed without a contact). */
  behindSchedule: boolean;
  /** The offer was not retold this calendar month. */
  offerNotRetold: boolean;
}

export function roundStatus(o: RoundInput, today: string): RoundStatus {
  const thisWeek = weekStartOf(today);
  const every = Math.min(Math.max(1, Math.trunc(o.visitEveryWeeks) || 1), MAX_VISIT_EVERY_WEEKS);
  const dueWeek = o.lastContactOn ? addDays(weekStartOf(o.lastContactOn), every * 7) : thisWeek;
  const contactedThisWeek = o.lastContactOn !== null && o.lastContactOn >= thisWeek;
  const state: RoundState = contactedThisWeek ? 'done' : dueWeek < thisWeek ? 'overdue' : dueWeek === thisWeek ? 'due' : 'later';
  return {
    dueWeek,
    dueBy: addDays(dueWeek, 6),
    state,
    behindSchedule: state === 'overdue',
    offerNotRetold: !o.lastRetoldOn || o.lastRetoldOn.slice(0, 7) !== today.slice(0, 7),
  };
}

/** Whether an organisation belongs on this week's round list (due, overdue, or already ticked off). */
export const onRoundList = (s: RoundStatus) => s.state !== 'later';
