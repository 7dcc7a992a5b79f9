import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { languageProviders } from './core';

/**
 * The courses a language provider offers for the city (the catalogue): kept by the provider
 * (its own) and the coordinator (all); staff pick one when making an offer, ambassadors show it
 * to residents. Nothing personal in here.
 */
export const providerCourses = pgTable(
  'provider_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => languageProviders.id),
    name: text('name').notNull(),
    /** The level the course leads to or starts at, e.g. "A1", "A2", "B1". */
    level: text('level').notNull(),
    place: text('place').notNull(),
    /** Days and times, as the provider writes them ("ma en wo 9.00–11.30"). */
    schedule: text('schedule').notNull(),
    childcare: boolean('childcare').notNull().default(false),
    free: boolean('free').notNull().default(true),
    placesLeft: integer('places_left').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('provider_courses_provider_idx').on(t.providerId)],
);
