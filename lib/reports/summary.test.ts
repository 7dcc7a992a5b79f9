import { randomUUID } from 'node:crypto';
import { type SQL, and, asc, count, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, type DbOrTx, rowsOf } from '@/db/client';
import { ambassadors, associations, contactAttempts, languageProviders, leads, neighbourhoods, networkOrganisations, targetPeriods } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { sqlAmsterdamDayStart, sqlInAmsterdam } from '@/lib/dates';
import { diversityOverview, openLeadSql } from '@/lib/diversity/queries';
import { wholeMonths } from '@/lib/leads/counts';
import { BARRIERS, CLOSE_REASONS, type LeadStatus, SIGNED_STATUSES, STEPS } from '@/lib/leads/journey/steps';
import { LEAD_CHANNELS, WIJK_OTHER } from '@/lib/leads/list/queries';
import { type TargetScope, listPeriods, signedByAmbassador } from '@/lib/targets/queries';
import { type CultureRow, evaluationFigures, groupBackgrounds } from './figures';
import type { ReportPeriod } from './period';
import {
  BREAKDOWNS,
  type Breakdown,
  type BreakdownRow,
  type Figure,
  type FunnelStep,
  LEAD_TIME_STEPS,
  type LeadTime,
  type LeadTimeStep,
  type WeekQueue,
  ambassadorResults,
  leadTimes,
  medianOfHistogram,
  periodReport,
  queues,
  reasonsAndBarriers,
  reportBreakdown,
  reportFunnel,
  signedByChannel,
  startedByChannel,
  whereOf,
} from './queries';

/*
 * The report's figures come from the summary `lead_counts` (db/migrations/0032_report_counts.sql),
 * and so do the evaluation's results by background and the plans signed per ambassador (0034).
 * The oracle below is the report as it was before: every figure counted directly over the leads
 * with the lead list's WHERE. After random sign-ups, steps, dates, contact attempts, merges and
 * deletions around the autumn clock change, both must give exactly the same figures.
 */

const cohortFilter = (p: ReportPeriod) => ({ from: p.from, to: p.to });

// ---- The oracle: the direct queries the report used before the summary. ----
const signedSql = inArray(leads.status, [...SIGNED_STATUSES]);
const signedCount = sql<number>`count(*) filter (where ${signedSql})`.mapWith(Number);

