import { z } from 'zod';
import { choice, isoDate, optionalText, requiredText, uuid } from '@/lib/actions/validation';

export const COST_CATEGORIES = ['coaching_bureau', 'vog', 'clothing', 'passes', 'flyers', 'rooms', 'project_worker', 'other'] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** The coaching bureau's default contract: EUR 22,800 a year, training included. */
export const COACHING_BUREAU_DEFAULT_CENTS_PER_YEAR = 2_280_000;
/** The project worker's default hours a week (their hourly rate is entered with the cost). */
export const PROJECT_WORKER_DEFAULT_HOURS_PER_WEEK = 24;

/** Euros as typed ("1.234,56", "1234.5", "22800") → cents; refuses negatives and more than EUR 10 million. */
const euros = requiredText(20).transform((v, ctx) => {
  const s = v.replace(/\s|€/g, '');
  const normal = /,\d{1,2}$/.test(s) ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) {
    ctx.addIssue({ code: 'custom', message: 'reports.errors.amount' });
    return z.NEVER;
  }
  const cents = Math.round(Number(normal) * 100);
  if (cents > 1_000_000_000) {
    ctx.addIssue({ code: 'custom', message: 'reports.errors.amount' });
    return z.NEVER;
  }
  return cents;
});

/** A cost in the ledger: category, first and last day it covers, the amount, a note. */
export const costSchema = z
  .object({
    category: choice(COST_CATEGORIES),
    startsOn: isoDate,
    endsOn: isoDate,
    amount: euros,
    note: optionalText(200),
  })
  .refine((v) => v.endsOn >= v.startsOn, { path: ['endsOn'], message: 'reports.errors.endBeforeStart' });

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
