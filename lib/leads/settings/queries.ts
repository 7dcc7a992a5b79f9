import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { stepNames } from '@/db/schema';
import { ALL_STATUSES, type LeadStatus } from '@/lib/leads/journey/steps';

export type StepNames = Record<LeadStatus, string>;

/**
 * Display names of the steps in a locale: the administrator's names where set, else the message
 * files' defaults (pass `t` from `getTranslations('steps')`).
 */
export async function getStepNames(db: DbOrTx, locale: string, t: (status: LeadStatus) => string): Promise<StepNames> {
  const rows = await db.select().from(stepNames).where(eq(stepNames.locale, locale === 'nl' ? 'nl' : 'en'));
  const custom = new Map(rows.map((r) => [r.status, r.name]));
  return Object.fromEntries(ALL_STATUSES.map((s) => [s, custom.get(s) ?? t(s)])) as StepNames;
}
