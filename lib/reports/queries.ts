import 'server-only';
import { type SQL, and, asc, count, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, associations, contactAttempts, languageProviders, leads, neighbourhoods, networkOrganisations, trainingCertificates } from '@/db/schema';
import { sqlAmsterdamDayStart, sqlInAmsterdam } from '@/lib/dates';
import { SIGNED_STATUSES, STEPS, type Step } from '@/lib/leads/journey/steps';
import { LEAD_CHANNELS, type LeadChannel, WIJK_OTHER, leadListWhere, parseLeadListFilters } from '@/lib/leads/list/queries';
import { currentPeriod, signedByAmbassador, signedInPeriod, type Period } from '@/lib/targets/queries';
import { type Pace, paceNeeded } from '@/lib/targets/split';
import { programmeResults } from '@/lib/ambassadors/queries';
import type { ReportPeriod } from './period';
import { referralsByThemeAndWijk } from './referrals';

/**
 * The reports (issue #13): every figure is a SQL count over the staff lead list's own WHERE
 * clause (`leadListWhere`) with the filters the figure carries in `filter`, so following a figure
 * to `/staff/leads?…filter…` shows exactly the rows it counts (tests hold each figure to
 * `countLeads` with the same filters). The period is the sign-ups ("cohort") created on its days
 * in Amsterdam; the target and "signed in the period" count plans by the day they were signed.
 * No names of residents leave this module: counts and the names of ambassadors, associations,
 * organisations, providers and wijken only.
 */

/** The lead list's URL parameters a figure counts (e.g. { from, to, channel: 'ambassador' }). */
export type ListFilter = Record<string, string>;

export interface Figure {
  key: string;
  /** A name (ambassador, association …) or null when the key is a code the page translates. */
  name: string | null;
  count: number;
  /** The lead list's filters for exactly these rows; null when the list cannot show them (no provider, no reason). */
  filter: ListFilter | null;
}

export interface BreakdownRow extends Figure {
  /** Of these, plans signed (at or past "plan signed" now). */
  signed: number;
  signedFilter: ListFilter | null;
}

export interface FunnelStep {
  step: Step;
  /** At or past this step now (open or completed; closed leads are counted apart). */
  count: number;
  /** count ÷ the previous step's count (null for the first step or when that is 0). */
  conversion: number | null;
  filter: ListFilter;
}

const cohortFilter = (p: ReportPeriod): ListFilter => ({ from: p.from, to: p.to });

/** The WHERE of the lead list for these filters (one rule for the report and the list). */
export function whereOf(filter: ListFilter): SQL {
  return leadListWhere(parseLeadListFilters(filter));
}

const signedSql = inArray(leads.status, [...SIGNED_STATUSES]);
const signedCount = sql<number>`count(*) filter (where ${signedSql})`.mapWith(Number);

/** The funnel of the period's sign-ups: at or past each step, with the conversion from the step before. */
export async function reportFunnel(db: DbOrTx, p: ReportPeriod): Promise<{ steps: FunnelStep[]; closed: Figure; total: Figure }> {
  const base = cohortFilter(p);
  const rows = await db.select({ status: leads.status, n: count() }).from(leads).where(whereOf(base)).groupBy(leads.status);
  const by = new Map(rows.map((r) => [r.status as string, r.n]));
  let prev: number | null = null;
  const steps: FunnelStep[] = STEPS.map((step, i) => {
    const n = STEPS.slice(i).reduce((s, x) => s + (by.get(x) ?? 0), 0);
    const conversion: number | null = prev === null || prev === 0 ? null : n / prev;
    prev = n;
    return { step, count: n, conversion, filter: { ...base, reached: step } };
  });
  const closed = by.get('closed') ?? 0;
  return {
    steps,
    closed: { key: 'closed', name: null, count: closed, filter: { ...base, step: 'closed' } },
    total: { key: 'total', name: null, count: rows.reduce((s, r) => s + r.n, 0), filter: base },
  };
}

