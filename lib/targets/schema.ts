import { z } from 'zod';
import { fieldErrorsOf, uuid, wholeNumber } from '@/lib/actions/validation';
import { isIsoDate } from '@/lib/dates';

export const MAX_TARGET = 100_000;
/** The channels a target can be scoped to (db/schema's lead_channel). */
export const TARGET_CHANNELS = ['public', 'ambassador', 'association', 'network', 'desk', 'participant'] as const;
/** How a pair's lead counts in personal results: the recruiter only, both in full, half each. */
export const PAIR_RULES = ['recruiter', 'both', 'half'] as const;
export type PairRule = (typeof PAIR_RULES)[number];

/**
 * The schemas' messages are this feature's message keys (`targets.errors.*` in the message files);
 * the action wrapper hands them to the form as they are.
 */
const E = {
  required: 'targets.errors.required',
  tooLong: 'targets.errors.tooLong',
  invalidDate: 'targets.errors.invalidDate',
  endNotAfterStart: 'targets.errors.endNotAfterStart',
  targetRange: 'targets.errors.targetRange',
  personalTargetRange: 'targets.errors.personalTargetRange',
  notFound: 'targets.errors.notFound',
  invalidChoice: 'invalidChoice',
} as const;

const isoDate = z.string(E.required).trim().min(1, E.required).refine(isIsoDate, E.invalidDate);


/** A new period: name, first and last day (inclusive; the end after the start), group target 1…100,000. */
export const periodSchema = z
  .object({
    name: z.string(E.required).trim().min(1, E.required).max(100, E.tooLong),
    startsOn: isoDate,
    endsOn: isoDate,
    groupTarget: wholeNumber(1, MAX_TARGET, { required: E.required, format: E.targetRange }),
    /** Only this channel's plans count ("" or absent: every channel). */
    channel: z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), z.enum(TARGET_CHANNELS, E.invalidChoice).nullable()),
    pairRule: z.preprocess((v) => (v === '' || v === undefined || v === null ? 'recruiter' : v), z.enum(PAIR_RULES, E.invalidChoice)),
  })
  // Runs even when another field is wrong, so the user sees every problem at once.
  .refine((v) => !isIsoDate(v.startsOn.trim()) || !isIsoDate(v.endsOn.trim()) || v.endsOn.trim() > v.startsOn.trim(), {
    path: ['endsOn'],
    message: E.endNotAfterStart,
    when: (payload) => {
      const v = payload.value as Record<string, unknown> | undefined;
      return typeof v?.startsOn === 'string' && typeof v?.endsOn === 'string';
    },
  });
export type PeriodInput = z.output<typeof periodSchema>;

/** Validates a period form: the parsed input, or one message key per field. */
export function parsePeriod(
  raw: unknown,
): { ok: true; data: PeriodInput } | { ok: false; fieldErrors: Record<string, string> } {
  const r = periodSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: fieldErrorsOf(r.error) };
}

/** A personal target: set a number (0…100,000), or clear it to return to the equal split. */
export const personalTargetSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('set'),
    periodId: uuid(E.notFound),
    ambassadorId: uuid(E.notFound),
    target: wholeNumber(0, MAX_TARGET, { required: E.required, format: E.personalTargetRange }),
  }),
  z.object({
    intent: z.literal('clear'),
    periodId: uuid(E.notFound),
    ambassadorId: uuid(E.notFound),
  }),
]);
export type PersonalTargetInput = z.output<typeof personalTargetSchema>;

