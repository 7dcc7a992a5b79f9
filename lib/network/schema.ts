import { z } from 'zod';
import { networkContactKindEnum, networkKindEnum } from '@/db/schema';
import {
  checkbox,
  choice,
  isoDate,
  optionalEmailLowerCase,
  optionalPhone,
  optionalText,
  optionalUuid,
  optionalWijkCode,
  requiredText,
  uuid,
  wijkCode,
} from '@/lib/actions/validation';
import { daysFrom } from '@/lib/dates';
import { MAX_VISIT_EVERY_WEEKS } from './rounds';

export const NETWORK_KINDS = networkKindEnum.enumValues;
export type NetworkKind = (typeof NETWORK_KINDS)[number];
export const CONTACT_KINDS = networkContactKindEnum.enumValues;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * The project worker retells the message often: an organisation not contacted for more than this
 * many days per week of its visit frequency is flagged (weekly: more than 7 days; every four
 * weeks: more than 28).
 */
export const CONTACT_OVERDUE_DAYS = 7;

/** The days without contact after which an organisation visited every `visitEveryWeeks` weeks is flagged. */
export const overdueAfterDays = (visitEveryWeeks = 1) => CONTACT_OVERDUE_DAYS * Math.max(1, Math.trunc(visitEveryWeeks) || 1);


/** A network organisation: new (no id) or edited. The wijk is a neighbourhood code, or blank for none. */
export const organisationSchema = z.object({
  id: optionalUuid(),
  name: requiredText(120),
  kind: choice(NETWORK_KINDS),
  wijk: optionalWijkCode(),
  contactPerson: optionalText(120),
  phone: optionalPhone,
  email: optionalEmailLowerCase,
  mayApproachMembers: checkbox,
  /** The round: visit every this many weeks (blank = weekly). */
  visitEveryWeeks: z.preprocess(
    (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? 1 : Number(v)),
    z.number('network.errors.visitEvery').int('network.errors.visitEvery').min(1, 'network.errors.visitEvery').max(MAX_VISIT_EVERY_WEEKS, 'network.errors.visitEvery'),
  ),
  notes: optionalText(2000),
  active: checkbox,
});
export type OrganisationInput = z.output<typeof organisationSchema>;

/** One entry of the contact log: when, who (a staff member), how, what was said, the next step. */
export const networkContactSchema = z.object({
  organisationId: uuid('network.errors.notFound'),
  date: isoDate,
  userId: uuid('network.errors.unknownUser'),
  kind: z.enum(CONTACT_KINDS, 'invalidChoice'),
  notes: optionalText(2000),
  nextStep: optionalText(500),
  /** The offer was told again at this contact. */
  offerRetold: checkbox,
});
export type NetworkContactInput = z.output<typeof networkContactSchema>;

/** List filters from the URL (?kind=&wijk=&overdue=1); a bad value is ignored, never an error. */
export const organisationFilterSchema = z.object({
  kind: z.enum(NETWORK_KINDS).optional().catch(undefined),
  wijk: wijkCode().optional().catch(undefined),
  overdue: z
    .unknown()
    .transform((v) => v === '1' || v === 'on' || v === 'true')
    .catch(false),
  inactive: z
    .unknown()
    .transform((v) => v === '1' || v === 'on' || v === 'true')
    .catch(false),
});
export type OrganisationFilters = z.output<typeof organisationFilterSchema>;

export function parseOrganisationFilters(sp: Record<string, string | string[] | undefined> | null | undefined): OrganisationFilters {
  const raw: Record<string, string> = {};
  for (const [k, v] of Object.entries(sp ?? {})) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string' && first !== '') raw[k] = first;
  }
  return organisationFilterSchema.parse(raw);
}

/** Whole days from the last contact to today; null when never contacted. */
export function daysSince(lastContactOn: string | null, today: string): number | null {
  if (!lastContactOn) return null;
  return daysFrom(lastContactOn, today);
}

/** Never contacted, or longer ago than its visit frequency allows (weekly: exactly 7 days is still on time). */
export function isContactOverdue(days: number | null, visitEveryWeeks = 1): boolean {
  return days === null || days > overdueAfterDays(visitEveryWeeks);
}