export const BREAKDOWNS = ['channel', 'ambassador', 'association', 'network', 'wijk', 'language'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The period's sign-ups and their signed plans by one dimension, largest first. */
export async function reportBreakdown(db: DbOrTx, p: ReportPeriod, by: Breakdown): Promise<BreakdownRow[]> {
  const base = cohortFilter(p);
  const where = whereOf(base);
  const row = (key: string | null, name: string | null, n: number, signed: number, param: string, value: string | null): BreakdownRow => ({
    key: key ?? 'none',
    name,
    count: n,
    signed,
    filter: value === null ? null : { ...base, [param]: value },
    signedFilter: value === null ? null : { ...base, [param]: value, reached: 'plan_signed' },
  });
  const sorted = (rows: BreakdownRow[]) => rows.sort((a, b) => b.count - a.count || (a.name ?? a.key).localeCompare(b.name ?? b.key, 'nl'));
  switch (by) {
    case 'channel': {
      const rows = await db.select({ k: leads.channel, n: count(), s: signedCount }).from(leads).where(where).groupBy(leads.channel);
      const m = new Map(rows.map((r) => [r.k, r]));
      // Every channel, also at 0: "none from participants yet" is a finding.
      return LEAD_CHANNELS.map((c) => row(c, null, m.get(c)?.n ?? 0, m.get(c)?.s ?? 0, 'channel', c));
    }
    case 'ambassador': {
      const rows = await db
        .select({ k: leads.recruitedByAmbassadorId, name: ambassadors.displayName, n: count(), s: signedCount })
        .from(leads)
        .innerJoin(ambassadors, eq(leads.recruitedByAmbassadorId, ambassadors.id))
        .where(where)
        .groupBy(leads.recruitedByAmbassadorId, ambassadors.displayName);
      return sorted(rows.map((r) => row(r.k, r.name, r.n, r.s, 'ambassador', r.k)));
    }
    case 'association': {
      const rows = await db
        .select({ k: leads.associationId, name: associations.name, n: count(), s: signedCount })
        .from(leads)
        .innerJoin(associations, eq(leads.associationId, associations.id))
        .where(where)
        .groupBy(leads.associationId, associations.name);
      return sorted(rows.map((r) => row(r.k, r.name, r.n, r.s, 'association', r.k)));
    }
    case 'network': {
      const rows = await db
        .select({ k: leads.networkOrganisationId, name: networkOrganisations.name, n: count(), s: signedCount })
        .from(leads)
        .innerJoin(networkOrganisations, eq(leads.networkOrganisationId, networkOrganisations.id))
        .where(where)
        .groupBy(leads.networkOrganisationId, networkOrganisations.name);
      return sorted(rows.map((r) => row(r.k, r.name, r.n, r.s, 'network', r.k)));
    }
    case 'wijk': {
      const rows = await db
        .select({ k: neighbourhoods.code, name: neighbourhoods.name, n: count(), s: signedCount })
        .from(leads)
        .leftJoin(neighbourhoods, eq(leads.neighbourhoodId, neighbourhoods.id))
        .where(where)
        .groupBy(neighbourhoods.code, neighbourhoods.name);
      return sorted(rows.map((r) => row(r.k ?? WIJK_OTHER, r.name, r.n, r.s, 'wijk', r.k ?? WIJK_OTHER)));
    }
    case 'language': {
      const rows = await db.select({ k: leads.preferredLanguage, n: count(), s: signedCount }).from(leads).where(where).groupBy(leads.preferredLanguage);
      return sorted(rows.map((r) => row(r.k, null, r.n, r.s, 'language', r.k)));
    }
  }
}

export interface TargetFigure {
  period: Period;
  signed: Figure;
  pace: Pace;
}

/**
 * The target the report's period is measured against: the target period containing the report's
 * last day (or today, if earlier), counted as the targets page counts it (its channel only).
 */
export async function reportTarget(db: DbOrTx, p: ReportPeriod, today: string): Promise<TargetFigure | null> {
  const period = await currentPeriod(db, p.to < today ? p.to : today);
  if (!period) return null;
  const n = await signedInPeriod(db, period);
  const filter: ListFilter = { signedFrom: period.startsOn, signedTo: period.endsOn, ...(period.channel ? { channel: period.channel } : {}) };
  return { period, signed: { key: 'signed', name: null, count: n, filter }, pace: paceNeeded(today, period, n, period.groupTarget) };
}

/** Plans signed on the period's days, by the channel they count for (the basis of cost per plan). */
export async function signedByChannel(db: DbOrTx, p: ReportPeriod): Promise<Figure[]> {
  const rows = await db
    .select({ k: leads.channel, n: count() })
    .from(leads)
    .where(whereOf({ signedFrom: p.from, signedTo: p.to }))
    .groupBy(leads.channel);
  const m = new Map(rows.map((r) => [r.k, r.n]));
  return LEAD_CHANNELS.map((c) => ({ key: c, name: null, count: m.get(c) ?? 0, filter: { signedFrom: p.from, signedTo: p.to, channel: c } }));
}

/** The period's sign-ups that started their course (recruited participants), by channel. */
export async function startedByChannel(db: DbOrTx, p: ReportPeriod): Promise<Figure[]> {
  const base = { ...cohortFilter(p), reached: 'started' };
  const rows = await db.select({ k: leads.channel, n: count() }).from(leads).where(whereOf(base)).groupBy(leads.channel);
  const m = new Map(rows.map((r) => [r.k, r.n]));
  return LEAD_CHANNELS.map((c) => ({ key: c, name: null, count: m.get(c) ?? 0, filter: { ...base, channel: c } }));
}

export const LEAD_TIME_STEPS = ['contacted', 'intake', 'offer', 'plan_signed', 'started'] as const;
export type LeadTimeStep = (typeof LEAD_TIME_STEPS)[number];

export interface LeadTime {
  step: LeadTimeStep;
  /** Median whole days from sign-up to the step's date; null when no lead has that date. */
  medianDays: number | null;
  /** Leads of the period at or past the step with that date recorded. */
  measured: number;
  /** The list of the period's leads at or past the step. */
  filter: ListFilter;
}

/**
 * Median days from sign-up (the Amsterdam day it came in) to each step: the first contact
 * attempt, the intake, the offer, the signed plan and the course start, over the period's leads
 * at or past that step with the date recorded.
 */
export async function leadTimes(db: DbOrTx, p: ReportPeriod): Promise<LeadTime[]> {
  const base = cohortFilter(p);
  const createdDay = sql`(${sqlInAmsterdam(leads.createdAt)})::date`;
  const firstContact = sql`(select min(${contactAttempts.at}) from ${contactAttempts} where ${contactAttempts.leadId} = ${leads.id})`;
  const dateOf: Record<LeadTimeStep, SQL> = {
    contacted: sql`(${sqlInAmsterdam(firstContact)})::date`,
    intake: sql`(${sqlInAmsterdam(leads.intakeAt)})::date`,
    offer: sql`${leads.offerOn}`,
    plan_signed: sql`${leads.planSignedOn}`,
    started: sql`${leads.courseStartOn}`,
  };
  return Promise.all(
    LEAD_TIME_STEPS.map(async (step) => {
      const filter = { ...base, reached: step };
      const days = sql`(${dateOf[step]} - ${createdDay})`;
      const [r] = await db
        .select({
          median: sql<number | null>`percentile_cont(0.5) within group (order by ${days})`.mapWith((v) => (v === null ? null : Number(v))),
          n: sql<number>`count(${days})`.mapWith(Number),
        })
        .from(leads)
        .where(whereOf(filter));
      return { step, medianDays: r!.median === null ? null : Math.round(r!.median * 10) / 10, measured: r!.n, filter };
    }),
  );
}

export interface WeekQueue {
  /** The Monday the week starts on. */
  week: string;
  count: number;
  filter: ListFilter;
}

/** The queues now: intakes planned per week (from this week on, 8 weeks) and offers waiting per provider. */
export async function queues(db: DbOrTx, today: string): Promise<{ intakes: WeekQueue[]; offers: Figure[] }> {
  const weekStart = sql<string>`(date_trunc('week', ${sqlInAmsterdam(leads.intakeAt)}))::date::text`;
  const monday = sql`date_trunc('week', ${today}::date)::date`;
  const [intakes, offers] = await Promise.all([
    db
      .select({ week: weekStart, n: count() })
      .from(leads)
      .where(
        and(
          whereOf({ step: 'intake' }),
          gte(leads.intakeAt, sqlAmsterdamDayStart(sql`${monday}`)),
          sql`${leads.intakeAt} < ${sqlAmsterdamDayStart(sql`${monday}`, 56)}`,
        ),
      )
      .groupBy(weekStart)
      .orderBy(asc(weekStart)),
    db
      .select({ k: leads.providerId, name: languageProviders.name, n: count() })
      .from(leads)
      .leftJoin(languageProviders, eq(leads.providerId, languageProviders.id))
      .where(whereOf({ step: 'offer' }))
      .groupBy(leads.providerId, languageProviders.name),
  ]);
  const sunday = (monday: string) => new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  return {
    intakes: intakes.map((r) => ({ week: r.week, count: r.n, filter: { step: 'intake', intakeFrom: r.week, intakeTo: sunday(r.week) } })),
    offers: offers
      .map((r) => ({ key: r.k ?? 'none', name: r.name, count: r.n, filter: r.k ? { step: 'offer', provider: r.k } : null }))
      .sort((a, b) => b.count - a.count),
  };
}

/** The period's closed sign-ups by reason, and its barriers (a lead with two barriers counts for both). */
export async function reasonsAndBarriers(db: DbOrTx, p: ReportPeriod): Promise<{ closeReasons: Figure[]; barriers: Figure[] }> {
  const base = cohortFilter(p);
  const b = sql<string>`b`;
  const [reasons, barriers] = await Promise.all([
    db.select({ k: leads.closeReason, n: count() }).from(leads).where(whereOf({ ...base, step: 'closed' })).groupBy(leads.closeReason),
    db
      .select({ k: sql<string>`b::text`, n: count() })
      .from(sql`${leads} cross join lateral unnest(${leads.barriers}) as b`)
      .where(whereOf(base))
      .groupBy(b),
  ]);
  return {
    closeReasons: reasons
      .map((r) => ({ key: r.k ?? 'none', name: null, count: r.n, filter: r.k ? { ...base, step: 'closed', closeReason: r.k } : null }))
      .sort((x, y) => y.count - x.count),
    barriers: barriers.map((r) => ({ key: r.k, name: null, count: r.n, filter: { ...base, barrier: r.k } })).sort((x, y) => y.count - x.count),
  };
}

export interface AmbassadorResult {
  id: string;
  name: string;
  /** Sign-ups of the period credited to them (as recruiter). */
  contacts: Figure;
  /** Plans signed on the period's days, credited by the pair rule (may be a half). */
  signed: Figure;
  certified: boolean;
}

/**
 * The ambassadors' own results: per ambassador the period's sign-ups and their plans signed in
 * the period by the pair rule (the target period's rule); the corps' programme results (stopped
 * for paid work, a subsidised job or study) and how many hold a valid training certificate.
 */
export async function ambassadorResults(
  db: DbOrTx,
  p: ReportPeriod,
  pairRule: Period['pairRule'],
): Promise<{ rows: AmbassadorResult[]; programme: Awaited<ReturnType<typeof programmeResults>>; certified: number }> {
  const base = cohortFilter(p);
  const [contacts, credit, names, certs, programme] = await Promise.all([
    db
      .select({ k: leads.recruitedByAmbassadorId, n: count() })
      .from(leads)
      .where(and(whereOf(base), sql`${leads.recruitedByAmbassadorId} is not null`))
      .groupBy(leads.recruitedByAmbassadorId),
    signedByAmbassador(db, { startsOn: p.from, endsOn: p.to, pairRule }),
    db.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors),
    db.select({ id: trainingCertificates.ambassadorId }).from(trainingCertificates).where(isNull(trainingCertificates.revokedAt)),
    programmeResults(db),
  ]);
  const c = new Map(contacts.map((r) => [r.k!, r.n]));
  const certSet = new Set(certs.map((r) => r.id));
  const signedParam = pairRule === 'recruiter' ? 'ambassador' : 'credited';
  const rows = names
    .filter((a) => c.has(a.id) || credit.has(a.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      contacts: { key: a.id, name: a.name, count: c.get(a.id) ?? 0, filter: { ...base, ambassador: a.id } },
      signed: {
        key: a.id,
        name: a.name,
        count: credit.get(a.id) ?? 0,
        filter: { signedFrom: p.from, signedTo: p.to, [signedParam]: a.id },
      },
      certified: certSet.has(a.id),
    }))
    .sort((x, y) => y.signed.count - x.signed.count || y.contacts.count - x.contacts.count || x.name.localeCompare(y.name, 'nl'));
  return { rows, programme, certified: certSet.size };
}

