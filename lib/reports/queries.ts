import 'server-only';
import { type SQL, inArray, isNull, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '@/db/client';
import { ambassadors, associations, languageProviders, neighbourhoods, networkOrganisations, trainingCertificates } from '@/db/schema';
import { type Sums, periodSums } from '@/lib/leads/counts';
import { SIGNED_STATUSES, STEPS, type Step } from '@/lib/leads/journey/steps';
import { LEAD_CHANNELS, type LeadChannel, WIJK_OTHER, leadListWhere, parseLeadListFilters } from '@/lib/leads/list/queries';
import { currentPeriod, signedByAmbassador, signedInPeriod, type Period } from '@/lib/targets/queries';
import { type Pace, paceNeeded } from '@/lib/targets/split';
import { programmeResults } from '@/lib/ambassadors/queries';
import type { ReportPeriod } from './period';
import { referralsByThemeAndWijk } from './referrals';

/**
 * The reports (issue #13): every figure counts the rows of the staff lead list's own WHERE clause
 * (`leadListWhere`) with the filters the figure carries in `filter`, so following a figure to
 * `/staff/leads?…filter…` shows exactly the rows it counts (tests hold each figure to
 * `countLeads` with the same filters). The counts are read from the summary `lead_counts`
 * (issue 18, see below), not counted over the leads. The period is the sign-ups ("cohort") created on its days
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

/**
 * The period's figures come from the summary table `lead_counts` (db/migrations/0032_report_counts.sql),
 * kept by triggers on `leads` in the same transaction as every change: per Amsterdam sign-up day
 * (and per month) and key, so a report's cost depends on the number of days and keys, not on the
 * number of leads.
 * summary.test.ts holds every figure to the direct count over the leads it replaces.
 */

/** Summary rows of these kinds on the days `from` … `to` (both included), summed per kind and key. */
async function daySums(db: DbOrTx, kinds: readonly string[], from: string, to: string): Promise<Sums> {
  const rows = rowsOf<{ kind: string; key: string; n: string }>(
    await db.execute(sql`select kind, key, sum(n) as n from lead_counts
      where kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)}) and day between ${from}::date and ${to}::date
      group by kind, key having sum(n) <> 0`),
  );
  const out: Sums = new Map(kinds.map((k) => [k, new Map()]));
  for (const r of rows) out.get(r.kind)!.set(r.key, Number(r.n));
  return out;
}

/** A summary of the period's sign-ups (see `periodSums`). */
const cohortSums = (db: DbOrTx, p: ReportPeriod, ...kinds: string[]) => periodSums(db, kinds, p.from, p.to);

/** Every sign-up summary the period report reads, fetched once by `periodReport` and shared by its parts. */
const COHORT_KINDS = ['r_channel', 'r_ambassador', 'r_association', 'r_network', 'r_wijk', 'r_language', 'r_close', 'r_barrier', 'r_time'];

/** One kind's sums: from the report's shared fetch when given, else on its own. */
async function cohortKind(db: DbOrTx, p: ReportPeriod, kind: string, shared?: Promise<Sums>): Promise<Map<string, number>> {
  return (await (shared ?? cohortSums(db, p, kind))).get(kind)!;
}

/** Sign-ups of the period per status, from the `r_channel` summary (key channel:status). */
function byStatus(channelStatus: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, n] of channelStatus) {
    const status = key.slice(key.indexOf(':') + 1);
    out.set(status, (out.get(status) ?? 0) + n);
  }
  return out;
}

/** A "value:signed" summary (signed 1 or 0) as value → { n, signed }. */
function splitSigned(m: Map<string, number>): Map<string, { n: number; s: number }> {
  const out = new Map<string, { n: number; s: number }>();
  for (const [key, n] of m) {
    const at = key.lastIndexOf(':');
    const v = key.slice(0, at);
    const r = out.get(v) ?? { n: 0, s: 0 };
    r.n += n;
    if (key.slice(at + 1) === '1') r.s += n;
    out.set(v, r);
  }
  return out;
}

/** The funnel of the period's sign-ups: at or past each step, with the conversion from the step before. */
export async function reportFunnel(db: DbOrTx, p: ReportPeriod, shared?: Promise<Sums>): Promise<{ steps: FunnelStep[]; closed: Figure; total: Figure }> {
  const base = cohortFilter(p);
  const by = byStatus(await cohortKind(db, p, 'r_channel', shared));
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
    total: { key: 'total', name: null, count: [...by.values()].reduce((s, n) => s + n, 0), filter: base },
  };
}

