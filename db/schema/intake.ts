import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

/**
 * The city desk's (Publieksplein) intake slots: a date, a start time and a place, with room for
 * `capacity` residents. A lead is booked into a slot through `leads.intake_slot_id`, which also
 * sets the lead's own intake appointment (`intake_at`, `intake_place`).
 */
export const intakeSlots = pgTable(
  'intake_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Amsterdam clock time "HH:MM". */
    startTime: text('start_time').notNull(),
    place: text('place').notNull(),
    capacity: integer('capacity').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('intake_slots_date_idx').on(t.date),
    uniqueIndex('intake_slots_when_where_uq').on(t.date, t.startTime, t.place),
    check('intake_slots_capacity_positive', sql`${t.capacity} > 0`),
  ],
);
