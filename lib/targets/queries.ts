import 'server-only';
import { and, asc, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorTargets, ambassadors, neighbourhoods, targetPeriods } from '@/db/schema';
import { OVERDUE_DAYS, STEPS, type Step } from '@/lib/leads/journey/steps';
import { createdBySource, periodSums, quietSince, signedCount, statusCounts } from '@/lib/leads/counts';
import { byName, type Pace, paceNeeded, splitGroupTarget } from './split';

export type Period = typeof targetPeriods.$inferSelect;

/** What a target counts: its days and, when scoped, its channel. */
export type TargetScope = Pick<Period, 'startsOn' | 'endsOn'> & { channel?: Period['channel']; pairRule?: Period['pairRule'] };

export interface PeriodWithProgress extends Period {
  signed: number;
}

/** Every period, newest first, with the number of plans signed in it. */
export async function listPeriods(db: DbOrTx): Promise<PeriodWithProgress[]> {
  // From the start page's summary kept by the leads' trigger (kind signed: plans per signing day and
  // channel, merged duplicates left out), not counted over the leads. Qualified by hand (an
  // interpolated column renders unqualified here).
  const signed = sql<number>`(
    select coalesce(sum(n), 0) from lead_counts
    where kind = 'signed'
      and day >= "target_periods"."starts_on"
      and day <= "target_periods"."ends_on"
      and ("target_periods"."channel" is null or key = "target_periods"."channel"::text)
  )`.mapWith(Number);
  const rows = await db
    .select({ period: targetPeriods, signed })
    .from(targetPeriods)
    .orderBy(desc(targetPeriods.startsOn), desc(targetPeriods.createdAt));
  return rows.map((r) => ({ ...r.period, signed: r.signed }));
}

export async function getPeriod(db: DbOrTx, id: string): Promise<Period | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db.select().from(targetPeriods).where(eq(targetPeriods.id, id)).limit(1);
  return row ?? null;
}

/**
 * The period the start page reports on: the one containing today (the most recently started if
 * several do, e.g. a short sprint inside a half-year); if none, the most recently ended one; if
 * all lie ahead, the first to start.
 */
export async function currentPeriod(db: DbOrTx, today: string): Promise<Period | null> {
  const [containing] = await db
    .select()
    .from(targetPeriods)
    .where(and(lte(targetPeriods.startsOn, today), gte(targetPeriods.endsOn, today)))
    .orderBy(desc(targetPeriods.startsOn), desc(targetPeriods.createdAt))
    .limit(1);
  if (containing) return containing;
  const [ended] = await db
    .select()
    .from(targetPeriods)
    .where(lt(targetPeriods.endsOn, today))
    .orderBy(desc(targetPeriods.endsOn), desc(targetPeriods.createdAt))
    .limit(1);
  if (ended) return ended;
  const [upcoming] = await db.select().from(targetPeriods).orderBy(asc(targetPeriods.startsOn), desc(targetPeriods.createdAt)).limit(1);
  return upcoming ?? null;
}

/** Plans signed in the period. */
export async function signedInPeriod(db: DbOrTx, period: TargetScope): Promise<number> {
  // From the summary kept by the leads' trigger: as fast at a million leads as at the demo size.
  return signedCount(db, period.startsOn, period.endsOn, period.channel ?? null);
}

/**
 * Plans signed in the period per ambassador (ambassador id → credit), by the period's pair rule:
 * `recruiter` credits the recruiting ambassador only; `both` credits the recruiter and the partner
 * on the shift 1 each; `half` gives each of a pair 0.5 (a lead without a partner stays 1 for the
 * recruiter). A scoped target counts its channel's plans only.
 */
export async function signedByAmbassador(db: DbOrTx, period: TargetScope): Promise<Map<string, number>> {
  const rule = period.pairRule ?? 'recruiter';
  // From the summary kept by the leads' trigger (kind signed_pair: per signing day, key
  // channel:recruiter:partner; db/migrations/0034_evaluation_counts.sql), not counted over the leads.
  const pairs = (await periodSums(db, ['signed_pair'], period.startsOn, period.endsOn)).get('signed_pair')!;
  const out = new Map<string, number>();
  const add = (id: string, n: number) => out.set(id, (out.get(id) ?? 0) + n);
  for (const [key, n] of pairs) {
    const [channel, recruiter, partner] = key.split(':') as [string, string, string];
    if (period.channel && channel !== period.channel) continue;
    const pair = partner !== '' && partner !== recruiter && rule !== 'recruiter';
    add(recruiter, pair && rule === 'half' ? n / 2 : n);
    if (pair) add(partner, rule === 'half' ? n / 2 : n);
  }
  return out;
}

export interface PersonalTargetRow {
  ambassadorId: string;
  name: string;
  target: number;
  adjusted: boolean;
  result: number;
}

export interface PeriodDetail {
  period: Period;
  signed: number;
  pace: Pace;
  /** Active ambassadors by name, with their personal target and result. */
  rows: PersonalTargetRow[];
  /** Sum of the personal targets. */
  total: number;
  unassigned: number;
  overAssigned: number;
  /** Plans in the period recruited by someone who is no longer (or not yet) active. */
  signedByOthers: number;
}

