import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { SMALL_COUNT, maskCount } from '@/lib/diversity/queries';
import { getStepNames } from '@/lib/leads/settings/queries';
import { type Figure, type ListFilter, type PeriodReport, leadListHref } from '@/lib/reports/queries';
import type { ChartRow } from '@/app/_components/ui/bar-chart';

/** One cell: its text, and the lead list it counts (when it is a count of leads). */
export interface Cell {
  text: string;
  href?: string | null;
  /** What the link opens: the lead list (default), the corps list or the allowance queue. */
  list?: 'ambassadors' | 'claims';
  numeric?: boolean;
}

/** A table of the report as the page, the CSV and the PDF show it. */
export interface ReportTable {
  id: string;
  title: string;
  intro?: string;
  columns: { header: string; numeric?: boolean }[];
  rows: Cell[][];
  chart?: ChartRow[];
}

export const TABLE_IDS = [
  'funnel',
  'channel',
  'ambassador',
  'association',
  'network',
  'wijk',
  'language',
  'signedByChannel',
  'leadTimes',
  'intakes',
  'offers',
  'closeReasons',
  'barriers',
  'ambassadorResults',
  'referralThemes',
  'referralWijken',
  'background',
] as const;
export type TableId = (typeof TABLE_IDS)[number];

const href = (f: ListFilter | null) => (f ? leadListHref(f) : null);

/** The report's tables in the reader's language, in the page's order. */
export async function reportTables(report: PeriodReport, backgrounds: { label: string | null; count: number }[]): Promise<ReportTable[]> {
  const t = await getTranslations('reports');
  const tch = await getTranslations('channels');
  const tl = await getTranslations('languages');
  const tcr = await getTranslations('lead.closeReasons');
  const tb = await getTranslations('lead.barrierNames');
  const ts = await getTranslations('steps');
  const locale = await getLocale();
  const format = await getFormatter();
  const steps = await getStepNames(getDb(), locale, (s) => ts(s));
  const n = (v: number) => format.number(v);
  const pct = (v: number | null) => (v === null ? '–' : format.number(v, { style: 'percent', maximumFractionDigits: 0 }));
  const count = (f: Figure): Cell => ({ text: n(f.count), href: href(f.filter), numeric: true });

  const breakdown = (id: TableId, label: (key: string, name: string | null) => string): ReportTable => {
    const rows = report.breakdowns[id as keyof PeriodReport['breakdowns']];
    return {
      id,
      title: t(`table_${id}`),
      columns: [{ header: t(`col_${id}`) }, { header: t('colLeads'), numeric: true }, { header: t('colSigned'), numeric: true }],
      rows: rows.map((r) => [{ text: label(r.key, r.name) }, count(r), { text: n(r.signed), href: href(r.signedFilter), numeric: true }]),
      chart: rows.slice(0, 12).map((r) => ({ key: r.key, label: label(r.key, r.name), value: r.count })),
    };
  };

  const tables: ReportTable[] = [
    {
      id: 'funnel',
      title: t('table_funnel'),
      intro: t('funnelIntro'),
      columns: [{ header: t('colStep') }, { header: t('colLeads'), numeric: true }, { header: t('colConversion'), numeric: true }],
      rows: [
        ...report.funnel.steps.map((s) => [{ text: steps[s.step] }, { text: n(s.count), href: href(s.filter), numeric: true }, { text: pct(s.conversion), numeric: true }]),
        [{ text: t('closed') }, count(report.funnel.closed), { text: '' }],
        [{ text: t('total') }, count(report.funnel.total), { text: '' }],
      ],
      chart: report.funnel.steps.map((s) => ({ key: s.step, label: steps[s.step], value: s.count, display: s.conversion === null ? n(s.count) : `${n(s.count)} (${pct(s.conversion)})` })),
    },
    breakdown('channel', (k) => tch(k)),
    breakdown('ambassador', (_k, name) => name ?? ''),
    breakdown('association', (_k, name) => name ?? ''),
    breakdown('network', (_k, name) => name ?? ''),
    breakdown('wijk', (k, name) => name ?? t('wijkOther')),
    breakdown('language', (k) => (k === 'other' ? t('languageOther') : tl(k))),
    {
      id: 'signedByChannel',
      title: t('table_signedByChannel'),
      columns: [{ header: t('col_channel') }, { header: t('colSigned'), numeric: true }],
      rows: report.signedByChannel.map((f) => [{ text: tch(f.key) }, count(f)]),
      chart: report.signedByChannel.map((f) => ({ key: f.key, label: tch(f.key), value: f.count })),
    },
    {
      id: 'leadTimes',
      title: t('table_leadTimes'),
      intro: t('leadTimesIntro'),
      columns: [{ header: t('colStep') }, { header: t('colMedianDays'), numeric: true }, { header: t('colMeasured'), numeric: true }],
      rows: report.leadTimes.map((l) => [
        { text: steps[l.step] },
        { text: l.medianDays === null ? '–' : format.number(l.medianDays, { maximumFractionDigits: 1 }), numeric: true },
        { text: n(l.measured), href: href(l.filter), numeric: true },
      ]),
    },
    {
      id: 'intakes',
      title: t('table_intakes'),
      columns: [{ header: t('colWeek') }, { header: t('colIntakes'), numeric: true }],
      rows: report.queues.intakes.map((w) => [{ text: t('weekOf', { day: w.week }) }, { text: n(w.count), href: href(w.filter), numeric: true }]),
      chart: report.queues.intakes.map((w) => ({ key: w.week, label: w.week, value: w.count })),
    },
    {
      id: 'offers',
      title: t('table_offers'),
      columns: [{ header: t('colProvider') }, { header: t('colOffers'), numeric: true }],
      rows: report.queues.offers.map((f) => [{ text: f.name ?? t('noProvider') }, count(f)]),
    },
    {
      id: 'closeReasons',
      title: t('table_closeReasons'),
      columns: [{ header: t('colReason') }, { header: t('colLeads'), numeric: true }],
      rows: report.closeReasons.map((f) => [{ text: f.key === 'none' ? t('noReason') : tcr(f.key) }, count(f)]),
      chart: report.closeReasons.map((f) => ({ key: f.key, label: f.key === 'none' ? t('noReason') : tcr(f.key), value: f.count })),
    },
    {
      id: 'barriers',
      title: t('table_barriers'),
      columns: [{ header: t('colBarrier') }, { header: t('colLeads'), numeric: true }],
      rows: report.barriers.map((f) => [{ text: tb(f.key) }, count(f)]),
      chart: report.barriers.map((f) => ({ key: f.key, label: tb(f.key), value: f.count })),
    },
    {
      id: 'ambassadorResults',
      title: t('table_ambassadorResults'),
      intro: t('ambassadorResultsIntro', {
        rule: t(`pairRule_${report.target?.period.pairRule ?? 'recruiter'}`),
        paidWork: report.ambassadors.programme.total,
        certified: report.ambassadors.certified,
      }),
      columns: [{ header: t('col_ambassador') }, { header: t('colLeads'), numeric: true }, { header: t('colSignedCredited'), numeric: true }, { header: t('colCertified') }],
      rows: report.ambassadors.rows.map((r) => [
        { text: r.name },
        count(r.contacts),
        { text: format.number(r.signed.count, { maximumFractionDigits: 1 }), href: href(r.signed.filter), numeric: true },
        { text: r.certified ? t('yes') : t('no') },
      ]),
    },
    ...referralTables(report, t, n),
    {
      id: 'background',
      title: t('table_background'),
      intro: t('backgroundIntro'),
      columns: [{ header: t('colBackground') }, { header: t('colAmbassadors'), numeric: true }],
      // Special-category data: grouped in SQL by lib/diversity, 1–4 shown as "<5" (maskCount).
      rows: backgrounds.map((b) => [{ text: b.label ?? t('notRecorded') }, { text: maskCount(b.count), numeric: true }]),
    },
  ];
  return tables;
}

