import { z } from 'zod';
import { choice, isoDate, optionalText, uuid } from '@/lib/actions/validation';

export const COST_CATEGORIES = ['coaching_bureau', 'vog', 'clothing', 'passes', 'flyers', 'rooms', 'project_worker', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The coaching bureau's default contract: EUR 22,800 a year, training included. */
export const COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR = 2_280_000;
/** The project worker's default hours a week (their hourly rate is entered with the cost). */
export const PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK = 24;

/** Euros as typed ("1.234,56", "1234.5", "22800") → cents, or null (with an issue) when not an amount up to EUR 10 million. */
function centsOf(v: string): number | null {
  const s = v.replace(/\s|€/g, '');
  const normal = /,\d{1,2}$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return null;
  const cents = Math.round(Number(normal) * 100);
  return cents > 1_000_000_000 ? null : cents;
}
const euros = optionalText(20).transform((v, ctx) => {
  if (v === null || v === undefined) return null;
  const cents = centsOf(v);
  if (cents === null) {
    ctx.addIssue({ code: 'custom', message: 'reports.errors.amount' });
    return z.NEVER;
  }
  return cents;
});
const hoursPerWeek = optionalText(3).transform((v, ctx) => {
  if (v === null || v === undefined) return null;
  const n = Number(v.replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0 || n > 60) {
    ctx.addIssue({ code: 'custom', message: 'reports.errors.hours' });
    return z.NEVER;
  }
  return n;
});

/** Days from the first to the last day, both included. */
const daysOf = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

/**
 * A cost in the ledger: category, first and last day it covers, the amount, a note. The project
 * worker's hours may be entered as an hourly rate instead of an amount: the amount is then the
 * rate × the hours a week (default 24) × the weeks the entry covers.
 */
export const costSchema = z
  .object({
    category: choice(COST_CATEGORIES),
    startsOn: isoDate,
    endsOn: isoDate,
    amount: euros,
    hourlyRate: euros,
    hoursPerWeek,
    note: optionalText(200),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'reports.errors.endBeforeStart' })
  .refine((v) => v.amount !== null || (v.category === 'project_worker' && v.hourlyRate !== null), { path: ['amount'], message: 'reports.errors.amount' })
  .transform(({ hourlyRate, hoursPerWeek: hours, amount, ...v }) => ({
    ...v,
    amount: amount ?? Math.round(((hourlyRate ?? 0) * (hours ?? PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK) * daysOf(v.startsOn, v.endsOn)) / 7),
  }));

export const removeCostSchema = z.object({ id: uuid('invalidForm') });

/** The evaluation report's sections, in the source's order of questions. */
export const EVALUATION_SECTIONS = [
  'why',
  'profile',
  'recruitment',
  'tasks',
  'targetGroup',
  'pairs',
  'success',
  'training',
  'allowance',
  'passClothing',
  'costs',
  'coaching',
  'results',
  'culture',
] as const;
export type EvaluationSection = (typeof EVALUATION_SECTIONS)[number];

/** Saving a version: the period and a narrative per section; `publish` freezes it. */
export const reportVersionSchema = z.object({
  from: isoDate,
  to: isoDate,
  intent: choice(['save', 'publish'] as const),
  ...Object.fromEntries(EVALUATION_SECTIONS.map((s) => [`n_${s}`, optionalText(5000)])),
}) as z.ZodType<{ from: string; to: string; intent: 'save' | 'publish' } & Partial<Record<`n_${EvaluationSection}`, string | null>>>;
