import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

/**
 * Who viewed or changed what. Entries never contain personal data: ids, action names and
 * pseudonymous (HMAC) IP hashes only.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: uuid('entity_id'),
    ipHash: text('ip_hash'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    /** The chain's order: entries are written one at a time (lib/audit takes an advisory lock). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /** The previous entry's hash (null for the first entry of the chain). */
    prevHash: text('prev_hash'),
    /** sha256 over this entry's fields and prev_hash (lib/audit/chain.ts); entries written before the chain existed have none. */
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_seq_idx').on(t.seq),
    index('audit_log_action_idx').on(t.action, t.at),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId, t.at),
  ],
);

/** Fixed-window counters shared by every process (login throttling, sign-up flood control). */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
});
