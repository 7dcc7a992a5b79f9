import 'server-only';
import { type SQL, and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors } from '@/db/schema';
import { requiredTrainingCompleteSql } from '@/lib/training/queries';

/**
 * Who may work for the programme, in two steps, each one SQL condition on `ambassadors`:
 *
 * 1. **Active** (`ambassadorActiveSql`): status `active` and the login not deactivated. Asked by
 *    every path that acts on the ambassador's behalf: the calendar feed, the public sign-up's
 *    `?ref=` attribution, registering a contact in the field, the ambassador area's forms.
 * 2. **Eligible** (`eligibleSql`): active AND every rule of `ELIGIBILITY_RULES` — the only ones
 *    who can be put on a shift, sign up for one, or be suggested. Each rule has a message key, so
 *    the shift screens say why someone is not offered.
 *
 * The rule list is extensible: a feature adds a rule (a name, an SQL condition that is true when
 * the ambassador passes, and a namespaced message key) to `ELIGIBILITY_RULES`; nothing else changes.
 */

export interface EligibilityRule {
  /** Stable name, e.g. 'vog'. */
  name: string;
  /** True for an ambassador who passes the rule; a condition on the `ambassadors` row (correlated subqueries allowed). */
  condition: () => SQL;
  /** Namespaced message key telling the coordinator why (e.g. `corps.errors.noVog`; under `<namespace>.errors` so forms in the browser can show it). */
  reasonKey: string;
}

/** The ambassador's status is `active` (not a candidate, in training, paused or stopped). */
const statusRule: EligibilityRule = {
  name: 'status',
  condition: () => eq(ambassadors.status, 'active'),
  reasonKey: 'corps.errors.notActive',
};

/**
 * The login is not deactivated. An ambassador without any account (their printed ?ref= flyers
 * still count) passes on the status alone; with accounts, at least one of them must be active.
 */
const accountRule: EligibilityRule = {
  name: 'account',
  condition: () =>
    sql`(not exists (select 1 from users au where au.ambassador_id = ${ambassadors.id})
      or exists (select 1 from users au where au.ambassador_id = ${ambassadors.id} and au.active))`,
  reasonKey: 'corps.errors.accountDeactivated',
};

/** The rules of "active": the status and the account. */
export const ACTIVE_RULES: readonly EligibilityRule[] = [statusRule, accountRule];

/**
 * The rules of "eligible for shifts and suggestions": active, plus the certificate of conduct.
 * (The required-training rule is added here by the training feature.)
 */
export const ELIGIBILITY_RULES: EligibilityRule[] = [
  ...ACTIVE_RULES,
  { name: 'vog', condition: () => sql`${ambassadors.vogReceivedOn} is not null`, reasonKey: 'corps.errors.noVog' },
  // Every active, required training module attended (lib/training: attendance, not the certificate).
  { name: 'training', condition: () => requiredTrainingCompleteSql(ambassadors.id), reasonKey: 'training.errors.requiredIncomplete' },
];

const all = (rules: readonly EligibilityRule[]) => and(...rules.map((r) => r.condition()))!;

/** Status `active` and the account not deactivated (see the file comment). */
export function ambassadorActiveSql(): SQL {
  return all(ACTIVE_RULES);
}

/** Active and passing every eligibility rule: may be scheduled or suggested for shifts. */
export function eligibleSql(): SQL {
  return all(ELIGIBILITY_RULES);
}

/** Whether the ambassador with this id exists and is active (see `ambassadorActiveSql`). */
export async function isAmbassadorActive(db: DbOrTx, ambassadorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: ambassadors.id })
    .from(ambassadors)
    .where(and(eq(ambassadors.id, ambassadorId), ambassadorActiveSql()))
    .limit(1);
  return !!row;
}

/**
 * The rules each ambassador fails, as message keys in rule order (an empty list: eligible).
 * Without `ids`: every ambassador who is not stopped. Ambassadors not found are left out.
 */
export async function ineligibilityReasons(db: DbOrTx, ids?: readonly string[]): Promise<Map<string, string[]>> {
  const rules = ELIGIBILITY_RULES;
  const columns = Object.fromEntries(rules.map((r, i) => [`r${i}`, sql<boolean>`coalesce((${r.condition()}), false)`]));
  const rows = (await db
    .select({ id: ambassadors.id, ...columns })
    .from(ambassadors)
    .where(ids ? (ids.length ? inArray(ambassadors.id, [...ids]) : sql`false`) : sql`${ambassadors.status} <> 'stopped'`)) as ({ id: string } & Record<string, unknown>)[];
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.id, rules.filter((_, i) => !asBool(row[`r${i}`])).map((r) => r.reasonKey));
  return out;
}

/** PGlite and postgres.js both return booleans; be strict about anything else. */
function asBool(v: unknown): boolean {
  return v === true || v === 't' || v === 'true';
}

/** Why this ambassador may not be scheduled (empty: eligible), or null when there is no such ambassador. */
export async function whyNotEligible(db: DbOrTx, ambassadorId: string): Promise<string[] | null> {
  return (await ineligibilityReasons(db, [ambassadorId])).get(ambassadorId) ?? null;
}

export interface NotOffered {
  id: string;
  displayName: string;
  status: (typeof ambassadors.$inferSelect)['status'];
  /** Message keys, in rule order. */
  reasons: string[];
}

/**
 * Everyone who is not stopped but cannot be scheduled, with why: what the shift screens show next
 * to their suggestions ("not offered: no VOG yet"). By name.
 */
export async function notOffered(db: DbOrTx): Promise<NotOffered[]> {
  const reasons = await ineligibilityReasons(db);
  const ids = [...reasons].filter(([, r]) => r.length).map(([id]) => id);
  if (!ids.length) return [];
  const rows = await db
    .select({ id: ambassadors.id, displayName: ambassadors.displayName, status: ambassadors.status })
    .from(ambassadors)
    .where(inArray(ambassadors.id, ids));
  return rows
    .map((r) => ({ ...r, reasons: reasons.get(r.id)! }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' }));
}
