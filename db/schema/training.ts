import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';
import { dagdeelEnum } from './field';

/**
 * The ambassadors' training (lib/training): modules (the source's topics plus early signalling and
 * the social map), sessions of a module on a date and dagdeel, attendance per ambassador, and the
 * certificate with its public verification code.
 */
export const trainingModules = pgTable('training_modules', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Stable key of a default module ('social_map' gates referring); null for modules added later. */
  key: text('key').unique(),
  nameNl: text('name_nl').notNull(),
  nameEn: text('name_en').notNull(),
  descriptionNl: text('description_nl'),
  descriptionEn: text('description_en'),
  /** Needed for the certificate (and for being scheduled). */
  required: boolean('required').notNull().default(false),
  /** Inactive modules get no new sessions and no longer count as required. */
  active: boolean('active').notNull().default(true),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => trainingModules.id),
    date: date('date', { mode: 'string' }).notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    room: text('room').notNull(),
    trainer: text('trainer').notNull(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('training_sessions_date_idx').on(t.date), index('training_sessions_module_idx').on(t.moduleId)],
);

/** Present or absent, per ambassador per session, as recorded by the coordinator. */
export const trainingAttendance = pgTable(
  'training_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    attended: boolean('attended').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.ambassadorId] }), index('training_attendance_ambassador_idx').on(t.ambassadorId)],
);

/**
 * A certificate: issued when the required modules are done. The code is the public, unguessable
 * verification code (/certificaat/<code>); at most one valid (not revoked) certificate per ambassador.
 */
export const trainingCertificates = pgTable(
  'training_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    code: text('code').notNull().unique(),
    /** The name as printed on the certificate. */
    holderName: text('holder_name').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedByUserId: uuid('issued_by_user_id').references(() => users.id),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByUserId: uuid('revoked_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('training_certificates_valid_uq').on(t.ambassadorId).where(sql`${t.revokedAt} IS NULL`)],
);