/** The personal targets of a period: equal split, overrides, and each active ambassador's result. */
export async function personalTargets(db: DbOrTx, period: Period) {
  const [active, overrideRows, results] = await Promise.all([
    db.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors).where(eq(ambassadors.status, 'active')),
    db
      .select({ ambassadorId: ambassadorTargets.ambassadorId, target: ambassadorTargets.target })
      .from(ambassadorTargets)
      .where(eq(ambassadorTargets.periodId, period.id)),
    signedByAmbassador(db, period),
  ]);
  const split = splitGroupTarget(
    period.groupTarget,
    active,
    new Map(overrideRows.map((o) => [o.ambassadorId, o.target])),
  );
  // By name, as the equal split orders them (adjusted or not).
  const rows: PersonalTargetRow[] = [...active].sort(byName).map((a) => {
    const t = split.targets.get(a.id)!;
    return { ambassadorId: a.id, name: a.name, target: t.target, adjusted: t.adjusted, result: results.get(a.id) ?? 0 };
  });
  return { split, rows, results };
}

/** Everything the period page shows. */
export async function periodDetail(db: DbOrTx, period: Period, today: string): Promise<PeriodDetail> {
  const [signed, { split, rows, results }] = await Promise.all([signedInPeriod(db, period), personalTargets(db, period)]);
  const activeIds = new Set(rows.map((r) => r.ambassadorId));
  let signedByOthers = 0;
  for (const [id, n] of results) if (!activeIds.has(id)) signedByOthers += n;
  return {
    period,
    signed,
    pace: paceNeeded(today, period, signed, period.groupTarget),
    rows,
    total: split.total,
    unassigned: split.unassigned,
    overAssigned: split.overAssigned,
    signedByOthers,
  };
}

export interface AmbassadorOverviewRow {
  id: string;
  name: string;
  status: (typeof ambassadors.$inferSelect)['status'];
  languages: string[];
  wijk: string | null;
  nt2Level: string | null;
  /** Personal target in the current period (active ambassadors only). */
  target: number | null;
  adjusted: boolean;
  /** Plans signed in the current period attributed to this ambassador. */
  result: number | null;
}

/** Every ambassador (active first, then candidates, then stopped; by name), with the current period's target and result. */
export async function ambassadorOverview(
  db: DbOrTx,
  today: string,
): Promise<{ period: Period | null; rows: AmbassadorOverviewRow[] }> {
  const [all, period] = await Promise.all([
    db
      .select({
        id: ambassadors.id,
        name: ambassadors.displayName,
        status: ambassadors.status,
        languages: ambassadors.languages,
        wijk: neighbourhoods.name,
        nt2Level: ambassadors.nt2Level,
      })
      .from(ambassadors)
      .leftJoin(neighbourhoods, eq(ambassadors.neighbourhoodId, neighbourhoods.id)),
    currentPeriod(db, today),
  ]);
  const targets = period ? await personalTargets(db, period) : null;
  const order = { active: 0, candidate: 1, interview: 1, vog: 1, training: 1, paused: 2, stopped: 3 } as const;
  const rows = all
    .map((a) => {
      const t = targets?.split.targets.get(a.id);
      return {
        ...a,
        target: t?.target ?? null,
        adjusted: t?.adjusted ?? false,
        result: targets ? (targets.results.get(a.id) ?? 0) : null,
      };
    })
    .sort((a, b) => order[a.status] - order[b.status] || byName(a, b));
  return { period, rows };
}

export interface Funnel {
  /** Leads per step, in journey order (current status; merged leads left out). */
  steps: { status: Step; count: number }[];
  closed: number;
  total: number;
}

export async function funnel(db: DbOrTx): Promise<Funnel> {
  const by = await statusCounts(db);
  const steps = STEPS.map((status) => ({ status, count: by.get(status) ?? 0 }));
  const closed = by.get('closed') ?? 0;
  return { steps, closed, total: steps.reduce((s, x) => s + x.count, closed) };
}

export const SOURCES = ['public', 'ambassador', 'association', 'network', 'desk'] as const;
export type Source = (typeof SOURCES)[number];

/** Sign-ups of the last seven days per source (merged duplicates left out). */
export async function signupsThisWeek(db: DbOrTx, now = new Date()): Promise<{ bySource: { source: Source; count: number }[]; total: number }> {
  const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
  const by = await createdBySource(db, weekAgo, now);
  const bySource = SOURCES.map((source) => ({ source, count: by.get(source) ?? 0 }));
  return { bySource, total: bySource.reduce((s, x) => s + x.count, 0) };
}

/** Open leads without a contact attempt or step change for more than OVERDUE_DAYS days (see isOverdue). */
export async function overdueCount(db: DbOrTx, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - OVERDUE_DAYS * 24 * 3600 * 1000);
  return quietSince(db, cutoff);
}

export interface StaffStart {
  today: string;
  period: Period | null;
  signed: number;
  pace: Pace | null;
  funnel: Funnel;
  signups: Awaited<ReturnType<typeof signupsThisWeek>>;
  overdue: number;
}

/** The figures of the staff start page (counts only, no personal data). */
export async function staffStart(db: DbOrTx, now: Date, today: string): Promise<StaffStart> {
  const [period, f, signups, overdue] = await Promise.all([currentPeriod(db, today), funnel(db), signupsThisWeek(db, now), overdueCount(db, now)]);
  const signed = period ? await signedInPeriod(db, period) : 0;
  return {
    today,
    period,
    signed,
    pace: period ? paceNeeded(today, period, signed, period.groupTarget) : null,
    funnel: f,
    signups,
    overdue,
  };
}

/** Whether an ambassador exists and is active (personal targets are for active ambassadors only). */
export async function ambassadorStatus(db: DbOrTx, id: string) {
  const [row] = await db.select({ status: ambassadors.status }).from(ambassadors).where(eq(ambassadors.id, id)).limit(1);
  return row?.status ?? null;
}
