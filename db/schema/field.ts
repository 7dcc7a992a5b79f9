import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ambassadors, neighbourhoods, users } from './core';
import { dagdeelEnum } from './enums';
import { meetings } from './meetings';
import { intakeEscorts } from './leads';

export { dagdeelEnum };

/** Raw bytes (receipts). postgres.js and PGlite both hand back a Uint8Array/Buffer. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const eventKindEnum = pgEnum('event_kind', ['school', 'market', 'festival', 'home_visit', 'community', 'other']);
export const claimStatusEnum = pgEnum('claim_status', ['submitted', 'approved', 'rejected', 'paid']);

/** The city's event agenda: school gates, markets, festivals, home visits. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    kind: eventKindEnum('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    place: text('place').notNull(),
    neighbourhoodId: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    /** Languages of the people the event reaches (ISO 639), for matching ambassadors. */
    targetLanguages: text('target_languages').array().notNull().default(sql`'{}'::text[]`),
    /** The community or background the event reaches, e.g. "Afghaans" (free text). */
    targetGroup: text('target_group'),
    notes: text('notes'),
    /**
     * Where an imported event came from ('ics' or 'csv' of the city's agenda) and its id there
     * (the ICS UID, the CSV's id column): a second import of the same agenda updates the event.
     * Both null for events entered by hand.
     */
    source: text('source'),
    sourceId: text('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('events_starts_on_idx').on(t.startsOn), uniqueIndex('events_source_uq').on(t.source, t.sourceId)],
);

export const shifts = pgTable(
  'shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    /** Normally two: ambassadors work in pairs. */
    places: integer('places').notNull().default(2),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('shifts_date_idx').on(t.date), uniqueIndex('shifts_event_slot_uq').on(t.eventId, t.date, t.dagdeel)],
);

/**
 * Who works a shift. Date and dagdeel are copied from the shift so the database itself refuses a
 * second shift for the same ambassador at the same half-day.
 */
export const shiftAssignments = pgTable(
  'shift_assignments',
  {
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => shifts.id, { onDelete: 'cascade' }),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    date: date('date', { mode: 'string' }).notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    /** null = not yet marked; true/false after the shift. */
    attended: boolean('attended'),
    /** Who last set `attended` (null = not marked, or marked before this was recorded). */
    attendanceSetBy: uuid('attendance_set_by').references(() => users.id),
    /** `attended` was set by the ambassador themselves; a coordinator's mark clears it. */
    selfAttested: boolean('self_attested').notNull().default(false),
    assignedByUserId: uuid('assigned_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.shiftId, t.ambassadorId] }),
    uniqueIndex('shift_assignments_slot_uq').on(t.ambassadorId, t.date, t.dagdeel),
  ],
);

/** The allowance per dagdeel, with its history (default EUR 6.95 from 2010-01-01). */
export const expenseRates = pgTable('expense_rates', {
  id: uuid('id').primaryKey().defaultRandom(),
  amountCents: integer('amount_cents').notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A receipt (photo or PDF), stored with the claim; only its owner and the coordinator see it. */
export const receipts = pgTable('receipts', {
  id: uuid('id').primaryKey().defaultRandom(),
  ambassadorId: uuid('ambassador_id')
    .notNull()
    .references(() => ambassadors.id),
  /** Detected from the content, never taken from the file name. */
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One allowance claim per attended dagdeel per ambassador: a shift they worked, a meeting
 * (group meeting, intervision) they attended or an intake they went along to — exactly one of the three.
 */
export const expenseClaims = pgTable(
  'expense_claims',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    shiftId: uuid('shift_id').references(() => shifts.id),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    /** An intake at the desk the ambassador went along to (lib/intake). */
    intakeEscortId: uuid('intake_escort_id').references(() => intakeEscorts.id),
    amountCents: integer('amount_cents').notNull(),
    status: claimStatusEnum('status').notNull().default('submitted'),
    receiptId: uuid('receipt_id')
      .notNull()
      .references(() => receipts.id),
    rejectReason: text('reject_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('expense_claims_shift_uq').on(t.ambassadorId, t.shiftId),
    uniqueIndex('expense_claims_meeting_uq').on(t.ambassadorId, t.meetingId),
    uniqueIndex('expense_claims_intake_uq').on(t.ambassadorId, t.intakeEscortId),
    check('expense_claims_one_dagdeel', sql`num_nonnulls(${t.shiftId}, ${t.meetingId}, ${t.intakeEscortId}) = 1`),
    index('expense_claims_status_idx').on(t.status, t.submittedAt),
  ],
);
