import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'coordinator', 'caseworker', 'ambassador', 'association']);

export const leadSourceEnum = pgEnum('lead_source', ['public', 'ambassador', 'association', 'network', 'desk']);

/** The resident's journey. Order and meaning are fixed in code (lib/leads/journey/steps.ts). */
export const leadStatusEnum = pgEnum('lead_status', [
  'new',
  'contacted',
  'registered',
  'intake',
  'offer',
  'plan_signed',
  'started',
  'completed',
  'closed',
]);

export const forWhomEnum = pgEnum('for_whom', ['self', 'other']);

export const ambassadorStatusEnum = pgEnum('ambassador_status', ['candidate', 'active', 'stopped']);

export const leadEventKindEnum = pgEnum('lead_event_kind', [
  'created',
  'status_change',
  'repeat_signup',
  'note',
  'assigned',
  'intake',
  'plan',
  'details',
  'merged',
]);

export const closeReasonEnum = pgEnum('close_reason', ['not_reachable', 'not_interested', 'moved', 'obliged_route', 'other']);

export const barrierEnum = pgEnum('barrier', [
  'childcare',
  'working_hours',
  'transport',
  'costs',
  'health',
  'low_motivation',
  'other',
]);

export const contactChannelEnum = pgEnum('contact_channel', ['phone', 'sms', 'whatsapp', 'email', 'visit', 'letter']);

export const contactOutcomeEnum = pgEnum('contact_outcome', ['reached', 'no_answer', 'voicemail', 'wrong_number', 'callback']);

/** What a contact from the field wants: a course, other help (the social map), or both. */
export const wantsEnum = pgEnum('wants', ['course', 'other_help', 'both']);
