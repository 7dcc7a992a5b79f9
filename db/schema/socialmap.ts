import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  doublePrecision,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  time,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { neighbourhoods, users } from './core';
import { leads } from './leads';

/**
 * The social map ("sociale kaart"), modelled on Open Referral HSDS 3.x: table and column names
 * follow HSDS where it has them (organization, service, location, address, phone, schedule,
 * language, taxonomy, taxonomy_term, service_at_location, contact, attribute). Additions of our
 * own: the wijken a service serves, and the full-text search vector.
 */

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** HSDS service status values. */
export const serviceStatusEnum = pgEnum('service_status', ['active', 'inactive', 'defunct', 'temporarily closed']);

export const organization = pgTable('organization', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  alternate_name: text('alternate_name'),
  description: text('description').notNull(),
  email: text('email'),
  website: text('website'),
  /** Retired organisations stay for history but leave the map. */
  status: serviceStatusEnum('status').notNull().default('active'),
  last_modified: timestamp('last_modified', { withTimezone: true }).notNull().defaultNow(),
});

export const service = pgTable(
  'service',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organization_id: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    name: text('name').notNull(),
    alternate_name: text('alternate_name'),
    description: text('description'),
    url: text('url'),
    email: text('email'),
    /** Where referral notices go (curated; not published in the open data API). */
    referral_email: text('referral_email'),
    status: serviceStatusEnum('status').notNull().default('active'),
    interpretation_services: text('interpretation_services'),
    application_process: text('application_process'),
    fees_description: text('fees_description'),
    eligibility_description: text('eligibility_description'),
    /** HSDS: the date the information was last verified ("assured"). Stale after 12 months. */
    assured_date: date('assured_date', { mode: 'string' }),
    assurer_email: text('assurer_email'),
    alert: text('alert'),
    last_modified: timestamp('last_modified', { withTimezone: true }).notNull().defaultNow(),
    /** Dutch full-text search over name, alternate name and description (weighted). */
    search_vector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('dutch', coalesce(name, '')), 'A') || setweight(to_tsvector('dutch', coalesce(alternate_name, '')), 'B') || setweight(to_tsvector('dutch', coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    index('service_search_idx').using('gin', t.search_vector),
    index('service_organization_idx').on(t.organization_id),
    index('service_status_idx').on(t.status),
    index('service_modified_idx').on(t.last_modified),
  ],
);

export const location = pgTable('location', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** HSDS: physical, postal or virtual. */
  location_type: text('location_type').notNull().default('physical'),
  organization_id: uuid('organization_id').references(() => organization.id),
  name: text('name'),
  description: text('description'),
  transportation: text('transportation'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  neighbourhood_id: uuid('neighbourhood_id').references(() => neighbourhoods.id),
});

export const address = pgTable('address', {
  id: uuid('id').primaryKey().defaultRandom(),
  location_id: uuid('location_id')
    .notNull()
    .references(() => location.id, { onDelete: 'cascade' }),
  address_1: text('address_1').notNull(),
  address_2: text('address_2'),
  city: text('city').notNull(),
  region: text('region'),
  state_province: text('state_province').notNull(),
  postal_code: text('postal_code').notNull(),
  country: text('country').notNull().default('NL'),
  address_type: text('address_type').notNull().default('physical'),
});

export const service_at_location = pgTable(
  'service_at_location',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    service_id: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    location_id: uuid('location_id')
      .notNull()
      .references(() => location.id, { onDelete: 'cascade' }),
    description: text('description'),
  },
  (t) => [index('sal_service_idx').on(t.service_id), index('sal_location_idx').on(t.location_id)],
);

export const phone = pgTable(
  'phone',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    location_id: uuid('location_id').references(() => location.id, { onDelete: 'cascade' }),
    service_id: uuid('service_id').references(() => service.id, { onDelete: 'cascade' }),
    organization_id: uuid('organization_id').references(() => organization.id, { onDelete: 'cascade' }),
    contact_id: uuid('contact_id'),
    service_at_location_id: uuid('service_at_location_id').references(() => service_at_location.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    extension: text('extension'),
    /** HSDS: text, voice, fax, cell, video, pager, textphone. */
    type: text('type'),
    description: text('description'),
  },
  (t) => [index('phone_service_idx').on(t.service_id)],
);

export const schedule = pgTable(
  'schedule',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    service_id: uuid('service_id').references(() => service.id, { onDelete: 'cascade' }),
    location_id: uuid('location_id').references(() => location.id, { onDelete: 'cascade' }),
    service_at_location_id: uuid('service_at_location_id').references(() => service_at_location.id, { onDelete: 'cascade' }),
    valid_from: date('valid_from', { mode: 'string' }),
    valid_to: date('valid_to', { mode: 'string' }),
    /** RFC 5545-style: weekly opening hours are freq=WEEKLY with byday=MO,TU,… */
    freq: text('freq'),
    byday: text('byday'),
    opens_at: time('opens_at'),
    closes_at: time('closes_at'),
    description: text('description'),
    notes: text('notes'),
  },
  (t) => [index('schedule_service_idx').on(t.service_id)],
);

