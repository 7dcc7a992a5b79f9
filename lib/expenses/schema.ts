import { z } from 'zod';
import { ActionError } from '@/lib/actions/errors';
import { isUuid, isoDate, uuid } from '@/lib/actions/validation';
import { MAX_RECEIPT_BYTES } from './filetype';
import { parseEuroAmount } from './rates';

/**
 * Message keys of the expense forms (namespace `expenses.errors`). The schemas use them as their
 * messages; the mutations throw them as ActionError keys.
 */
export const EXPENSE_ERROR_KEYS = [
  'invalidForm',
  'required',
  'tooLong',
  'invalidDate',
  'receiptRequired',
  'receiptEmpty',
  'receiptTooLarge',
  'receiptType',
  'shiftNotFound',
  'notAttended',
  'alreadyClaimed',
  'noRate',
  'noProfile',
  'claimNotFound',
  'notSubmitted',
  'reasonRequired',
  'nothingSelected',
  'notApproved',
  'amountInvalid',
  'rateExists',
] as const;
export type ExpenseErrorKey = (typeof EXPENSE_ERROR_KEYS)[number];

export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const MAX_REASON = 500;
/** The most claims one "mark paid" submission may carry. */
export const MAX_PAY_BATCH = 500;

/** The ambassador's claim: which shift, and the receipt as uploaded (checked for content later). */
export const claimSchema = z.object({
  shiftId: uuid('shiftNotFound'),
  receipt: z
    .instanceof(File, { message: 'receiptRequired' })
    // The browser sends an empty, nameless file when none was chosen.
    .refine((f) => f.size > 0 || f.name !== '', 'receiptRequired')
    .refine((f) => f.size > 0 || f.name === '', 'receiptEmpty')
    .refine((f) => f.size <= MAX_RECEIPT_BYTES, 'receiptTooLarge'),
});

export const decisionSchema = z.object({ claimId: uuid('claimNotFound') });

export const rejectSchema = z.object({
  claimId: uuid('claimNotFound'),
  reason: z.string('reasonRequired').trim().min(1, 'reasonRequired').max(MAX_REASON, 'tooLong'),
});

/** Checkboxes: none ticked → no field at all; one → a string; several → an array. */
export const paySchema = z.object({
  claimIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(uuid('claimNotFound')).min(1, 'nothingSelected').max(MAX_PAY_BATCH, 'tooLong'),
  ),
});

/** A new rate: an amount in euros ("7,25") from a day on. */
export const rateSchema = z.object({
  amount: z
    .string('required')
    .trim()
    .min(1, 'required')
    .transform((s, ctx) => {
      const cents = parseEuroAmount(s);
      if (cents === null || cents < 1 || cents > 100_000) {
        ctx.addIssue({ code: 'custom', message: 'amountInvalid' });
        return z.NEVER;
      }
      return cents;
    }),
  validFrom: isoDate,
});

/** "YYYY-MM" with a real month. */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The coordinator's queue filters from the URL; a value that makes no sense is ignored, not an error. */
export interface QueueFilters {
  ambassadorId?: string;
  month?: string;
  status?: ClaimStatus;
}

export function parseQueueFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): QueueFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    return (Array.isArray(v) ? v[0] : v) ?? undefined;
  };
  const ambassador = get('ambassador');
  const month = get('month');
  const status = get('status');
  return {
    ambassadorId: isUuid(ambassador) ? ambassador : undefined,
    month: isMonth(month) ? month : undefined,
    status: (CLAIM_STATUSES as readonly string[]).includes(status ?? '') ? (status as ClaimStatus) : undefined,
  };
}

/** Zod issues → one message key per field (the first issue wins); unknown messages become `invalidForm`. */
export function expenseFieldErrors(error: z.ZodError): Record<string, ExpenseErrorKey> {
  const out: Record<string, ExpenseErrorKey> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (field in out) continue;
    if ((EXPENSE_ERROR_KEYS as readonly string[]).includes(issue.message)) out[field] = issue.message as ExpenseErrorKey;
    else if (issue.code === 'invalid_type') out[field] = 'required';
    else out[field] = 'invalidForm';
  }
  return out;
}

/** Fields the user never sees (hidden ids, checkbox sets): their error is the form's error. */
const FORM_LEVEL_FIELDS = ['shiftId', 'claimId', 'claimIds', '_form'];

/**
 * Parses a form with one of the schemas above, or throws an ActionError: the message of a hidden
 * field becomes the form error; errors of visible fields come back per field under `invalidForm`.
 */
export function parseForm<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const fieldErrors = expenseFieldErrors(r.error);
  const hidden = FORM_LEVEL_FIELDS.find((f) => f in fieldErrors);
  if (hidden) throw new ActionError(fieldErrors[hidden]!);
  throw new ActionError('invalidForm', fieldErrors);
}

/** The first day of a month and the first day of the next one (YYYY-MM-DD), for `date >= from AND date < to`. */
export function monthBounds(month: string): { from: string; to: string } {
  if (!isMonth(month)) throw new Error(`not a month: ${month}`);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}
