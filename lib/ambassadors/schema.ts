import { z } from 'zod';
import {
  blankToUndefined,
  checkbox,
  choice,
  isoDate,
  manyOf,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  optionalUuid,
  requiredText,
  searchParam,
  type SearchParams,
  uuid,
} from '@/lib/actions/validation';
import { parseEuroAmount } from '@/lib/expenses/rates';
import { LANGUAGE_CODES } from '@/lib/languages';
import { isIsoDate } from '@/lib/dates';
import {
  AMBASSADOR_STATUSES,
  type AmbassadorStatus,
  CANDIDATE_SOURCES,
  type CandidateSource,
  CLOTHING_ITEMS,
  ENTERED_SOURCES,
  INTERVIEW_OUTCOMES,
  NT2_EVIDENCE,
  NT2_LEVELS,
  STOP_REASONS,
  type StopReason,
} from './lifecycle';
import { MAX_PASS_PHOTO_BYTES } from './pass-rules';

/** Form schemas of the corps. Feature message keys are `corps.errors.*`. */

const E = {
  providerRequired: 'corps.errors.providerRequired',
  amountInvalid: 'corps.errors.amountInvalid',
  notFound: 'corps.errors.notFound',
} as const;

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, choice(values).optional()).transform((v) => v ?? null);

const ambassadorId = uuid(E.notFound);

/** The profile (new and edit). Background is optional and purpose-bound (matching and the diversity overview). */
export const profileSchema = z
  .object({
    ambassadorId: optionalUuid(E.notFound),
    name: requiredText(120),
    languages: manyOf(LANGUAGE_CODES),
    background: optionalText(80),
    neighbourhood: z.preprocess(blankToUndefined, z.string().trim().max(40, 'invalidChoice').optional()).transform((v) => v ?? null),
    nt2Level: optionalChoice(NT2_LEVELS),
    nt2Evidence: optionalChoice(NT2_EVIDENCE),
    nt2EvidenceOn: optionalIsoDate,
    hasChildren: checkbox,
    childrenSchools: optionalText(300),
    phone: optionalPhone,
    email: optionalEmail,
    source: z.preprocess((v) => (v === undefined || v === '' ? 'manual' : v), choice(ENTERED_SOURCES)),
    providerId: optionalUuid('invalidChoice'),
    motivation: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (!v.ambassadorId && v.source === 'provider' && !v.providerId) ctx.addIssue({ code: 'custom', path: ['providerId'], message: E.providerRequired });
  });
export type ProfileInput = z.output<typeof profileSchema>;

/** A step along the lifecycle (not stopping). `confirmNt2` confirms the NT2 warning at activation. */
export const moveSchema = z.object({
  ambassadorId,
  to: choice(AMBASSADOR_STATUSES.filter((s) => s !== 'stopped') as unknown as readonly ['candidate', ...string[]]),
  note: optionalText(1000),
  confirmNt2: checkbox,
});
export type MoveInput = z.output<typeof moveSchema>;

export const stopSchema = z.object({
  ambassadorId,
  stoppedOn: isoDate,
  reason: choice(STOP_REASONS),
  note: optionalText(1000),
});
export type StopInput = z.output<typeof stopSchema>;

export const interviewSchema = z.object({
  ambassadorId,
  heldOn: isoDate,
  panel: requiredText(200),
  outcome: choice(INTERVIEW_OUTCOMES),
  notes: optionalText(2000),
});
export type InterviewInput = z.output<typeof interviewSchema>;

const optionalEuros = z
  .preprocess(blankToUndefined, z.string().trim().optional())
  .transform((s, ctx) => {
    if (s === undefined) return null;
    const cents = parseEuroAmount(s);
    if (cents === null || cents < 0 || cents > 100_000) {
      ctx.addIssue({ code: 'custom', message: E.amountInvalid });
      return z.NEVER;
    }
    return cents;
  });

export const vogSchema = z.object({
  ambassadorId,
  requestedOn: optionalIsoDate,
  receivedOn: optionalIsoDate,
  issuedOn: optionalIsoDate,
  cost: optionalEuros,
});
export type VogInput = z.output<typeof vogSchema>;

export const passSchema = z.object({
  ambassadorId,
  passNumber: optionalText(40),
  issuedOn: optionalIsoDate,
  expiresOn: optionalIsoDate,
  returnedOn: optionalIsoDate,
});
export type PassInput = z.output<typeof passSchema>;

/** One form for both items: `<item>Size`, `<item>IssuedOn`, `<item>ReturnedOn`. */
export const clothingSchema = z.object({
  ambassadorId,
  ...Object.fromEntries(
    CLOTHING_ITEMS.flatMap((item) => [
      [`${item}Size`, optionalText(10)],
      [`${item}IssuedOn`, optionalIsoDate],
      [`${item}ReturnedOn`, optionalIsoDate],
    ]),
  ),
}) as unknown as z.ZodType<{ ambassadorId: string } & Record<`${(typeof CLOTHING_ITEMS)[number]}${'Size' | 'IssuedOn' | 'ReturnedOn'}`, string | null>>;
export type ClothingInput = z.output<typeof clothingSchema>;

export const ambassadorIdSchema = z.object({ ambassadorId });

export const agreementSchema = z.object({ version: requiredText(20) });

/** The pass photo the coordinator uploads (its type is decided from its bytes by the mutation). */
export const passPhotoSchema = z.object({
  ambassadorId: uuid('corps.errors.notFound'),
  photo: z
    .file('corps.errors.photoRequired')
    .refine((f) => f.size > 0 || f.name !== '', 'corps.errors.photoRequired')
    .refine((f) => f.size > 0 || f.name === '', 'corps.errors.photoEmpty')
    .max(MAX_PASS_PHOTO_BYTES, 'corps.errors.photoTooLarge'),
});

/**
 * The corps list's filters from the query string, as the evaluation report's figures link to it:
 * a step, a source, a stop reason, the days a candidate came in on, the days someone stopped on
 * (Amsterdam days, both ends included). Anything unknown is left out, never an error.
 */
export interface CorpsFilters {
  status?: AmbassadorStatus;
  source?: CandidateSource;
  reason?: StopReason;
  cameFrom?: string;
  cameTo?: string;
  stoppedFrom?: string;
  stoppedTo?: string;
}

export function parseCorpsFilters(params: SearchParams): CorpsFilters {
  const get = (k: string) => searchParam(params, k);
  const oneOf = <T extends string>(values: readonly T[], v: string | undefined) => (values as readonly string[]).includes(v ?? '') ? (v as T) : undefined;
  const day = (v: string | undefined) => (v && isIsoDate(v) ? v : undefined);
  const f: CorpsFilters = {
    status: oneOf(AMBASSADOR_STATUSES, get('status')),
    source: oneOf(CANDIDATE_SOURCES, get('source')),
    reason: oneOf(STOP_REASONS, get('reason')),
    cameFrom: day(get('cameFrom')),
    cameTo: day(get('cameTo')),
    stoppedFrom: day(get('stoppedFrom')),
    stoppedTo: day(get('stoppedTo')),
  };
  return Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as CorpsFilters;
}

/** The corps list showing what a figure counts. */
export function corpsListHref(f: CorpsFilters): string {
  const q = new URLSearchParams(Object.entries(f).filter(([, v]) => v !== undefined) as [string, string][]);
  const s = q.toString();
  return s ? `/staff/ambassadors?${s}#corps` : '/staff/ambassadors';
}
