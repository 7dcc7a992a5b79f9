import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';
import { dagdeelEnum } from './field';

/** A day of the week as RFC 5545 writes it (lib/dates.ts WEEKDAYS). */
export const weekdayEnum = pgEnum('weekday', ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
/** Why an ambassador is away: deliberately coarse (no health details, no free text). */
export const absenceReasonEnum = pgEnum('absence_reason', ['holiday', 'other']);

/**
 * The half-days of the week an ambassador is usually available (one row per ticked weekday ×
 * dagdeel). An ambassador without any row has not said: they count as available every dagdeel.
 */
export const ambassadorAvailability = pgTable(
  'ambassador_availability',
  {
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    weekday: weekdayEnum('weekday').notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.ambassadorId, t.weekday, t.dagdeel] })],
);

/** A period (whole days, both ends included) the ambassador is away: not suggested, no sign-ups. */
export const ambassadorAbsences = pgTable(
  'ambassador_absences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reason: absenceReasonEnum('reason').notNull().default('other'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ambassador_absences_amb_idx').on(t.ambassadorId, t.startsOn),
    check('ambassador_absences_order', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);
