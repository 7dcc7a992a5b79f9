import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ambassadors } from './core';
import { leadChannelEnum, pairRuleEnum } from './enums';

/** A period with a group target of signed course plans (e.g. 75 for 2010-07-01 … 2010-12-31). */
export const targetPeriods = pgTable('target_periods', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  groupTarget: integer('group_target').notNull(),
  /** Only plans from leads of this channel count towards the target; null: every channel. */
  channel: leadChannelEnum('channel'),
  /** How a pair's lead counts in the personal results of this period. */
  pairRule: pairRuleEnum('pair_rule').notNull().default('recruiter'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A personal target that overrides the equal split of the group target. */
export const ambassadorTargets = pgTable(
  'ambassador_targets',
  {
    periodId: uuid('period_id')
      .notNull()
      .references(() => targetPeriods.id, { onDelete: 'cascade' }),
    ambassadorId: uuid('ambassador_id')
      .notNull()
      .references(() => ambassadors.id),
    target: integer('target').notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodId, t.ambassadorId] })],
);
