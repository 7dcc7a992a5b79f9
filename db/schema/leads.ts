import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, associations, neighbourhoods, users } from './core';
import { forWhomEnum, leadEventKindEnum, leadSourceEnum, leadStatusEnum } from './enums';

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
    source: leadSourceEnum('source').notNull(),
    recruitedByAmbassadorId: uuid('recruited_by_ambassador_id').references(() => ambassadors.id),
    associationId: uuid('association_id').references(() => associations.id),
    /** The ?ref= code used on the public page, kept as given. */
    referralCode: text('referral_code'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
    consentVersion: text('consent_version').notNull(),
    status: leadStatusEnum('status').notNull().default('new'),
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
