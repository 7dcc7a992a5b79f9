import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ambassadors, users } from './core';
import { bytea } from './field';

/**
 * The ambassador's digital pass (lib/ambassadors/pass.ts): the photo the coordinator uploaded and
 * the random code the pass's QR opens (`/pas/<code>`, which says only whether the pass is valid
 * now). The pass's number and dates stay on `ambassadors` (pass_*).
 */
export const ambassadorPasses = pgTable('ambassador_passes', {
  ambassadorId: uuid('ambassador_id')
    .primaryKey()
    .references(() => ambassadors.id, { onDelete: 'cascade' }),
  checkCode: text('check_code').notNull().unique(),
  photo: bytea('photo'),
  photoType: text('photo_type'),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