export type { LeadChannel };

/** Everything the reports page shows for a period. */
export async function periodReport(db: DbOrTx, p: ReportPeriod, today: string) {
  const [funnel, target, signed, times, q, rb, refs, ...breakdowns] = await Promise.all([
    reportFunnel(db, p),
    reportTarget(db, p, today),
    signedByChannel(db, p),
    leadTimes(db, p),
    queues(db, today),
    reasonsAndBarriers(db, p),
    referralsByThemeAndWijk(db, p),
    ...BREAKDOWNS.map((b) => reportBreakdown(db, p, b)),
  ]);
  const results = await ambassadorResults(db, p, target?.period.pairRule ?? 'recruiter');
  return {
    period: p,
    funnel,
    target,
    signedByChannel: signed,
    leadTimes: times,
    queues: q,
    closeReasons: rb.closeReasons,
    barriers: rb.barriers,
    referrals: refs,
    breakdowns: Object.fromEntries(BREAKDOWNS.map((b, i) => [b, breakdowns[i]!])) as Record<Breakdown, BreakdownRow[]>,
    ambassadors: results,
  };
}
export type PeriodReport = Awaited<ReturnType<typeof periodReport>>;

/** The lead list's URL for a figure. */
export function leadListHref(filter: ListFilter): string {
  return `/staff/leads?${new URLSearchParams(filter).toString()}`;
}

/** Days of a date range inside another, both inclusive (for spreading a cost over a period). */
export function overlapDays(a: { from: string; to: string }, b: { from: string; to: string }): number {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  if (from > to) return 0;
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

