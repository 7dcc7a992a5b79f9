import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    /** The order entries were written in (not the chain's: a long transaction may commit after later ones). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    /**
     * The entry's place in the hash chain, given when it is sealed (lib/audit/seal.ts: shortly after
     * its transaction commits, in commit order as far as the sealer sees it); null until then.
     */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    /** The previous entry's hash (null for the first entry of the chain). */
    prevHash: text('prev_hash'),
    /** sha256 over this entry's fields and prev_hash (lib/audit/chain.ts); entries written before the chain existed have none. */
    hash: text('hash'),
  },
  (t) => [
    index('audit_log_seq_idx').on(t.seq),
    uniqueIndex('audit_log_chain_seq_idx').on(t.chainSeq),
    index('audit_log_unsealed_idx').on(t.seq).where(sql`${t.chainSeq} is null`),
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

/** "Forgot password" links: only the SHA-256 of the token is kept; a link works once, until it expires. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('password_resets_token_hash_uq').on(t.tokenHash), index('password_resets_user_idx').on(t.userId)],
);

/** Single-use recovery codes for the second factor (hashed like passwords). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);
