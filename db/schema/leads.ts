import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { importBatches, networkOrganisations, signals } from './community';
import { intakeSlots } from './intake';
import { ambassadors, associations, languageProviders, neighbourhoods, users } from './core';
import { providerCourses } from './providers';
import {
  barrierEnum,
  closeReasonEnum,
  contactChannelEnum,
  contactOutcomeEnum,
  dagdeelEnum,
  forWhomEnum,
  leadChannelEnum,
  leadEventKindEnum,
  leadSourceEnum,
  leadStatusEnum,
  wantsEnum,
} from './enums';

/** A resident who could follow a civic-integration course. */
export const leads = pgTable(
  'leads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** E.164, e.g. +31612345678. */
    phone: text('phone').notNull(),
    email: text('email'),
    /** ISO 639 code, or "other". */
    preferredLanguage: text('preferred_language').notNull(),
    /** Null means "other / outside the listed wijken". */
    neighbourhoodId: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    forWhom: forWhomEnum('for_whom').notNull().default('self'),
    wants: wantsEnum('wants').notNull().default('course'),
    source: leadSourceEnum('source').notNull(),
    /** The channel it counts for (see leadChannelEnum); createLead sets it from source and attribution. */
    channel: leadChannelEnum('channel').notNull().default('public'),
    recruitedByAmbassadorId: uuid('recruited_by_ambassador_id').references(() => ambassadors.id),
    associationId: uuid('association_id').references(() => associations.id),
    /** The network organisation that passed this person on (source "network"). */
    networkOrganisationId: uuid('network_organisation_id').references(() => networkOrganisations.id),
    /** The association file import this lead came from. */
    importBatchId: uuid('import_batch_id').references(() => importBatches.id),
    /** The ?ref= code used on the public page, kept as given. */
    referralCode: text('referral_code'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    consentVersion: text('consent_version').notNull(),
    status: leadStatusEnum('status').notNull().default('new'),
    closeReason: closeReasonEnum('close_reason'),
    /** The shift partner of the recruiting ambassador, when known. */
    partnerAmbassadorId: uuid('partner_ambassador_id').references(() => ambassadors.id),
    /** Staff member following this lead up. */
    assignedToUserId: uuid('assigned_to_user_id').references(() => users.id),
    barriers: barrierEnum('barriers').array().notNull().default(sql`'{}'::barrier[]`),
    barrierNote: text('barrier_note'),
    /** Last contact attempt or step change; "overdue" is measured from here. */
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when this lead was merged into another; merged leads leave every list. */
    mergedIntoId: uuid('merged_into_id'),
    /** Set when the person's data was erased (AVG art. 17) or its retention ran out: the row stays as an anonymous record for counts. */
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    /** The earliest contact attempt's time (kept by a trigger on contact_attempts, for the reports' lead times). */
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    /** Intake appointment at the city desk. */
    intakeAt: timestamp('intake_at', { withTimezone: true }),
    intakePlace: text('intake_place'),
    intakeAccompanied: boolean('intake_accompanied').notNull().default(false),
    /** The desk's slot the intake is booked in (null: set by hand, or none). */
    intakeSlotId: uuid('intake_slot_id').references(() => intakeSlots.id),
    /** The resident asked on the sign-up form for an ambassador who speaks their language to come along. */
    escortRequested: boolean('escort_requested').notNull().default(false),
    /** What the resident brings to the intake, ticked beforehand (INTAKE_CHECKLIST in lib/intake). */
    intakeChecklist: text('intake_checklist').array().notNull().default(sql`'{}'::text[]`),
    /** Offer and course plan. */
    providerId: uuid('provider_id').references(() => languageProviders.id),
    /** The course from the provider's catalogue the offer is for (lib/providers). */
    courseId: uuid('course_id').references(() => providerCourses.id),
    courseType: text('course_type'),
    offerOn: date('offer_on', { mode: 'string' }),
    planSignedOn: date('plan_signed_on', { mode: 'string' }),
    courseStartOn: date('course_start_on', { mode: 'string' }),
    /** Optimistic-locking counter, bumped on every staff edit. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('leads_phone_idx').on(t.phone),
    index('leads_status_idx').on(t.status),
    index('leads_created_at_idx').on(t.createdAt),
    index('leads_ambassador_idx').on(t.recruitedByAmbassadorId),
    index('leads_association_idx').on(t.associationId),
    index('leads_assigned_idx').on(t.assignedToUserId),
    index('leads_last_activity_idx').on(t.lastActivityAt),
    index('leads_plan_signed_idx').on(t.planSignedOn),
    index('leads_neighbourhood_idx').on(t.neighbourhoodId),
    index('leads_language_idx').on(t.preferredLanguage),
    index('leads_source_idx').on(t.source),
    // Reports: a period of sign-ups by channel, and plans signed by channel.
    index('leads_channel_created_idx').on(t.channel, t.createdAt),
    index('leads_network_idx').on(t.networkOrganisationId),
    // A provider's residents (lib/providers: scoped by provider in WHERE).
    index('leads_provider_idx').on(t.providerId),
    index('leads_intake_slot_idx').on(t.intakeSlotId),
    // Sorting by name, and substring search on name and phone at 100,000 leads.
    index('leads_name_lower_idx').on(sql`lower(${t.name})`),
    index('leads_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
    index('leads_phone_trgm_idx').using('gin', sql`${t.phone} gin_trgm_ops`),
  ],
);

/** Every step, repeat sign-up and note on a lead: who, when, from, to. */
export const leadEvents = pgTable(
  'lead_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    kind: leadEventKindEnum('kind').notNull(),
    fromStatus: leadStatusEnum('from_status'),
    toStatus: leadStatusEnum('to_status'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    note: text('note'),
    /** Free-form, non-personal context (e.g. {"source":"public","ref":"AB12"}). */
    meta: jsonb('meta').$type<Record<string, string | number | boolean | null>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('lead_events_lead_idx').on(t.leadId, t.createdAt)],
);

/** Attempts to reach a resident: date, channel, outcome. */
export const contactAttempts = pgTable(
  'contact_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    channel: contactChannelEnum('channel').notNull(),
    outcome: contactOutcomeEnum('outcome').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_attempts_lead_idx').on(t.leadId, t.at)],
);

/** Admin-chosen display names of the journey's steps (the order and meaning stay in code). */
export const stepNames = pgTable(
  'step_names',
  {
    status: leadStatusEnum('status').notNull(),
    locale: text('locale').notNull(),
    name: text('name').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.locale] })],
);

/** Leads a coordinator linked to an association's signal (here, beside leads: community.ts never imports leads.ts). */
export const signalLeads = pgTable(
  'signal_leads',
  {
    signalId: uuid('signal_id')
      .notNull()
      .references(() => signals.id, { onDelete: 'cascade' }),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.signalId, t.leadId] })],
);

export const intakeEscortStatusEnum = pgEnum('intake_escort_status', ['invited', 'accepted', 'declined']);

/**
 * The ambassador asked to go along to a lead's intake at the desk: invited by the coordinator or
 * caseworker, accepted or declined by the ambassador. Date and dagdeel are copied from the
 * appointment (for the ambassador's week, the feed and the allowance claim); `starts_at` is the
 * appointment itself. One escort per lead.
 */
export const intakeEscorts = pgTable(
  'intake_escorts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    leadId: uuid('lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    dagdeel: dagdeelEnum('dagdeel').notNull(),
    place: text('place').notNull(),
    status: intakeEscortStatusEnum('status').notNull().default('invited'),
    assignedByUserId: uuid('assigned_by_user_id').references(() => users.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('intake_escorts_lead_uq').on(t.leadId), index('intake_escorts_ambassador_idx').on(t.ambassadorId, t.date)],
);
