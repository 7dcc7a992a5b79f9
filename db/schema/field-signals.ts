import { boolean, index, pgTable, uuid } from 'drizzle-orm/pg-core';
import { signals } from './community';
import { referrals, taxonomy_term } from './socialmap';

/**
 * What an ambassador's signal adds to a signal (lib/signals): the social map's theme, whether a
 * resident is involved (never who), urgent, and the referral staff turned it into. Its own table
 * because the themes and referrals live in the social map's schema.
 */
export const fieldSignalDetails = pgTable(
  'field_signal_details',
  {
    signalId: uuid('signal_id')
      .primaryKey()
      .references(() => signals.id, { onDelete: 'cascade' }),
    themeId: uuid('theme_id')
      .notNull()
      .references(() => taxonomy_term.id),
    residentInvolved: boolean('resident_involved').notNull().default(false),
    urgent: boolean('urgent').notNull().default(false),
    referralId: uuid('referral_id').references(() => referrals.id, { onDelete: 'set null' }),
  },
  (t) => [index('field_signal_details_theme_idx').on(t.themeId)],
);
