import { date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, associations, languageProviders, users } from './core';
import { ambassadorStatusEnum, clothingItemEnum, interviewOutcomeEnum, roleEnum, stopReasonEnum } from './enums';

/** Every change of an ambassador's place in the corps: who, when, from, to, and a note. */
export const ambassadorStatusEvents = pgTable(
  'ambassador_status_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    /** Null for the first row (the profile was created). */
    fromStatus: ambassadorStatusEnum('from_status'),
    toStatus: ambassadorStatusEnum('to_status').notNull(),
    /** Set when `toStatus` is `stopped`. */
    stopReason: stopReasonEnum('stop_reason'),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ambassador_status_events_amb_idx').on(t.ambassadorId, t.createdAt)],
);

/** The job-style interview of a candidate with city officials. */
export const ambassadorInterviews = pgTable(
  'ambassador_interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    panel: text('panel').notNull(),
    outcome: interviewOutcomeEnum('outcome').notNull(),
    notes: text('notes'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ambassador_interviews_amb_idx').on(t.ambassadorId)],
);

/** Recognisable clothing handed out: one row per ambassador and item. */
export const ambassadorClothing = pgTable(
  'ambassador_clothing',
  {
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    item: clothingItemEnum('item').notNull(),
    size: text('size'),
    issuedOn: date('issued_on', { mode: 'string' }),
    returnedOn: date('returned_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ name: 'ambassador_clothing_pk', columns: [t.ambassadorId, t.item] })],
);

/** The volunteer agreement, accepted by the ambassador in the portal: which version, when, by which account. */
export const agreementAcceptances = pgTable(
  'agreement_acceptances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    version: text('version').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('agreement_acceptances_amb_version_uq').on(t.ambassadorId, t.version)],
);

/**
 * An invitation to create a portal account: a one-time link to set a password. Only a SHA-256
 * hash of the token is stored; it is used once (`usedAt`) and expires (`expiresAt`). Generic over
 * roles: an ambassador or association invite carries its profile link.
 */
export const userInvites = pgTable(
  'user_invites',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: roleEnum('role').notNull(),
    ambassadorId: uuid('ambassador_id').references(() => ambassadors.id),
    associationId: uuid('association_id').references(() => associations.id),
    providerId: uuid('provider_id').references(() => languageProviders.id),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** A newer invite for the same person, or the ambassador stopped. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    /** The account the invite created. */
    userId: uuid('user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_invites_token_hash_uq').on(t.tokenHash), index('user_invites_ambassador_idx').on(t.ambassadorId)],
);