export const BREAKDOWNS = ['channel', 'ambassador', 'association', 'network', 'wijk', 'language'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** Names of the ids a breakdown shows (ambassadors, associations, network organisations). */
async function namesOf(db: DbOrTx, table: typeof ambassadors | typeof associations | typeof networkOrganisations, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const name = table === ambassadors ? ambassadors.displayName : table === associations ? associations.name : networkOrganisations.name;
  const rows = await db.select({ id: table.id, name }).from(table).where(inArray(table.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The period's sign-ups and their signed plans by one dimension, largest first. */
export async function reportBreakdown(db: DbOrTx, p: ReportPeriod, by: Breakdown, shared?: Promise<Sums>): Promise<BreakdownRow[]> {
  const base = cohortFilter(p);
  const row = (key: string | null, name: string | null, n: number, signed: number, param: string, value: string | null): BreakdownRow => ({
    key: key ?? 'none',
    name,
    count: n,
    signed,
    filter: value === null ? null : { ...base, [param]: value },
    signedFilter: value === null ? null : { ...base, [param]: value, reached: 'plan_signed' },
  });
  const sorted = (rows: BreakdownRow[]) => rows.sort((a, b) => b.count - a.count || (a.name ?? a.key).localeCompare(b.name ?? b.key, 'nl'));
  if (by === 'channel') {
    const m = new Map<string, { n: number; s: number }>();
    for (const [key, n] of await cohortKind(db, p, 'r_channel', shared)) {
      const [channel, status] = key.split(':') as [string, string];
      const r = m.get(channel) ?? { n: 0, s: 0 };
      r.n += n;
      if ((SIGNED_STATUSES as readonly string[]).includes(status)) r.s += n;
      m.set(channel, r);
    }
    // Every channel, also at 0: "none from participants yet" is a finding.
    return LEAD_CHANNELS.map((c) => row(c, null, m.get(c)?.n ?? 0, m.get(c)?.s ?? 0, 'channel', c));
  }
  const kind = `r_${by}`;
  const m = splitSigned(await cohortKind(db, p, kind, shared));
  const ids = [...m.keys()];
  switch (by) {
    case 'ambassador':
    case 'association':
    case 'network': {
      const names = await namesOf(db, by === 'ambassador' ? ambassadors : by === 'association' ? associations : networkOrganisations, ids);
      return sorted(ids.map((id) => row(id, names.get(id) ?? null, m.get(id)!.n, m.get(id)!.s, by, id)));
    }
    case 'wijk': {
      const known = ids.filter((id) => id !== '');
      const wijken = known.length
        ? await db.select({ id: neighbourhoods.id, code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).where(inArray(neighbourhoods.id, known))
        : [];
      const w = new Map(wijken.map((r) => [r.id, r]));
      return sorted(
        ids.map((id) => {
          const code = w.get(id)?.code ?? WIJK_OTHER;
          return row(code, w.get(id)?.name ?? null, m.get(id)!.n, m.get(id)!.s, 'wijk', code);
        }),
      );
    }
    case 'language':
      return sorted(ids.map((lang) => row(lang, null, m.get(lang)!.n, m.get(lang)!.s, 'language', lang)));
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
  // The start page's summary: plans signed per day (plan_signed_on) and channel.
  const m = (await daySums(db, ['signed'], p.from, p.to)).get('signed')!;
  return LEAD_CHANNELS.map((c) => ({ key: c, name: null, count: m.get(c) ?? 0, filter: { signedFrom: p.from, signedTo: p.to, channel: c } }));
}

/** The period's sign-ups that started their course (recruited participants), by channel. */
export async function startedByChannel(db: DbOrTx, p: ReportPeriod, shared?: Promise<Sums>): Promise<Figure[]> {
  const base = { ...cohortFilter(p), reached: 'started' };
  const reached = STEPS.slice(STEPS.indexOf('started')) as readonly string[];
  const m = new Map<string, number>();
  for (const [key, n] of await cohortKind(db, p, 'r_channel', shared)) {
    const [channel, status] = key.split(':') as [string, string];
    if (reached.includes(status)) m.set(channel, (m.get(channel) ?? 0) + n);
  }
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
 * The median of whole numbers given as value → how many times it occurs, as SQL's
 * percentile_cont(0.5) computes it (the middle value, or halfway between the two middle values).
 */
export function medianOfHistogram(histogram: Map<number, number>): number | null {
  const n = [...histogram.values()].reduce((s, c) => s + c, 0);
  if (n === 0) return null;
  const pos = 0.5 * (n - 1);
  const [lo, hi] = [Math.floor(pos), Math.ceil(pos)];
  let seen = 0;
  let vlo: number | null = null;
  let vhi: number | null = null;
  for (const [v, c] of [...histogram].sort((x, y) => x[0] - y[0])) {
    if (vlo === null && lo < seen + c) vlo = v;
    if (hi < seen + c) {
      vhi = v;
      break;
    }
    seen += c;
  }
  return vlo! + (pos - lo) * (vhi! - vlo!);
}

/**
 * Median days from sign-up (the Amsterdam day it came in) to each step: the first contact
 * attempt, the intake, the offer, the signed plan and the course start, over the period's leads
 * at or past that step with the date recorded. From the `r_time` summary: per sign-up day, step
 * and number of whole days, how many leads; the median of whole days is exact from it.
 */
export async function leadTimes(db: DbOrTx, p: ReportPeriod, shared?: Promise<Sums>): Promise<LeadTime[]> {
  const base = cohortFilter(p);
  const hist = new Map<string, Map<number, number>>(LEAD_TIME_STEPS.map((s) => [s, new Map()]));
  for (const [key, n] of await cohortKind(db, p, 'r_time', shared)) {
    const at = key.lastIndexOf(':');
    hist.get(key.slice(0, at))?.set(Number(key.slice(at + 1)), n);
  }
  return LEAD_TIME_STEPS.map((step) => {
    const h = hist.get(step)!;
    const median = medianOfHistogram(h);
    return {
      step,
      medianDays: median === null ? null : Math.round(median * 10) / 10,
      measured: [...h.values()].reduce((s, c) => s + c, 0),
      filter: { ...base, reached: step },
    };
  });
}

export interface WeekQueue {
  /** The Monday the week starts on. */
  week: string;
  count: number;
  filter: ListFilter;
}

/**
 * The queues now: intakes planned per week (from this week on, 8 weeks) and offers waiting per
 * provider. From the summaries of the leads' current step (`q_intake` per intake day, `q_offer`
 * per provider).
 */
export async function queues(db: DbOrTx, today: string): Promise<{ intakes: WeekQueue[]; offers: Figure[] }> {
  const monday = sql`date_trunc('week', ${today}::date)::date`;
  const [intakes, offers] = await Promise.all([
    db.execute(sql`select date_trunc('week', day)::date::text as week, sum(n) as n from lead_counts
      where kind = 'q_intake' and day >= ${monday} and day < ${monday} + 56
      group by 1 having sum(n) <> 0 order by 1`),
    db.execute(sql`select key, sum(n) as n from lead_counts where kind = 'q_offer' group by key having sum(n) <> 0 order by key`),
  ]);
  const offerRows = rowsOf<{ key: string; n: string }>(offers);
  const providerIds = offerRows.map((r) => r.key).filter((k) => k !== '');
  const providers = providerIds.length
    ? new Map((await db.select({ id: languageProviders.id, name: languageProviders.name }).from(languageProviders).where(inArray(languageProviders.id, providerIds))).map((r) => [r.id, r.name]))
    : new Map<string, string>();
  const sunday = (monday: string) => new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  return {
    intakes: rowsOf<{ week: string; n: string }>(intakes).map((r) => ({
      week: r.week,
      count: Number(r.n),
      filter: { step: 'intake', intakeFrom: r.week, intakeTo: sunday(r.week) },
    })),
    offers: offerRows
      .map((r) => {
        const k = r.key === '' ? null : r.key;
        return { key: k ?? 'none', name: k ? (providers.get(k) ?? null) : null, count: Number(r.n), filter: k ? { step: 'offer', provider: k } : null };
      })
      .sort((a, b) => b.count - a.count),
  };
}

/** The period's closed sign-ups by reason, and its barriers (a lead with two barriers counts for both). */
export async function reasonsAndBarriers(db: DbOrTx, p: ReportPeriod, shared?: Promise<Sums>): Promise<{ closeReasons: Figure[]; barriers: Figure[] }> {
  const base = cohortFilter(p);
  const sums = await (shared ?? cohortSums(db, p, 'r_close', 'r_barrier'));
  return {
    closeReasons: [...sums.get('r_close')!]
      .map(([k, n]) => ({ key: k || 'none', name: null, count: n, filter: k ? { ...base, step: 'closed', closeReason: k } : null }))
      .sort((x, y) => y.count - x.count),
    barriers: [...sums.get('r_barrier')!].map(([k, n]) => ({ key: k, name: null, count: n, filter: { ...base, barrier: k } })).sort((x, y) => y.count - x.count),
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
  shared?: Promise<Sums>,
): Promise<{ rows: AmbassadorResult[]; programme: Awaited<ReturnType<typeof programmeResults>>; certified: number }> {
  const base = cohortFilter(p);
  const [contacts, credit, names, certs, programme] = await Promise.all([
    cohortKind(db, p, 'r_ambassador', shared).then(splitSigned),
    signedByAmbassador(db, { startsOn: p.from, endsOn: p.to, pairRule }),
    db.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors),
    db.select({ id: trainingCertificates.ambassadorId }).from(trainingCertificates).where(isNull(trainingCertificates.revokedAt)),
    programmeResults(db),
  ]);
  const c = new Map([...contacts].map(([id, r]) => [id, r.n]));
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
  const shared = cohortSums(db, p, ...COHORT_KINDS);
  const [funnel, target, signed, times, q, rb, refs, ...breakdowns] = await Promise.all([
    reportFunnel(db, p, shared),
    reportTarget(db, p, today),
    signedByChannel(db, p),
    leadTimes(db, p, shared),
    queues(db, today),
    reasonsAndBarriers(db, p, shared),
    referralsByThemeAndWijk(db, p),
    ...BREAKDOWNS.map((b) => reportBreakdown(db, p, b, shared)),
  ]);
  const results = await ambassadorResults(db, p, target?.period.pairRule ?? 'recruiter', shared);
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