export const language = pgTable(
  'language',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    service_id: uuid('service_id').references(() => service.id, { onDelete: 'cascade' }),
    location_id: uuid('location_id').references(() => location.id, { onDelete: 'cascade' }),
    phone_id: uuid('phone_id').references(() => phone.id, { onDelete: 'cascade' }),
    name: text('name'),
    /** ISO 639 code. */
    code: text('code'),
    note: text('note'),
  },
  (t) => [index('language_service_idx').on(t.service_id), index('language_code_idx').on(t.code)],
);

export const contact = pgTable('contact', {
  id: uuid('id').primaryKey().defaultRandom(),
  organization_id: uuid('organization_id').references(() => organization.id, { onDelete: 'cascade' }),
  service_id: uuid('service_id').references(() => service.id, { onDelete: 'cascade' }),
  service_at_location_id: uuid('service_at_location_id').references(() => service_at_location.id, { onDelete: 'cascade' }),
  location_id: uuid('location_id').references(() => location.id, { onDelete: 'cascade' }),
  name: text('name'),
  title: text('title'),
  department: text('department'),
  email: text('email'),
});

export const taxonomy = pgTable('taxonomy', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  uri: text('uri'),
  version: text('version'),
});

export const taxonomy_term = pgTable(
  'taxonomy_term',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code'),
    name: text('name').notNull(),
    description: text('description').notNull(),
    parent_id: uuid('parent_id'),
    taxonomy: text('taxonomy'),
    language: text('language'),
    taxonomy_id: uuid('taxonomy_id').references(() => taxonomy.id),
    term_uri: text('term_uri'),
  },
  (t) => [index('taxonomy_term_parent_idx').on(t.parent_id), index('taxonomy_term_code_idx').on(t.code)],
);

/** HSDS attribute: links a taxonomy term to an entity (here: services to their themes). */
export const attribute = pgTable(
  'attribute',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    link_id: uuid('link_id').notNull(),
    taxonomy_term_id: uuid('taxonomy_term_id')
      .notNull()
      .references(() => taxonomy_term.id, { onDelete: 'cascade' }),
    link_type: text('link_type'),
    /** e.g. "service" */
    link_entity: text('link_entity').notNull(),
    value: text('value'),
  },
  (t) => [index('attribute_link_idx').on(t.link_entity, t.link_id), index('attribute_term_idx').on(t.taxonomy_term_id)],
);

/** The wijken a service serves (our addition). */
export const service_neighbourhood = pgTable(
  'service_neighbourhood',
  {
    service_id: uuid('service_id')
      .notNull()
      .references(() => service.id, { onDelete: 'cascade' }),
    neighbourhood_id: uuid('neighbourhood_id')
      .notNull()
      .references(() => neighbourhoods.id),
  },
  (t) => [primaryKey({ columns: [t.service_id, t.neighbourhood_id] }), index('service_neighbourhood_n_idx').on(t.neighbourhood_id)],
);

export const referralStatusEnum = pgEnum('referral_status', ['sent', 'in_contact', 'helped', 'not_helped', 'not_interested', 'expired']);
export const contactPreferenceEnum = pgEnum('contact_preference', ['phone', 'sms', 'whatsapp', 'email', 'in_person']);

/** A closed-loop referral of a resident to a service on the social map. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    service_id: uuid('service_id')
      .notNull()
      .references(() => service.id),
    /** An existing lead of the referrer's, or null with a first name + phone. */
    lead_id: uuid('lead_id').references(() => leads.id),
    first_name: text('first_name'),
    phone: text('phone'),
    consent_at: timestamp('consent_at', { withTimezone: true }).notNull(),
    referred_by_user_id: uuid('referred_by_user_id')
      .notNull()
      .references(() => users.id),
    /** Why: the theme (a taxonomy term). */
    taxonomy_term_id: uuid('taxonomy_term_id').references(() => taxonomy_term.id),
    neighbourhood_id: uuid('neighbourhood_id').references(() => neighbourhoods.id),
    contact_preference: contactPreferenceEnum('contact_preference').notNull(),
    status: referralStatusEnum('status').notNull().default('sent'),
    status_reason: text('status_reason'),
    last_update_at: timestamp('last_update_at', { withTimezone: true }).notNull().defaultNow(),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referrals_referrer_idx').on(t.referred_by_user_id, t.created_at),
    index('referrals_status_idx').on(t.status, t.last_update_at),
  ],
);

export const referralEvents = pgTable(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    referral_id: uuid('referral_id')
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    from_status: referralStatusEnum('from_status'),
    to_status: referralStatusEnum('to_status').notNull(),
    actor_user_id: uuid('actor_user_id').references(() => users.id),
    note: text('note'),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referral_events_referral_idx').on(t.referral_id, t.created_at)],
);

/**
 * An uploaded HSDS package waiting for the curator's confirmation (at most one day): the
 * parsed, size-checked JSON, readable only by the user who uploaded it. The id is the token in
 * the preview's URL (random). In the database, so every app instance sees it.
 */
export const hsdsPendingImports = pgTable(
  'hsds_pending_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    user_id: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    file_name: text('file_name').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hsds_pending_imports_created_idx').on(t.created_at)],
);