/**
 * The social map's referrals of the period by theme and by wijk. A health theme is special-category
 * data: 1–4 shows as "<5" (maskCount) and stays out of the chart (a bar would show the figure).
 * The referral list has no date filter, so these counts do not link to it.
 */
function referralTables(report: PeriodReport, t: (key: string) => string, n: (v: number) => string): ReportTable[] {
  const refs = report.referrals ?? { themes: [], wijken: [] };
  const shown = (r: { count: number; special?: boolean }) => (r.special ? maskCount(r.count) : n(r.count));
  return [
    {
      id: 'referralThemes',
      title: t('table_referralThemes'),
      intro: t('referralThemesIntro'),
      columns: [{ header: t('colTheme') }, { header: t('colReferrals'), numeric: true }],
      rows: refs.themes.map((r) => [{ text: r.name ?? t('noTheme') }, { text: shown(r), numeric: true }]),
      chart: refs.themes
        .filter((r) => !r.special || r.count === 0 || r.count >= SMALL_COUNT)
        .map((r) => ({ key: r.key, label: r.name ?? t('noTheme'), value: r.count, display: shown(r) })),
    },
    {
      id: 'referralWijken',
      title: t('table_referralWijken'),
      columns: [{ header: t('col_wijk') }, { header: t('colReferrals'), numeric: true }],
      rows: refs.wijken.map((r) => [{ text: r.name ?? t('noWijk') }, { text: n(r.count), numeric: true }]),
      chart: refs.wijken.map((r) => ({ key: r.key, label: r.name ?? t('noWijk'), value: r.count })),
    },
  ];
}
