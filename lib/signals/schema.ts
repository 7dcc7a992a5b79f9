import { z } from 'zod';
import { checkbox, choice, chosenId, phone, requiredText, uuid, wijkCode } from '@/lib/actions/validation';
import { CONTACT_PREFERENCES } from '@/lib/socialmap/referrals/schema';
import { LANGUAGE_CODES } from '@/lib/languages';

/**
 * Signals: an association tells the project worker about something (potential participants,
 * community development, a concern); staff reply, mark them handled and link leads.
 */

export const MAX_SIGNAL_TEXT = 2000;

export const SIGNAL_KINDS = ['potential_participants', 'community_development', 'concern'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** A new signal from the association (its own area). */
export const signalSchema = z.object({
  kind: choice(SIGNAL_KINDS),
  text: requiredText(MAX_SIGNAL_TEXT),
});
export type SignalInput = z.output<typeof signalSchema>;

/** The coordinator's reply to a signal; the association sees it. */
export const signalReplySchema = z.object({
  signalId: uuid('signalsInbox.errors.notFound'),
  text: requiredText(2000),
  /** "Reply and mark handled" in one go. */
  handle: checkbox,
});
export type SignalReplyInput = z.output<typeof signalReplySchema>;

export const signalStatusSchema = z.object({
  signalId: uuid('signalsInbox.errors.notFound'),
  handled: z.enum(['true', 'false'], 'invalidChoice').transform((v) => v === 'true'),
});

export const signalLeadSchema = z.object({ signalId: uuid('signalsInbox.errors.notFound'), leadId: uuid('signalsInbox.errors.leadNotFound') });

export const SIGNAL_STATUS_FILTERS = ['new', 'handled', 'all'] as const;
export type SignalStatusFilter = (typeof SIGNAL_STATUS_FILTERS)[number];

/** Inbox filters from the URL (?status=new|handled|all&association=<id>); new by default, bad values ignored. */
export const signalFilterSchema = z.object({
  status: z.enum(SIGNAL_STATUS_FILTERS).catch('new'),
  source: z.enum(['all', 'association', 'ambassador']).catch('all'),
  association: uuid().optional().catch(undefined),
});
export type SignalFilters = z.output<typeof signalFilterSchema>;

export function parseSignalFilters(sp: Record<string, string | string[] | undefined> | null | undefined): SignalFilters {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' && first !== '') raw[k] = first;
  }
  return signalFilterSchema.parse(raw);
}

/** The lead search on a signal's page (?q=&scope=association|all). */
export const leadSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  scope: z.enum(['association', 'all']).catch('association'),
});

// ── Signals from the field (an ambassador's) ──────────────────────────────────────────────────

export const MAX_FIELD_SIGNAL_TEXT = 500;

/**
 * An ambassador's signal: theme, wijk, a short description, whether a resident is involved, urgent.
 * There is no field for a resident's name or phone: with the resident's consent the ambassador
 * registers a contact (a lead) or a referral instead.
 */
export const fieldSignalSchema = z.object({
  themeId: chosenId(),
  neighbourhood: wijkCode('choiceRequired'),
  text: requiredText(MAX_FIELD_SIGNAL_TEXT),
  residentInvolved: choice(['yes', 'no'] as const).transform((v) => v === 'yes'),
  urgent: checkbox,
});
export type FieldSignalInput = z.output<typeof fieldSignalSchema>;

/** Staff turn an ambassador's signal into a referral: the resident agreed; the service and their details. */
export const signalReferralSchema = z
  .object({
    signalId: uuid('signalsInbox.errors.notFound'),
    serviceId: uuid('invalidChoice'),
    firstName: requiredText(100),
    phone,
    consent: z.literal('on', { error: 'consentRequired' }),
    contactPreference: choice(CONTACT_PREFERENCES),
  });
export type SignalReferralInput = z.output<typeof signalReferralSchema>;

/** Staff turn a signal into a lead: the resident agreed to be contacted about the course. */
export const signalNewLeadSchema = z.object({
  signalId: uuid('signalsInbox.errors.notFound'),
  name: requiredText(100),
  phone,
  language: choice(LANGUAGE_CODES),
  consent: z.literal('on', { error: 'consentRequired' }),
});
export type SignalNewLeadInput = z.output<typeof signalNewLeadSchema>;

/** The "signalen voor beleid" overview: a period (months back) and optionally one theme or wijk. */
export const POLICY_PERIODS = ['1', '3', '6', '12'] as const;
export const policyFilterSchema = z.object({
  months: z.enum(POLICY_PERIODS).catch('3'),
});
export type PolicyFilters = z.output<typeof policyFilterSchema>;
