import { z } from 'zod';
import { isIsoDate } from '@/lib/dates';
import { isUuid, optionalUuid, searchParam, type SearchParams, uuid } from '@/lib/actions/validation';
import { MAX_RECEIPT_BYTES } from './filetype';
import { parseEuroAmount } from './rates';

/** This feature's message keys (`expenses.errors.*`), used as the schemas' messages. */
const E = {
  required: 'expenses.errors.required',
  tooLong: 'expenses.errors.tooLong',
  invalidDate: 'expenses.errors.invalidDate',
  receiptRequired: 'expenses.errors.receiptRequired',
  receiptEmpty: 'expenses.errors.receiptEmpty',
  receiptTooLarge: 'expenses.errors.receiptTooLarge',
  shiftNotFound: 'expenses.errors.shiftNotFound',
  claimNotFound: 'expenses.errors.claimNotFound',
  reasonRequired: 'expenses.errors.reasonRequired',
  nothingSelected: 'expenses.errors.nothingSelected',
  amountInvalid: 'expenses.errors.amountInvalid',
} as const;

export const CLAIM_STATUSES = ['submitted', 'approved', 'rejected', 'paid'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const MAX_REASON = 500;
/** The most claims one "mark paid" submission may carry. */
export const MAX_PAY_BATCH = 500;

/**
 * The ambassador's claim: which dagdeel — a shift (hidden field `shiftId`), a meeting
 * (`meetingId`) or an accompanied intake (`intakeEscortId`), exactly one — and the receipt as uploaded (a File; its content is checked by the
 * action from its first bytes).
 */
export const claimSchema = z.object({
  shiftId: optionalUuid(E.shiftNotFound),
  meetingId: optionalUuid(E.shiftNotFound),
  intakeEscortId: optionalUuid(E.shiftNotFound),
  receipt: z
    .file(E.receiptRequired)
    // The browser sends an empty, nameless file when none was chosen.
    .refine((f) => f.size > 0 || f.name !== '', E.receiptRequired)
    .refine((f) => f.size > 0 || f.name === '', E.receiptEmpty)
    .max(MAX_RECEIPT_BYTES, E.receiptTooLarge),
}).refine((v) => [v.shiftId, v.meetingId, v.intakeEscortId].filter((id) => id !== null).length === 1, { message: E.shiftNotFound, path: ['_form'] });

export const decisionSchema = z.object({ claimId: uuid(E.claimNotFound) });

export const rejectSchema = z.object({
  claimId: uuid(E.claimNotFound),
  reason: z.string(E.reasonRequired).trim().min(1, E.reasonRequired).max(MAX_REASON, E.tooLong),
});

/** Checkboxes: none ticked → no field at all; one → a string; several → an array. */
export const paySchema = z.object({
  claimIds: z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
    z.array(uuid(E.claimNotFound)).min(1, E.nothingSelected).max(MAX_PAY_BATCH, E.tooLong),
  ),
});

/** A new rate: an amount in euros ("7,25") from a day on. */
export const rateSchema = z.object({
  amount: z
    .string(E.required)
    .trim()
    .min(1, E.required)
    .transform((s, ctx) => {
      const cents = parseEuroAmount(s);
      if (cents === null || cents < 1 || cents > 100_000) {
        ctx.addIssue({ code: 'custom', message: E.amountInvalid });
        return z.NEVER;
      }
      return cents;
    }),
  validFrom: z.string(E.required).trim().min(1, E.required).refine(isIsoDate, E.invalidDate),
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
  /** Half-days from this day to `to` (both included), as the evaluation report's figures link here. */
  from?: string;
  to?: string;
}

export function parseQueueFilters(params: SearchParams): QueueFilters {
  const get = (k: string) => searchParam(params, k);
  const ambassador = get('ambassador');
  const month = get('month');
  const status = get('status');
  const from = get('from');
  const to = get('to');
  return {
    from: from && isIsoDate(from) ? from : undefined,
    to: to && isIsoDate(to) ? to : undefined,
    ambassadorId: isUuid(ambassador) ? ambassador : undefined,
    month: isMonth(month) ? month : undefined,
    status: (CLAIM_STATUSES as readonly string[]).includes(status ?? '') ? (status as ClaimStatus) : undefined,
  };
}

/** The first day of a month and the first day of the next one (YYYY-MM-DD), for `date >= from AND date < to`. */
export function monthBounds(month: string): { from: string; to: string } {
  if (!isMonth(month)) throw new Error(`not a month: ${month}`);
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** The coordinator's queue showing what a figure counts. */
export function expenseQueueHref(f: QueueFilters): string {
  const q = new URLSearchParams();
  if (f.ambassadorId) q.set('ambassador', f.ambassadorId);
  if (f.month) q.set('month', f.month);
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.status) q.set('status', f.status);
  const s = q.toString();
  return s ? `/staff/expenses?${s}` : '/staff/expenses';
}
