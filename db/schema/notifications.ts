import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

/**
 * pending: waiting for (another) attempt; sending: claimed by a worker until `next_attempt_at`
 * (a lease: a crashed worker's row is claimable again after it); sent; failed: gave up after the
 * maximum number of attempts.
 */
export const notificationStatusEnum = pgEnum('notification_status', ['pending', 'sending', 'sent', 'failed']);

/**
 * The outbox: one row per message, written in the same transaction as the change that causes it
 * (lib/notifications/outbox.ts) and sent by the worker (lib/notifications/worker.ts). The text is
 * rendered from `template` + `params` in `locale` when it is sent or shown; `params` never holds
 * a resident's personal data, `last_error` only an error's name or code.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** A user of the portal (address looked up when sending), or null with `recipient_address`. */
    recipient_user_id: uuid('recipient_user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** An address outside the portal (an organisation's referral e-mail, an invitee). */
    recipient_address: text('recipient_address'),
    channel: text('channel').notNull().default('email'),
    template: text('template').notNull(),
    locale: text('locale').notNull().default('nl'),
    params: jsonb('params').$type<Record<string, string | number>>().notNull().default(sql`'{}'::jsonb`),
    /** Makes producing a message idempotent (a shift reminder: once per shift and person). */
    dedupe_key: text('dedupe_key'),
    status: notificationStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    next_attempt_at: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    sent_at: timestamp('sent_at', { withTimezone: true }),
    last_error: text('last_error'),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_due_idx').on(t.status, t.next_attempt_at),
    index('notifications_created_idx').on(t.created_at),
    uniqueIndex('notifications_dedupe_uq').on(t.dedupe_key),
  ],
);

/** A user's choices: the language of their messages and the kinds of message they turned off. */
export const notificationSettings = pgTable('notification_settings', {
  user_id: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  locale: text('locale').notNull().default('nl'),
  muted: text('muted').array().notNull().default(sql`'{}'::text[]`),
  updated_at: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Single-purpose signed links that were used (the signature's hash), so each works once. */
export const usedSignedLinks = pgTable('used_signed_links', {
  hash: text('hash').primaryKey(),
  used_at: timestamp('used_at', { withTimezone: true }).notNull().defaultNow(),
});
