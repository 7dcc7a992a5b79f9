import { z } from 'zod';
import { choice, isoDate, optionalText, requiredText, uuid, wholeNumber } from '@/lib/actions/validation';
import { coachingTopicEnum } from '@/db/schema/coach';

export const COACHING_TOPICS = coachingTopicEnum.enumValues;
export type CoachingTopic = (typeof COACHING_TOPICS)[number];

/** A conversation lasts 5 minutes to 8 hours. */
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 480;

const minutes = wholeNumber(MIN_MINUTES, MAX_MINUTES, { format: 'coach.errors.wholeNumber', range: 'coach.errors.minutesRange' });

/** One coaching conversation: date (not in the future; the mutation checks), minutes, topic, a short note. */
export const sessionSchema = z.object({
  ambassadorId: uuid('coach.errors.notFound'),
  date: isoDate,
  minutes,
  topic: choice(COACHING_TOPICS),
  note: optionalText(1000),
});
export type SessionInput = z.output<typeof sessionSchema>;

/** The development goal, e.g. "paid job in services". */
export const goalSchema = z.object({
  ambassadorId: uuid('coach.errors.notFound'),
  goal: requiredText(300),
});
export type GoalInput = z.output<typeof goalSchema>;

/** A dated progress note on the goal. */
export const goalNoteSchema = z.object({
  ambassadorId: uuid('coach.errors.notFound'),
  date: isoDate,
  note: requiredText(1000),
});
export type GoalNoteInput = z.output<typeof goalNoteSchema>;
