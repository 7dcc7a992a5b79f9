import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, associations, neighbourhoods, users } from './core';

/** Trusted people inside a community ("sleutelfiguren") an association puts us in touch with. */
export const keyFigures = pgTable(
  'key_figures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    associationId: uuid('association_id')
      .notNull()
      .references(() => associations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    role: text('role'),
    phone: text('phone'),
    email: text('email'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('key_figures_association_idx').on(t.associationId)],
);

export const importStatusEnum = pgEnum('import_status', ['previewed', 'imported']);

/**
 * A file import awaiting or past confirmation: a contacts file an association uploaded (`kind`
 * 'contacts'), or one of the administrator's onboarding files (lib/onboarding: ambassadors,
 * associations, network organisations, leads, language providers; no association). The preview's
 * valid rows are kept here until the user confirms, so exactly what was previewed is imported,
 * once (the batch id is the idempotency key).
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'contacts' (an association's file) or an onboarding kind (lib/onboarding/kinds.ts). */
    kind: text('kind').notNull().default('contacts'),
    associationId: uuid('association_id').references(() => associations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    status: importStatusEnum('status').notNull().default('previewed'),
    rowCount: integer('row_count').notNull(),
    validCount: integer('valid_count').notNull(),
    importedCount: integer('imported_count').notNull().default(0),
    /** Valid rows awaiting confirmation; cleared once imported (no personal data kept longer than needed). */
    rows: jsonb('rows').$type<Record<string, string | null>[] | null>(),
    /** Rows that failed, with their reasons, for the download; cleared after 14 days. */
    failedRows: jsonb('failed_rows').$type<{ row: number; values: Record<string, string>; errors: Record<string, string>; errorValues?: Record<string, Record<string, string | number>> }[]>(),
    /** An onboarding import's result: how many records it created, updated and left unchanged. */
    summary: jsonb('summary').$type<{ created: number; updated: number; unchanged: number }>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    importedAt: timestamp('imported_at', { withTimezone: true }),
  },
  (t) => [
    index('import_batches_association_idx').on(t.associationId, t.createdAt),
    index('import_batches_kind_idx').on(t.kind, t.createdAt),
    check('import_batches_contacts_association_ck', sql`${t.kind} <> 'contacts' or ${t.associationId} is not null`),
  ],
);

export const signalKindEnum = pgEnum('signal_kind', ['potential_participants', 'community_development', 'concern']);
export const signalStatusEnum = pgEnum('signal_status', ['new', 'handled']);
export const signalSourceEnum = pgEnum('signal_source', ['association', 'ambassador']);

/**
 * A signal passed on to the project worker: by an association (kind + text), or by an ambassador
 * from the field (theme, wijk, text, whether a resident is involved, urgent). A signal never holds
 * a resident's name or phone: with the resident's consent it becomes a referral or a lead instead.
 */
export const signals = pgTable(
  'signals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: signalSourceEnum('source').notNull().default('association'),
    associationId: uuid('association_id').references(() => associations.id),
    ambassadorId: uuid('ambassador_id').references(() => ambassadors.id),
    userId: uuid('user_id').references(() => users.id),
    /** The association's kind of signal (null for an ambassador's). */
    kind: signalKindEnum('kind'),
    /** The wijk the signal is about (an ambassador's signal; its theme etc. in field_signal_details). */
    neighbourhoodId: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    text: text('text').notNull(),
    status: signalStatusEnum('status').notNull().default('new'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    handledByUserId: uuid('handled_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('signals_association_idx').on(t.associationId, t.createdAt),
    index('signals_ambassador_idx').on(t.ambassadorId, t.createdAt),
    index('signals_status_idx').on(t.status),
    check(
      'signals_source_ck',
      sql`(${t.source} = 'association' and ${t.associationId} is not null and ${t.kind} is not null) or (${t.source} = 'ambassador' and ${t.ambassadorId} is not null)`,
    ),
  ],
);

export const signalReplies = pgTable(
  'signal_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('signal_replies_signal_idx').on(t.signalId, t.createdAt)],
);


export const networkKindEnum = pgEnum('network_kind', [
  'primary_school',
  'child_health_clinic',
  'mosque',
  'welfare',
  'language_provider',
  'other',
]);
export const networkContactKindEnum = pgEnum('network_contact_kind', ['visit', 'call', 'meeting', 'email']);

/** Schools, clinics, the mosque, welfare organisations: the project worker's network. */
export const networkOrganisations = pgTable(
  'network_organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: networkKindEnum('kind').notNull(),
    neighbourhoodId: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    contactPerson: text('contact_person'),
    phone: text('phone'),
    email: text('email'),
    /** The round: visit every this many weeks (1 = weekly). */
    visitEveryWeeks: integer('visit_every_weeks').notNull().default(1),
    /** "We may approach their members directly" (the source's shortest route). */
    mayApproachMembers: boolean('may_approach_members').notNull().default(false),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('network_organisations_name_uq').on(t.name)],
);

/** The contact log with a network organisation: the message must be retold every month. */
export const networkContacts = pgTable(
  'network_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => networkOrganisations.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    kind: networkContactKindEnum('kind').notNull(),
    notes: text('notes'),
    nextStep: text('next_step'),
    /** The offer was told again at this contact (it must be retold every month). */
    offerRetold: boolean('offer_retold').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_contacts_org_idx').on(t.organisationId, t.date)],
);
