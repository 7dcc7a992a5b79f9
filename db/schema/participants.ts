import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';
import { leads } from './leads';

/**
 * A participant's personal referral link (lib/participants): a lead whose course has started gets a
 * code for `/?ref=<code>`, like an ambassador's, without an account. Revoking keeps the row.
 */
export const participantReferralLinks = pgTable('participant_referral_links', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The participant (a lead at "started" or "completed"). */
  leadId: uuid('lead_id')
    .notNull()
    .unique()
    .references(() => leads.id, { onDelete: 'cascade' }),
  code: text('code').notNull().unique(),
  createdByUserId: uuid('created_by_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * A lead that signed up through a participant's link: "via a participant". One row per such lead
 * (its leads.source stays how it came in, "public"; leads.referral_code holds the code).
 */
export const participantReferrals = pgTable(
  'participant_referrals',
  {
    leadId: uuid('lead_id')
      .primaryKey()
      .references(() => leads.id, { onDelete: 'cascade' }),
    participantLeadId: uuid('participant_lead_id')
      .notNull()
      .references(() => leads.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => participantReferralLinks.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('participant_referrals_participant_idx').on(t.participantLeadId)],
);
