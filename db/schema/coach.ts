import { date, doublePrecision, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';

/**
 * The coaching bureau's work with the ambassadors (lib/coaching): the two-weekly review with its
 * agreements and private notes, the individual coaching log, and a development goal per ambassador.
 */

/** What an individual coaching conversation was about. */
export const coachingTopicEnum = pgEnum('coaching_topic', ['personal_development', 'benefits', 'job_applications', 'labour_market', 'the_work']);

/** How an agreement from a review turned out, ticked off at the next review. */
export const agreementOutcomeEnum = pgEnum('agreement_outcome', ['done', 'not_done']);

/** The coaching settings: one row (`id = 'default'`); missing means the defaults in lib/coaching/settings. */
export const coachingSettings = pgTable('coaching_settings', {
  id: text('id').primaryKey(),
  /** Days between two reviews of an active ambassador (default 14). */
  reviewIntervalDays: integer('review_interval_days').notNull(),
  /** Individual coaching hours each ambassador is meant to get (default 10). */
  coachingHoursTarget: integer('coaching_hours_target').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A two-weekly review: the figures of the window it looked at (a snapshot, computed by the server
 * from the same queries as the lists) and the coach's private notes, which the ambassador never sees.
 */
export const coachingReviews = pgTable(
  'coaching_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    /** The Amsterdam day of the review. */
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    coachUserId: uuid('coach_user_id').references(() => users.id),
    windowFrom: date('window_from', { mode: 'string' }).notNull(),
    windowTo: date('window_to', { mode: 'string' }).notNull(),
    contacts: integer('contacts').notNull(),
    signups: integer('signups').notNull(),
    plansSigned: integer('plans_signed').notNull(),
    shiftsWorked: integer('shifts_worked').notNull(),
    /** The personal target pro rata for the window (null without a period or target). */
    targetProRata: doublePrecision('target_pro_rata'),
    /** Private to the coaches. */
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_reviews_ambassador_idx').on(t.ambassadorId, t.reviewedOn)],
);

/** An agreement made at a review; the next review ticks it off (done / not done). The ambassador sees these. */
export const coachingAgreements = pgTable(
  'coaching_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => coachingReviews.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    /** null while open. */
    outcome: agreementOutcomeEnum('outcome'),
    checkedInReviewId: uuid('checked_in_review_id').references(() => coachingReviews.id),
  },
  (t) => [index('coaching_agreements_ambassador_idx').on(t.ambassadorId)],
);

/** One individual coaching conversation. */
export const coachingSessions = pgTable(
  'coaching_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    coachUserId: uuid('coach_user_id').references(() => users.id),
    date: date('date', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    topic: coachingTopicEnum('topic').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('coaching_sessions_ambassador_idx').on(t.ambassadorId, t.date)],
);

/** An ambassador's personal development goal (e.g. "paid job in services"); one per ambassador. */
export const coachingGoals = pgTable(
  'coaching_goals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    goal: text('goal').notNull(),
    setByUserId: uuid('set_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('coaching_goals_ambassador_uq').on(t.ambassadorId)],
);

/** A dated progress note on a goal. */
export const coachingGoalNotes = pgTable('coaching_goal_notes', {
  id: uuid('id').primaryKey().defaultRandom(),
  goalId: uuid('goal_id')
    .notNull()
    .references(() => coachingGoals.id, { onDelete: 'cascade' }),
  date: date('date', { mode: 'string' }).notNull(),
  note: text('note').notNull(),
  authorUserId: uuid('author_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
