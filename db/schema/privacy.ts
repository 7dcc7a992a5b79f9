import { date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './core';

export const privacyRequestKindEnum = pgEnum('privacy_request_kind', ['access', 'erasure', 'withdrawal', 'correction']);
/**
 * open: received, not yet handled (a withdrawal waits for the phone check); awaiting_approval: an
 * erasure asked by one staff member, waiting for a second one; done; rejected.
 */
export const privacyRequestStatusEnum = pgEnum('privacy_request_status', ['open', 'awaiting_approval', 'done', 'rejected']);

/**
 * A data-subject request (AVG art. 15, 16, 17, consent withdrawal) with its legal deadline (one month).
 * Holds the phone number only while the request is open: cleared when it is done or rejected.
 */
export const privacyRequests = pgTable(
  'privacy_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: privacyRequestKindEnum('kind').notNull(),
    status: privacyRequestStatusEnum('status').notNull().default('open'),
    /** E.164; the withdrawal form's number, or the number a staff member searched by. */
    phone: text('phone'),
    /** The leads the request is about (ids only). */
    leadIds: uuid('lead_ids').array().notNull().default([]),
    /** 'public' for the withdrawal page, 'staff' for a request taken by phone, desk or letter. */
    channel: text('channel').notNull().default('staff'),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id),
    approvedByUserId: uuid('approved_by_user_id').references(() => users.id),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** receivedAt + one month (Amsterdam date). */
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('privacy_requests_status_idx').on(t.status, t.dueOn)],
);

/**
 * The privacy settings: one row (`id = 'default'`); missing values mean the pilot's defaults in
 * lib/privacy/settings.ts. Retention in months per kind of data, the processing register (art. 30)
 * and the privacy officer's contact shown on the privacy statement.
 */
export const privacySettings = pgTable('privacy_settings', {
  id: text('id').primaryKey(),
  retention: jsonb('retention').$type<Record<string, number>>(),
  register: jsonb('register').$type<Record<string, string>>(),
  officerName: text('officer_name'),
  officerEmail: text('officer_email'),
  officerPhone: text('officer_phone'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
});
