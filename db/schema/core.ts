import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadorStatusEnum, candidateSourceEnum, nt2EvidenceEnum, roleEnum, stopReasonEnum } from './enums';

/** Schools that run the courses ("taalaanbieders"); the coordinator keeps this registry. */
export const languageProviders = pgTable('language_providers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Zoetermeer neighbourhoods ("wijken"). */
export const neighbourhoods = pgTable('neighbourhoods', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});

export const associations = pgTable('associations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  community: text('community').notNull(),
  contactPerson: text('contact_person'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  /** Free text about the (small) subsidy the association receives. */
  subsidyNote: text('subsidy_note'),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const ambassadors = pgTable(
  'ambassadors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    displayName: text('display_name').notNull(),
    /** ISO 639 codes of the languages the ambassador speaks. */
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /**
     * Background / community of origin. Special-category data, purpose-bound: used for matching
     * (lib/shifts/suggestions) and the diversity overview only; never in lists for other roles, never in logs.
     */
    countryOfOrigin: text('country_of_origin'),
    neighbourhoodId: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    /** CEFR level of Dutch as a second language, e.g. "A2". */
    nt2Level: text('nt2_level'),
    nt2Evidence: nt2EvidenceEnum('nt2_evidence'),
    nt2EvidenceOn: date('nt2_evidence_on', { mode: 'string' }),
    hasChildren: boolean('has_children').notNull().default(false),
    /** The schools of the ambassador's children (free text), for school-gate matching. */
    childrenSchools: text('children_schools'),
    phone: text('phone'),
    email: text('email'),
    source: candidateSourceEnum('source').notNull().default('manual'),
    /** A language provider's nomination: who nominated, and why. */
    nominatedByProviderId: uuid('nominated_by_provider_id').references(() => languageProviders.id),
    nominationMotivation: text('nomination_motivation'),
    /** Certificate of conduct (VOG): requested, received (the eligibility rule), issued on, cost. */
    vogRequestedOn: date('vog_requested_on', { mode: 'string' }),
    vogReceivedOn: date('vog_received_on', { mode: 'string' }),
    vogIssuedOn: date('vog_issued_on', { mode: 'string' }),
    vogCostCents: integer('vog_cost_cents'),
    /** The municipal pass for identification. */
    passNumber: text('pass_number'),
    passIssuedOn: date('pass_issued_on', { mode: 'string' }),
    passExpiresOn: date('pass_expires_on', { mode: 'string' }),
    passReturnedOn: date('pass_returned_on', { mode: 'string' }),
    status: ambassadorStatusEnum('status').notNull().default('candidate'),
    /** Stable code for the public page's ?ref= link. */
    referralCode: text('referral_code').notNull().unique(),
    /** Secret in the ambassador's personal calendar-feed URL; renewable. */
    calendarToken: text('calendar_token')
      .notNull()
      .unique()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    startedOn: timestamp('started_on', { withTimezone: true }),
    stoppedOn: timestamp('stopped_on', { withTimezone: true }),
    /** A note on stopping (free text); the reason itself is `stopReasonCode`. */
    stopReason: text('stop_reason'),
    stopReasonCode: stopReasonEnum('stop_reason_code'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ambassadors_status_idx').on(t.status)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: roleEnum('role').notNull(),
    active: boolean('active').notNull().default(true),
    /** Bumped to end all of the user's sessions (deactivation); the session cookie carries it. */
    sessionVersion: integer('session_version').notNull().default(1),
    ambassadorId: uuid('ambassador_id').references(() => ambassadors.id),
    associationId: uuid('association_id').references(() => associations.id),
    /** A language provider's account (role `provider`): the one provider whose residents it sees. */
    providerId: uuid('provider_id').references(() => languageProviders.id),
    /** The TOTP secret (base32) of the second factor; set at enrolment, confirmed when `totpEnabledAt` is set. */
    totpSecret: text('totp_secret'),
    totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
    /** The time step of the last accepted code: a code is accepted once. */
    totpLastStep: integer('totp_last_step'),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** The portal language the user chose (lib/i18n/routing.ts portalLocalesFor); null: not chosen (the cookie, else Dutch). */
    locale: text('locale'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

/**
 * The installation's own settings: one row (`id = 'default'`), written by the first-run page (/setup)
 * and the administrator's public-page settings (/admin/public-page). `publicPage` holds what the
 * public sign-up page tells residents; missing values mean the defaults in lib/public-page/defaults.ts.
 */
export const installationSettings = pgTable('installation_settings', {
  id: text('id').primaryKey().default('default'),
  municipalityName: text('municipality_name').notNull(),
  publicPage: jsonb('public_page').$type<Record<string, unknown>>(),
  /** Staff sessions end after this many minutes without a request (null: STAFF_IDLE_MINUTES, 30); lib/auth/idle-settings.ts. */
  staffIdleMinutes: integer('staff_idle_minutes'),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
