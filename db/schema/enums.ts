import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'coordinator', 'caseworker', 'ambassador', 'association']);

export const leadSourceEnum = pgEnum('lead_source', ['public', 'ambassador', 'association', 'network', 'desk']);

/** The resident's journey. Order and meaning are fixed in code (lib/leads/steps.ts). */
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

export const leadEventKindEnum = pgEnum('lead_event_kind', ['created', 'status_change', 'repeat_signup', 'note']);
