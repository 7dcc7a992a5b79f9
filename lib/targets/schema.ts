import { z } from 'zod';
import { isoDate, requiredText, uuid } from '@/lib/actions/validation';
import { isIsoDate } from '@/lib/dates';

export const MAX_TARGET = 100_000;

/**
 * Message keys of this feature's forms (namespace `targets.errors`). The schemas use them as
 * their messages; `targetFieldErrors` turns zod issues into one key per field.
 */
export const TARGET_ERROR_KEYS = [
  'required',
  'tooLong',
  'invalidDate',
  'endNotAfterStart',
  'targetRange',
  'personalTargetRange',
  'notFound',
  'notActive',
  'invalidForm',
] as const;
export type TargetErrorKey = (typeof TARGET_ERROR_KEYS)[number];


/** A whole number from a form field, within [min, max]. */
function wholeNumber(min: number, max: number, message: TargetErrorKey) {
  return z
    .string()
    .trim()
    .min(1, 'required')
    .regex(/^-?\d+$/, message)
    .transform((s) => Number(s))
    .refine((n) => n >= min && n <= max, message);
}

/** A new period: name, first and last day (inclusive; the end after the start), group target 1…100,000. */
export const periodSchema = z
  .object({
    name: requiredText(100),
    startsOn: isoDate,
    endsOn: isoDate,
    groupTarget: wholeNumber(1, MAX_TARGET, 'targetRange'),
  })
  // Runs even when another field is wrong, so the user sees every problem at once.
  .refine((v) => !isIsoDate(v.startsOn.trim()) || !isIsoDate(v.endsOn.trim()) || v.endsOn.trim() > v.startsOn.trim(), {
    path: ['endsOn'],
    message: 'endNotAfterStart',
    when: (payload) => {
      const v = payload.value as Record<string, unknown> | undefined;
      return typeof v?.startsOn === 'string' && typeof v?.endsOn === 'string';
    },
  });
export type PeriodInput = z.output<typeof periodSchema>;

/** Validates a period form: the parsed input, or one message key per field. */
export function parsePeriod(
  raw: unknown,
): { ok: true; data: PeriodInput } | { ok: false; fieldErrors: Record<string, TargetErrorKey> } {
  const r = periodSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, fieldErrors: targetFieldErrors(r.error) };
}

/** A personal target: set a number (0…100,000), or clear it to return to the equal split. */
export const personalTargetSchema = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('set'),
    periodId: uuid('notFound'),
    ambassadorId: uuid('notFound'),
    target: wholeNumber(0, MAX_TARGET, 'personalTargetRange'),
  }),
  z.object({
    intent: z.literal('clear'),
    periodId: uuid('notFound'),
    ambassadorId: uuid('notFound'),
  }),
]);
export type PersonalTargetInput = z.output<typeof personalTargetSchema>;

/** Zod issues → one message key per field (the first issue wins); unknown messages become `invalidForm`. */
export function targetFieldErrors(error: z.ZodError): Record<string, TargetErrorKey> {
  const out: Record<string, TargetErrorKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (field in out) continue;
    if ((TARGET_ERROR_KEYS as readonly string[]).includes(issue.message)) out[field] = issue.message as TargetErrorKey;
    else if (issue.code === 'invalid_type') out[field] = 'required';
    else out[field] = 'invalidForm';
  }
  return out;
}
