import { boolean, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';
import { dagdeelEnum } from './enums';
import { targetPeriods } from './targets';

/**
 * The coaching bureau's meetings with the ambassadors (lib/coaching/meetings): the weekly group
 * meeting and intervision, each on a date and dagdeel; attendance per ambassador (an attended
 * meeting is a claimable dagdeel, see expense_claims.meeting_id); the obstacles ("knelpunten")
 * raised in intervision; and the budget of intervision half-days and coaching hours per period.
 */
export const meetingKindEnum = pgEnum('meeting_kind', ['group', 'intervision']);
export const obstacleStatusEnum = pgEnum('obstacle_status', ['open', 'passed_on', 'resolved']);

export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: meetingKindEnum('kind').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    place: text('place').notNull(),
    agenda: text('agenda'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meetings_date_idx').on(t.date)],
);

/** Present (attended = true) or absent; no row = not marked. */
export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    attended: boolean('attended').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.ambassadorId] }), index('meeting_attendance_ambassador_idx').on(t.ambassadorId)],
);

/** An obstacle ("knelpunt") raised at a meeting: open → passed on to the project leader → resolved. */
export const meetingObstacles = pgTable(
  'meeting_obstacles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    status: obstacleStatusEnum('status').notNull().default('open'),
    resolution: text('resolution'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_obstacles_status_idx').on(t.status, t.createdAt)],
);

/**
 * The coaching budget of a target period; a period without a row has the contract's figures
 * (20 intervision half-days, 200 coaching hours: lib/coaching/meetings/budget.ts).
 */
export const coachingBudgets = pgTable('coaching_budgets', {
  periodId: uuid('period_id')
    .primaryKey()
    .references(() => targetPeriods.id, { onDelete: 'cascade' }),
  intervisionHalfDays: integer('intervision_half_days').notNull(),
  coachingHours: integer('coaching_hours').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
