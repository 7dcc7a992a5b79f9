import { pgEnum } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['admin', 'coordinator', 'caseworker', 'ambassador', 'association', 'coach', 'provider']);

export const leadSourceEnum = pgEnum('lead_source', ['public', 'ambassador', 'association', 'network', 'desk']);

/**
 * The channel a lead counts for in results and targets (`source` stays how it came in): a public
 * sign-up through an ambassador's referral link counts for `ambassador`; a desk lead credited to
 * an ambassador or an association counts for theirs; `participant`: a participant's referral link.
 * Set by createLead (lib/leads/create.ts: `channelOf`).
 */
export const leadChannelEnum = pgEnum('lead_channel', ['public', 'ambassador', 'association', 'network', 'desk', 'participant']);

/** How a lead recruited by a pair counts in personal results: the recruiter only, both in full, or half each. */
export const pairRuleEnum = pgEnum('pair_rule', ['recruiter', 'both', 'half']);

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

/**
 * An ambassador's place in the corps: candidate → interview → vog → training → active → paused /
 * stopped. The transitions are fixed in code (lib/ambassadors/lifecycle.ts).
 */
export const ambassadorStatusEnum = pgEnum('ambassador_status', ['candidate', 'interview', 'vog', 'training', 'active', 'paused', 'stopped']);

/** Where a candidate ambassador came from: the participants' survey (a later issue), a language provider's nomination, or entered by hand. */
export const candidateSourceEnum = pgEnum('candidate_source', ['survey', 'provider', 'manual']);

/** Why an ambassador stopped; paid work, a subsidised job and study count as a programme result. */
export const stopReasonEnum = pgEnum('stop_reason', ['paid_work', 'subsidised_job', 'study', 'moved', 'personal', 'other']);

export const interviewOutcomeEnum = pgEnum('interview_outcome', ['suitable', 'doubt', 'not_suitable']);

/** Recognisable clothing: the polo and the rain jacket "Zoetermeer helpt u verder". */
export const clothingItemEnum = pgEnum('clothing_item', ['polo', 'rain_jacket']);

/** How an NT2 level was shown: a diploma or a test. */
export const nt2EvidenceEnum = pgEnum('nt2_evidence', ['diploma', 'test']);

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

/** Half-day shifts ("dagdelen"): the unit of ambassador work and of the allowance (lib/dagdelen.ts). */
export const dagdeelEnum = pgEnum('dagdeel', ['morning', 'afternoon', 'evening']);
