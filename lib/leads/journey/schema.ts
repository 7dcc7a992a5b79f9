import { z } from 'zod';
import {
  checkbox,
  choice,
  manyOf,
  neighbourhoodCode,
  optionalEmail as email,
  optionalIsoDate as optionalDate,
  optionalText,
  optionalUuid,
  phone,
  requiredText,
  uuid,
} from '@/lib/actions/validation';
import { parseLocalDateTime } from '@/lib/dates';
import { LANGUAGE_CODES } from '@/lib/languages';
import { BARRIERS, CLOSE_REASONS, STEPS } from './steps';

/** Zod schemas of the staff's lead actions. Messages are keys of the `errors` namespace. */

const id = uuid();
const version = z.coerce.number().int().min(1);
const localDateTime = z
  .string()
  .trim()
  .min(1, 'required')
  .transform((v, ctx) => {
    const d = parseLocalDateTime(v);
    if (!d) {
      ctx.addIssue({ code: 'custom', message: 'invalidDate' });
      return z.NEVER;
    }
    return d;
  });

export const leadDetailsSchema = z.object({
  leadId: id,
  version,
  name: requiredText(100),
  phone,
  email,
  language: choice(LANGUAGE_CODES),
  neighbourhood: neighbourhoodCode,
  forWhom: choice(['self', 'other'] as const),
});

export const stepSchema = z
  .object({
    leadId: id,
    version,
    move: choice(['forward', 'close', 'reopen'] as const),
    to: z.enum(STEPS).optional().or(z.literal('').transform(() => undefined)),
    closeReason: z.enum(CLOSE_REASONS).optional().or(z.literal('').transform(() => undefined)),
    planSignedOn: optionalDate,
    note: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.move === 'forward' && !v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'required' });
    if (v.move === 'close' && !v.closeReason) ctx.addIssue({ code: 'custom', path: ['closeReason'], message: 'required' });
  });

export const intakeSchema = z.object({
  leadId: id,
  version,
  intakeAt: localDateTime,
  intakePlace: requiredText(120),
  intakeAccompanied: checkbox,
});

export const planSchema = z
  .object({
    leadId: id,
    version,
    providerId: optionalUuid('invalidChoice'),
    /** A course from the provider's catalogue (lib/providers); its provider becomes the lead's. */
    courseId: optionalUuid('invalidChoice'),
    courseType: optionalText(120),
    offerOn: optionalDate,
    planSignedOn: optionalDate,
    courseStartOn: optionalDate,
  })
  .superRefine((v, ctx) => {
    if (v.planSignedOn && v.offerOn && v.planSignedOn < v.offerOn)
      ctx.addIssue({ code: 'custom', path: ['planSignedOn'], message: 'dateBeforeOffer' });
    if (v.courseStartOn && v.planSignedOn && v.courseStartOn < v.planSignedOn)
      ctx.addIssue({ code: 'custom', path: ['courseStartOn'], message: 'dateBeforeSigned' });
  });

export const barriersSchema = z.object({
  leadId: id,
  version,
  barriers: manyOf(BARRIERS),
  barrierNote: optionalText(500),
});

export const CONTACT_CHANNELS = ['phone', 'sms', 'whatsapp', 'email', 'visit', 'letter'] as const;
export const CONTACT_OUTCOMES = ['reached', 'no_answer', 'voicemail', 'wrong_number', 'callback'] as const;

export const contactAttemptSchema = z.object({
  leadId: id,
  at: localDateTime,
  channel: choice(CONTACT_CHANNELS),
  outcome: choice(CONTACT_OUTCOMES),
  note: optionalText(1000),
});

/** Credit the lead to the network organisation that passed the person on (none to take it away). */
export const networkCreditSchema = z.object({
  leadId: id,
  version,
  networkOrganisationId: optionalUuid('invalidChoice'),
});

export const noteSchema = z.object({ leadId: id, note: requiredText(2000) });

export const assignSchema = z.object({
  leadId: id,
  version,
  assignedTo: optionalUuid('invalidChoice'),
});

/**
 * Merging two leads. With different phone numbers the staff member must confirm "these are the
 * same person" and give a reason (checked in mergeLeads, which knows both numbers). The other
 * lead may be given as its id or as the address of its page (pasted from the browser).
 */
export const mergeSchema = z
  .object({
    keepId: id,
    mergeId: z.preprocess((v) => (typeof v === 'string' ? (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(v)?.[0] ?? v.trim()) : v), id),
    samePerson: checkbox,
    reason: optionalText(500),
  })
  .refine((v) => v.keepId !== v.mergeId, { path: ['mergeId'], message: 'invalidChoice' });
export type MergeInput = z.output<typeof mergeSchema>;

export const staffCreateSchema = z.object({
  name: requiredText(100),
  phone,
  email,
  language: choice(LANGUAGE_CODES),
  neighbourhood: neighbourhoodCode,
  forWhom: choice(['self', 'other'] as const),
  source: choice(['desk', 'network'] as const),
  /** The network organisation that passed the person on (required when the source is "network"). */
  networkOrganisationId: optionalUuid('invalidChoice'),
  consent: z.literal('on', { error: 'consentGiven' }),
  note: optionalText(1000),
  /** Who brought the person to the desk: the lead counts for their channel (createLead's channelOf). */
  creditAmbassador: optionalUuid('invalidChoice'),
  creditAssociation: optionalUuid('invalidChoice'),
}).superRefine((v, ctx) => {
  if (v.source === 'network' && !v.networkOrganisationId) ctx.addIssue({ code: 'custom', path: ['networkOrganisationId'], message: 'newLead.errors.organisationRequired' });
});

export const providerSchema = z.object({ name: requiredText(120) });
export const providerActiveSchema = z.object({ providerId: id, active: z.enum(['true', 'false']) });