/** The funnel of the period's sign-ups: at or past each step, with the conversion from the step before. */
async function directFunnel(db: DbOrTx, p: ReportPeriod): Promise<{ steps: FunnelStep[]; closed: Figure; total: Figure }> {
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

/** The period's sign-ups and their signed plans by one dimension, largest first. */
async function directBreakdown(db: DbOrTx, p: ReportPeriod, by: Breakdown): Promise<BreakdownRow[]> {
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

/** Plans signed on the period's days, by the channel they count for (the basis of cost per plan). */
async function directSignedByChannel(db: DbOrTx, p: ReportPeriod): Promise<Figure[]> {
  const rows = await db
    .select({ k: leads.channel, n: count() })
    .from(leads)
    .where(whereOf({ signedFrom: p.from, signedTo: p.to }))
    .groupBy(leads.channel);
  const m = new Map(rows.map((r) => [r.k, r.n]));
  return LEAD_CHANNELS.map((c) => ({ key: c, name: null, count: m.get(c) ?? 0, filter: { signedFrom: p.from, signedTo: p.to, channel: c } }));
}

/** The period's sign-ups that started their course (recruited participants), by channel. */
async function directStartedByChannel(db: DbOrTx, p: ReportPeriod): Promise<Figure[]> {
  const base = { ...cohortFilter(p), reached: 'started' };
  const rows = await db.select({ k: leads.channel, n: count() }).from(leads).where(whereOf(base)).groupBy(leads.channel);
  const m = new Map(rows.map((r) => [r.k, r.n]));
  return LEAD_CHANNELS.map((c) => ({ key: c, name: null, count: m.get(c) ?? 0, filter: { ...base, channel: c } }));
}

/**
 * Median days from sign-up (the Amsterdam day it came in) to each step: the first contact
 * attempt, the intake, the offer, the signed plan and the course start, over the period's leads
 * at or past that step with the date recorded.
 */
async function directLeadTimes(db: DbOrTx, p: ReportPeriod): Promise<LeadTime[]> {
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

/** The queues now: intakes planned per week (from this week on, 8 weeks) and offers waiting per provider. */
async function directQueues(db: DbOrTx, today: string): Promise<{ intakes: WeekQueue[]; offers: Figure[] }> {
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
async function directReasonsAndBarriers(db: DbOrTx, p: ReportPeriod): Promise<{ closeReasons: Figure[]; barriers: Figure[] }> {
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

/** Plans signed in the period per ambassador by the pair rule (lib/targets/queries.ts before 0034). */
async function directSignedByAmbassador(db: DbOrTx, period: TargetScope): Promise<Map<string, number>> {
  const rule = period.pairRule ?? 'recruiter';
  const rows = await db
    .select({ recruiter: leads.recruitedByAmbassadorId, partner: leads.partnerAmbassadorId, n: count() })
    .from(leads)
    .where(
      and(
        isNull(leads.mergedIntoId),
        gte(leads.planSignedOn, period.startsOn),
        lte(leads.planSignedOn, period.endsOn),
        period.channel ? eq(leads.channel, period.channel) : undefined,
        sql`${leads.recruitedByAmbassadorId} is not null`,
      ),
    )
    .groupBy(leads.recruitedByAmbassadorId, leads.partnerAmbassadorId);
  const out = new Map<string, number>();
  const add = (id: string, n: number) => out.set(id, (out.get(id) ?? 0) + n);
  for (const r of rows) {
    const pair = r.partner !== null && r.partner !== r.recruiter && rule !== 'recruiter';
    add(r.recruiter!, pair && rule === 'half' ? r.n / 2 : r.n);
    if (pair) add(r.partner!, rule === 'half' ? r.n / 2 : r.n);
  }
  return out;
}

/** Plans signed in each target period, of its channel when it has one (listPeriods before it read the summary). */
async function directPeriodsSigned(db: DbOrTx): Promise<Map<string, number>> {
  const periods = await db.select().from(targetPeriods);
  const out = new Map<string, number>();
  for (const p of periods) {
    const [r] = await db
      .select({ n: count() })
      .from(leads)
      .where(and(isNull(leads.mergedIntoId), gte(leads.planSignedOn, p.startsOn), lte(leads.planSignedOn, p.endsOn), p.channel ? eq(leads.channel, p.channel) : undefined));
    out.set(p.id, r!.n);
  }
  return out;
}

/** The evaluation's results by the recruiting ambassador's background (lib/reports/figures.ts before 0034). */
async function directBackgrounds(db: DbOrTx, p: ReportPeriod): Promise<CultureRow[]> {
  const rows = rowsOf<{ label: string | null; ambassadors: unknown; contacts: unknown; signed: unknown }>(
    await db.execute(sql`select mode() within group (order by trim(a.country_of_origin)) as label,
        count(distinct a.id)::int as ambassadors,
        count(*)::int as contacts,
        count(*) filter (where ${signedSql})::int as signed
      from ${leads} join ${ambassadors} a on a.id = ${leads.recruitedByAmbassadorId}
      where ${whereOf(cohortFilter(p))}
      group by lower(nullif(trim(a.country_of_origin), ''))`),
  );
  const int = (v: unknown) => Number(v ?? 0);
  return groupBackgrounds(
    rows.map((r) => ({ label: r.label?.trim() ? r.label.trim() : null, ambassadors: int(r.ambassadors), contacts: int(r.contacts), signed: int(r.signed) })),
  );
}

// ---- End of the oracle. ----

const DAY = 24 * 3600 * 1000;
const STATUSES: LeadStatus[] = ['new', 'contacted', 'registered', 'intake', 'offer', 'plan_signed', 'started', 'completed', 'closed'];
const SOURCES = ['public', 'ambassador', 'association', 'network', 'desk'] as const;
const LANGUAGES = ['ar', 'tr', 'so', 'ti'];
// The recruiting ambassadors' backgrounds, as typed: one spelled in several ways, groups of 5 and
// more shown on their own, smaller ones added up, and not recorded (null, empty, spaces only).
const BACKGROUNDS = ['Marokko', 'marokko', ' Marokko ', 'Marokko', 'MAROKKO', 'marokko', 'Turkije', 'Turkije ', 'turkije', 'Turkije', 'Turkije', 'Syrië', 'Eritrea', null, '', '  '];

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Around the autumn clock change (25 October 2026, 03:00 → 02:00 in Amsterdam): local day edges
// differ from UTC ones and one day has 25 hours.
const BASE = Date.parse('2026-10-20T00:00:00Z');
const PERIODS: ReportPeriod[] = [
  { preset: 'custom', from: '2026-10-20', to: '2026-10-31' },
  { preset: 'custom', from: '2026-10-25', to: '2026-10-25' },
  { preset: 'custom', from: '2026-10-19', to: '2026-10-24' },
  { preset: 'custom', from: '2026-10-26', to: '2026-11-30' },
  // Whole months, read from the month rows, with and without days before and after them.
  { preset: 'custom', from: '2026-10-01', to: '2026-11-30' },
  { preset: 'custom', from: '2026-09-15', to: '2026-11-10' },
];
const TODAYS = ['2026-10-19', '2026-10-26', '2026-11-05'];

/** Equal counts may come in any order from a GROUP BY: by count, then key. */
const byCount = <T extends Figure>(rows: T[]) => [...rows].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

describe('the whole months of a period', () => {
  it('are the calendar months entirely inside it', () => {
    expect(wholeMonths('2026-10-01', '2026-10-31')).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(wholeMonths('2026-09-15', '2026-11-10')).toEqual({ first: '2026-10-01', last: '2026-10-31' });
    expect(wholeMonths('2026-01-31', '2026-03-31')).toEqual({ first: '2026-02-01', last: '2026-03-31' });
    expect(wholeMonths('2024-02-01', '2024-02-29')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(wholeMonths('2026-10-02', '2026-11-29')).toBeNull();
    expect(wholeMonths('2026-12-05', '2027-01-31')).toEqual({ first: '2027-01-01', last: '2027-01-31' });
  });
});

describe('the median of a histogram of whole days', () => {
  it('is the middle value, or halfway between the two middle values, as percentile_cont(0.5)', () => {
    expect(medianOfHistogram(new Map())).toBeNull();
    expect(medianOfHistogram(new Map([[4, 1]]))).toBe(4);
    expect(medianOfHistogram(new Map([[1, 1], [4, 1]]))).toBe(2.5);
    expect(medianOfHistogram(new Map([[7, 2], [-3, 1], [0, 3]]))).toBe(0);
    expect(medianOfHistogram(new Map([[2, 2], [9, 2]]))).toBe(5.5);
    expect(medianOfHistogram(new Map([[2, 2], [9, 3]]))).toBe(9);
  });
});

describe.each(testDrivers)('report figures from the summary on $name', ({ open }) => {
  let h: DbHandle;
  const random = rng(7);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const maybe = <T,>(p: number, v: () => T): T | null => (random() < p ? v() : null);
  const instant = (days = 12) => new Date(BASE + Math.floor(random() * days * DAY));
  const day = () => new Date(BASE + Math.floor(random() * 24 - 4) * DAY).toISOString().slice(0, 10);
  let amb: string[], ass: string[], net: string[], prov: string[], wijk: (string | null)[];
  const ids: string[] = [];

  beforeAll(async () => {
    h = await open();
    amb = (
      await h.db
        .insert(ambassadors)
        .values(BACKGROUNDS.map((countryOfOrigin, i) => ({ displayName: `Ambassadeur ${i}`, countryOfOrigin, status: 'active' as const, referralCode: `SUM-${i}` })))
        .returning({ id: ambassadors.id })
    ).map((r) => r.id);
    ass = (await h.db.insert(associations).values(['Vereniging A', 'Vereniging B'].map((name) => ({ name, community: name }))).returning({ id: associations.id })).map((r) => r.id);
    net = (
      await h.db
        .insert(networkOrganisations)
        .values(['Welzijn', 'Bibliotheek'].map((name) => ({ name, kind: 'welfare' as const })))
        .returning({ id: networkOrganisations.id })
    ).map((r) => r.id);
    prov = (await h.db.insert(languageProviders).values([{ name: 'Taalschool Noord' }, { name: 'Taalhuis' }]).returning({ id: languageProviders.id })).map((r) => r.id);
    wijk = [...(await h.db.select({ id: neighbourhoods.id }).from(neighbourhoods).limit(3)).map((r) => r.id), null];
    // Target periods on the report's days, of every channel and of one.
    await h.db.insert(targetPeriods).values(
      PERIODS.flatMap((p) => [null, 'ambassador' as const].map((channel) => ({ name: `${p.from} ${channel}`, startsOn: p.from, endsOn: p.to, groupTarget: 10, channel }))),
    );
  });
  afterAll(async () => {
    await h?.close();
  });

  const leadValues = (n: number) =>
    Array.from({ length: n }, () => {
      const created = instant(20);
      const source = pick(SOURCES);
      const recruiter = maybe(0.7, () => pick(amb));
      return {
        name: 'Test Persoon',
        phone: `+3162${String(Math.floor(random() * 1e7)).padStart(7, '0')}`,
        preferredLanguage: pick(LANGUAGES),
        neighbourhoodId: pick(wijk),
        source,
        channel: pick(LEAD_CHANNELS),
        recruitedByAmbassadorId: recruiter,
        // Now and then the recruiter as their own partner (counts once, whatever the pair rule).
        partnerAmbassadorId: maybe(0.4, () => (recruiter && random() < 0.2 ? recruiter : pick(amb))),
        associationId: maybe(0.3, () => pick(ass)),
        networkOrganisationId: maybe(0.2, () => pick(net)),
        consentAt: created,
        consentVersion: 'test',
        status: pick(STATUSES),
        closeReason: maybe(0.5, () => pick(CLOSE_REASONS)),
        barriers: BARRIERS.filter(() => random() < 0.2),
        intakeAt: maybe(0.5, () => instant(40)),
        providerId: maybe(0.6, () => pick(prov)),
        offerOn: maybe(0.5, day),
        planSignedOn: maybe(0.5, day),
        courseStartOn: maybe(0.5, day),
        mergedIntoId: maybe(0.08, () => randomUUID()),
        createdAt: created,
      };
    });

  async function addAttempts(n: number) {
    if (ids.length === 0) return;
    await h.db.insert(contactAttempts).values(Array.from({ length: n }, () => ({ leadId: pick(ids), at: instant(16), channel: 'phone' as const, outcome: 'reached' as const })));
  }

  async function directContacts(p: ReportPeriod) {
    const rows = await h.db
      .select({ k: leads.recruitedByAmbassadorId, n: count() })
      .from(leads)
      .where(and(whereOf(cohortFilter(p)), sql`${leads.recruitedByAmbassadorId} is not null`))
      .groupBy(leads.recruitedByAmbassadorId);
    return new Map(rows.map((r) => [r.k!, r.n]));
  }

  async function directOpen() {
    const rows = await h.db
      .select({ lang: leads.preferredLanguage, wijk: neighbourhoods.code, n: count() })
      .from(leads)
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, leads.neighbourhoodId))
      .where(openLeadSql())
      .groupBy(leads.preferredLanguage, neighbourhoods.code);
    const langs = new Map<string, number>();
    const wijken = new Map<string | null, number>();
    for (const r of rows) {
      langs.set(r.lang, (langs.get(r.lang) ?? 0) + r.n);
      wijken.set(r.wijk, (wijken.get(r.wijk) ?? 0) + r.n);
    }
    return { total: rows.reduce((s, r) => s + r.n, 0), langs, wijken };
  }

  async function expectSameFigures() {
    for (const p of PERIODS) {
      const at = `${p.from}..${p.to}`;
      expect(await reportFunnel(h.db, p), at).toEqual(await directFunnel(h.db, p));
      for (const by of BREAKDOWNS) expect(byCount(await reportBreakdown(h.db, p, by)), `${at} ${by}`).toEqual(byCount(await directBreakdown(h.db, p, by)));
      expect(await signedByChannel(h.db, p), at).toEqual(await directSignedByChannel(h.db, p));
      expect(await startedByChannel(h.db, p), at).toEqual(await directStartedByChannel(h.db, p));
      expect(await leadTimes(h.db, p), at).toEqual(await directLeadTimes(h.db, p));
      const [rb, direct] = [await reasonsAndBarriers(h.db, p), await directReasonsAndBarriers(h.db, p)];
      expect(byCount(rb.closeReasons), at).toEqual(byCount(direct.closeReasons));
      expect(byCount(rb.barriers), at).toEqual(byCount(direct.barriers));
      const results = await ambassadorResults(h.db, p, 'recruiter');
      expect(new Map(results.rows.filter((r) => r.contacts.count > 0).map((r) => [r.id, r.contacts.count])), at).toEqual(await directContacts(p));
      // The whole report reads the summaries once and shares them between its parts: the same figures.
      const whole = await periodReport(h.db, p, TODAYS[1]!);
      expect(whole.funnel, at).toEqual(await reportFunnel(h.db, p));
      expect(whole.leadTimes, at).toEqual(await leadTimes(h.db, p));
      for (const by of BREAKDOWNS) expect(whole.breakdowns[by], `${at} ${by}`).toEqual(await reportBreakdown(h.db, p, by));
      expect({ closeReasons: whole.closeReasons, barriers: whole.barriers }, at).toEqual(rb);
      expect(whole.ambassadors.rows.map((r) => r.contacts), at).toEqual(results.rows.map((r) => r.contacts));
      // The evaluation's results by background, and the plans signed per ambassador by each pair rule and channel.
      expect((await evaluationFigures(h.db, p, TODAYS[1]!)).culture, at).toEqual(await directBackgrounds(h.db, p));
      for (const pairRule of ['recruiter', 'both', 'half'] as const) {
        for (const channel of [null, ...LEAD_CHANNELS]) {
          const scope: TargetScope = { startsOn: p.from, endsOn: p.to, pairRule, channel };
          expect(await signedByAmbassador(h.db, scope), `${at} ${pairRule} ${channel}`).toEqual(await directSignedByAmbassador(h.db, scope));
        }
      }
    }
    for (const today of TODAYS) {
      const [q, direct] = [await queues(h.db, today), await directQueues(h.db, today)];
      expect(q.intakes, today).toEqual(direct.intakes);
      expect(byCount(q.offers), today).toEqual(byCount(direct.offers));
    }
    expect(new Map((await listPeriods(h.db)).map((p) => [p.id, p.signed]))).toEqual(await directPeriodsSigned(h.db));
    const overview = await diversityOverview(h.db);
    const direct = await directOpen();
    expect(overview.openLeads).toBe(direct.total);
    expect(new Map(overview.languages.filter((l) => l.openLeads > 0).map((l) => [l.code, l.openLeads]))).toEqual(direct.langs);
    expect(new Map(overview.wijken.filter((w) => w.openLeads > 0).map((w) => [w.code, w.openLeads]))).toEqual(direct.wijken);
    // What the triggers kept equals what a migration's recount from the leads gives (every kind).
    const kept = await h.db.execute(sql`select kind, day::text, key, sum(n)::int as n from lead_counts group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3`);
    const recount = await h.db.execute(sql`select c.kind, c.day::text, c.key, count(*)::int as n
      from leads r cross join lateral lead_count_rows(r) c group by 1, 2, 3 order by 1, 2, 3`);
    expect(rowsOf(kept)).toEqual(rowsOf(recount));
  }

  it('equals the direct counts after sign-ups, steps, dates, contact attempts, merges and deletions', async () => {
    for (let round = 0; round < 3; round++) {
      ids.push(...(await h.db.insert(leads).values(leadValues(45)).returning({ id: leads.id })).map((r) => r.id));
      await addAttempts(30);
      await expectSameFigures();

      for (let i = 0; i < 30; i++) {
        const id = pick(ids);
        const change = Math.floor(random() * 9);
        const set =
          change === 0
            ? { status: pick(STATUSES) }
            : change === 1
              ? { intakeAt: maybe(0.8, () => instant(40)), status: pick(['intake', 'offer'] as const) }
              : change === 2
                ? { offerOn: maybe(0.7, day), planSignedOn: maybe(0.7, day), courseStartOn: maybe(0.7, day), channel: pick(LEAD_CHANNELS) }
                : change === 3
                  ? { mergedIntoId: maybe(0.5, () => randomUUID()) }
                  : change === 4
                    ? { createdAt: instant(20), preferredLanguage: pick(LANGUAGES), neighbourhoodId: pick(wijk) }
                    : change === 5
                      ? { closeReason: maybe(0.7, () => pick(CLOSE_REASONS)), barriers: BARRIERS.filter(() => random() < 0.3), status: 'closed' as const }
                      : change === 6
                        ? { recruitedByAmbassadorId: maybe(0.7, () => pick(amb)), partnerAmbassadorId: maybe(0.5, () => pick(amb)), associationId: maybe(0.5, () => pick(ass)), networkOrganisationId: maybe(0.5, () => pick(net)) }
                        : change === 7
                          ? { providerId: maybe(0.7, () => pick(prov)), status: 'offer' as const }
                          : { name: 'Andere Naam' }; // a change the summary does not depend on
        await h.db.update(leads).set(set).where(eq(leads.id, id));
      }
      // Contact attempts: moved in time, deleted, and moved to another lead as a merge does.
      const attempts = (await h.db.select({ id: contactAttempts.id }).from(contactAttempts).orderBy(asc(contactAttempts.id))).map((r) => r.id);
      await h.db.update(contactAttempts).set({ at: instant(16) }).where(inArray(contactAttempts.id, attempts.slice(0, 6)));
      await h.db.delete(contactAttempts).where(inArray(contactAttempts.id, attempts.slice(6, 10)));
      const [from, into] = [pick(ids), pick(ids)];
      await h.db.update(contactAttempts).set({ leadId: into }).where(eq(contactAttempts.leadId, from));
      await h.db.update(leads).set({ mergedIntoId: into }).where(eq(leads.id, from));
      await h.db.update(leads).set({ status: 'contacted' }).where(inArray(leads.id, ids.slice(round * 6, round * 6 + 6)));
      await expectSameFigures();
    }
    // Deleted leads take their contact attempts with them (cascade); a lead without attempts left.
    const gone = ids.splice(0, 25);
    await h.db.delete(leads).where(inArray(leads.id, gone));
    await h.db.delete(contactAttempts).where(eq(contactAttempts.leadId, ids[0]!));
    await expectSameFigures();
  });
});
