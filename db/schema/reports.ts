import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

/** The cost ledger's categories (allowances are not booked here: they come from paid claims). */
export const costCategoryEnum = pgEnum('cost_category', [
  'coaching_bureau',
  'vog',
  'clothing',
  'passes',
  'flyers',
  'rooms',
  'project_worker',
  'other',
]);

/**
 * One cost in the ledger, over a span of days (a year's coaching contract, one order of flyers
 * on one day). A report period gets the part of each entry that falls inside it, by days.
 */
export const costEntries = pgTable(
  'cost_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    category: costCategoryEnum('category').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    amountCents: integer('amount_cents').notNull(),
    note: text('note'),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cost_entries_span_idx').on(t.startsOn, t.endsOn)],
);

export const reportStatusEnum = pgEnum('report_status', ['draft', 'published']);

/**
 * A version of the evaluation report for a period: the coordinator's narrative per section and,
 * once published, the figures as they were (`snapshot`), so a published version never changes.
 */
export const reportVersions = pgTable(
  'report_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: reportStatusEnum('status').notNull().default('draft'),
    /** Section key → the coordinator's text. */
    narratives: jsonb('narratives').$type<Record<string, string>>().notNull().default({}),
    /** The report's figures at publication (null while a draft: drafts are read live). */
    snapshot: jsonb('snapshot').$type<unknown>(),
    createdByUserId: uuid('created_by_user_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_versions_period_idx').on(t.startsOn, t.endsOn)],
);
