import { getFormatter, getTranslations } from 'next-intl/server';
import { costPer } from '@/lib/reports/costs';
import type { EvaluationData } from '@/lib/reports/evaluation';
import { EVALUATION_SECTIONS, type EvaluationSection } from '@/lib/reports/schema';
import { maskCount } from '@/lib/diversity/queries';
import type { AmbassadorStatus, CandidateSource, StopReason } from '@/lib/ambassadors/lifecycle';
import { type CorpsFilters, corpsListHref } from '@/lib/ambassadors/schema';
import { type ClaimStatus, expenseQueueHref } from '@/lib/expenses/schema';
import { type ReportTable, type TableId, reportTables } from './tables';

/** Which of the report page's live tables answer each of the source's questions. */
const SECTION_TABLES: Record<EvaluationSection, TableId[]> = {
  why: ['channel'],
  profile: ['background'],
  recruitment: [],
  tasks: ['wijk'],
  targetGroup: ['language', 'association', 'referralThemes', 'referralWijken'],
  pairs: ['signedByChannel', 'ambassadorResults'],
  success: ['funnel', 'leadTimes'],
  training: [],
  allowance: [],
  passClothing: [],
  costs: [],
  coaching: [],
  results: ['funnel', 'closeReasons', 'barriers'],
  culture: ['language', 'association', 'network'],
};

export interface EvaluationSectionView {
  key: EvaluationSection;
  title: string;
  tables: ReportTable[];
}

/**
 * The report's sections in the source's order, each with its tables: the report page's tables and
 * the evaluation's own (corps, recruitment of ambassadors, tasks, training, allowance, pass and
 * clothing, costs, coaching, programme results, culture). A version published before a table
 * existed has no data for it and simply shows fewer tables.
 */
export async function evaluationSections(data: EvaluationData): Promise<EvaluationSectionView[]> {
  const t = await getTranslations('reports');
  const tl = await getTranslations('languages');
  const format = await getFormatter();
  const n = (v: number) => format.number(v);
  const tables = await reportTables(data.report, data.backgrounds);
  const byId = new Map(tables.map((x) => [x.id, x]));
  const eur = (cents: number | null) => (cents === null ? '–' : `€ ${(cents / 100).toFixed(2).replace('.', ',')}`);
  const num = (text: string) => ({ text, numeric: true });
  /** A two-column table of label → count, with its chart. */
  const counts = (id: string, title: string, header: string, rows: { key: string; label: string; count: number; href?: string }[], chart = true): ReportTable => ({
    id,
    title,
    columns: [{ header }, { header: t('colNumber'), numeric: true }],
    rows: rows.map((r) => [{ text: r.label }, { ...num(n(r.count)), href: r.href ?? null, list: 'ambassadors' as const }]),
    ...(chart ? { chart: rows.map((r) => ({ key: r.key, label: r.label, value: r.count })) } : {}),
  });
  /** A table of single figures (label → value), no chart. */
  const facts = (id: string, title: string, rows: [string, string, string?][]): ReportTable => ({
    id,
    title,
    columns: [{ header: t('colFigure') }, { header: t('colValue'), numeric: true }],
    rows: rows.map(([a, b, href]) => [{ text: a }, { ...num(b), href: href ?? null, list: 'ambassadors' as const }]),
  });

  const costTable: ReportTable = {
    id: 'costs',
    title: t('costLinesTitle'),
    columns: [{ header: t('colCategory') }, { header: t('colAmount'), numeric: true }],
    rows: [
      ...data.costs.lines.map((l) => [{ text: `${t(`cost_${l.category}`)}${l.byDefault ? ` (${t('byDefault')})` : ''}` }, num(eur(l.cents))]),
      [{ text: t('total') }, num(eur(data.costs.totalCents))],
    ],
    chart: data.costs.lines.map((l) => ({ key: l.category, label: t(`cost_${l.category}`), value: l.cents, display: eur(l.cents) })),
  };
  const costLines = (id: string, cats: string[]): ReportTable => ({
    ...costTable,
    id,
    chart: undefined,
    rows: data.costs.lines.filter((l) => cats.includes(l.category)).map((l) => [{ text: t(`cost_${l.category}`) }, num(eur(l.cents))]),
  });
  const per = costPer(data.costs, data.signed, data.started);
  const costPerTable: ReportTable = {
    id: 'costPer',
    title: t('costPerTitle'),
    columns: [
      { header: t('col_channel') },
      { header: t('colAmount'), numeric: true },
      { header: t('colSigned'), numeric: true },
      { header: t('colPerSigned'), numeric: true },
      { header: t('colStarted'), numeric: true },
      { header: t('colPerStarted'), numeric: true },
    ],
    rows: per.map((r) => [
      { text: t(`costChannel_${r.channel}`) },
      num(eur(r.cents)),
      num(n(r.signed)),
      num(eur(r.perSigned)),
      num(n(r.started)),
      num(eur(r.perStarted)),
    ]),
  };

  const f = data.figures;
  // Every figure links to the list it counts: the corps list and the allowance queue take the same filters.
  const { from, to } = data.report.period;
  const corps = (filters: CorpsFilters) => corpsListHref(filters);
  const own: Partial<Record<EvaluationSection, ReportTable[]>> = {};
  if (data.corpsLanguages && data.corpsNt2) {
    own.profile = [
      counts('corpsLanguages', t('table_corpsLanguages'), t('col_language'), data.corpsLanguages.map((r) => ({ key: r.key, label: r.key === 'other' ? t('languageOther') : tl(r.key), count: r.count }))),
      counts('corpsNt2', t('table_corpsNt2'), t('colNt2'), data.corpsNt2.map((r) => ({ key: r.key, label: r.key === 'none' ? t('notRecorded') : r.key, count: r.count }))),
    ];
  }
  if (f) {
    own.profile = [
      counts('corpsStatus', t('table_corpsStatus'), t('colStatus'), f.corps.byStatus.map((r) => ({ key: r.key, label: t(`status_${r.key}`), count: r.count, href: corps({ status: r.key as AmbassadorStatus }) }))),
      ...(own.profile ?? []),
      facts('corpsFacts', t('table_corpsFacts'), [
        [t('activeAmbassadors'), n(data.activeAmbassadors), corps({ status: 'active' })],
        [t('activeWithChildren'), n(f.corps.activeWithChildren)],
      ]),
    ];
    own.recruitment = [
      {
        id: 'candidateSources',
        title: t('table_candidateSources'),
        intro: t('candidateSourcesIntro'),
        columns: [{ header: t('colSource') }, { header: t('colCandidates'), numeric: true }, { header: t('colActiveNow'), numeric: true }],
        rows: f.recruitment.bySource.map((r) => [
          { text: t(`source_${r.key}`) },
          { ...num(n(r.count)), href: corps({ source: r.key as CandidateSource, cameFrom: from, cameTo: to }), list: 'ambassadors' as const },
          { ...num(n(r.active)), href: corps({ source: r.key as CandidateSource, cameFrom: from, cameTo: to, status: 'active' }), list: 'ambassadors' as const },
        ]),
        chart: f.recruitment.bySource.map((r) => ({ key: r.key, label: t(`source_${r.key}`), value: r.count })),
      },
      counts('interviews', t('table_interviews'), t('colOutcome'), f.recruitment.interviews.map((r) => ({ key: r.key, label: t(`outcome_${r.key}`), count: r.count }))),
    ];
    own.tasks = [
      {
        id: 'tasks',
        title: t('table_tasks'),
        columns: [
          { header: t('colEventKind') },
          { header: t('colEvents'), numeric: true },
          { header: t('colShifts'), numeric: true },
          { header: t('colPlaces'), numeric: true },
          { header: t('colAssigned'), numeric: true },
          { header: t('colAttended'), numeric: true },
        ],
        rows: f.tasks.map((r) => [{ text: t(`eventKind_${r.kind}`) }, num(n(r.events)), num(n(r.shifts)), num(n(r.places)), num(n(r.assigned)), num(n(r.attended))]),
        chart: f.tasks.map((r) => ({ key: r.kind, label: t(`eventKind_${r.kind}`), value: r.attended })),
      },
    ];
    own.training = [
      facts('training', t('table_training'), [
        [t('trainingSessions'), n(f.training.sessions)],
        [t('trainingPresent'), n(f.training.present)],
        [t('trainingAbsent'), n(f.training.absent)],
        [t('trainingPeople'), n(f.training.trained)],
        [t('certificatesIssued'), n(f.training.certificatesIssued)],
        [t('certificatesValid'), n(f.training.certificatesValid)],
      ]),
    ];
    own.allowance = [
      {
        id: 'claims',
        title: t('table_claims'),
        intro: t('claimsIntro'),
        columns: [{ header: t('colStatus') }, { header: t('colClaims'), numeric: true }, { header: t('colAmount'), numeric: true }],
        rows: f.allowance.map((r) => [{ text: t(`claim_${r.key}`) }, { ...num(n(r.count)), href: expenseQueueHref({ status: r.key as ClaimStatus, from, to }), list: 'claims' as const }, num(eur(r.cents))]),
        chart: f.allowance.map((r) => ({ key: r.key, label: t(`claim_${r.key}`), value: r.count })),
      },
    ];
    own.passClothing = [
      facts('passes', t('table_passes'), [
        [t('passesIssued'), n(f.passClothing.passesIssued)],
        [t('passesValid'), n(f.passClothing.passesValid)],
        ...f.passClothing.clothing.map((r): [string, string] => [t(`clothing_${r.key}`), n(r.count)]),
      ]),
    ];
    const hours = (minutes: number) => format.number(minutes / 60, { maximumFractionDigits: 1 });
    own.coaching = [
      {
        id: 'coachingTopics',
        title: t('table_coachingTopics'),
        columns: [{ header: t('colTopic') }, { header: t('colSessions'), numeric: true }, { header: t('colHours'), numeric: true }],
        rows: f.coaching.byTopic.map((r) => [{ text: t(`topic_${r.key}`) }, num(n(r.count)), num(hours(r.minutes))]),
        chart: f.coaching.byTopic.map((r) => ({ key: r.key, label: t(`topic_${r.key}`), value: r.minutes, display: `${hours(r.minutes)} ${t('hoursShort')}` })),
      },
      facts('coaching', t('table_coaching'), [
        [t('coachingSessions'), n(f.coaching.sessions)],
        [t('coachingHours'), hours(f.coaching.minutes)],
        [t('coachingPeople'), n(f.coaching.coached)],
        [t('coachingHoursPerPerson'), f.coaching.coached ? hours(f.coaching.minutes / f.coaching.coached) : '–'],
        [t('coachingReviews'), n(f.coaching.reviews)],
        [t('coachingReviewed'), n(f.coaching.reviewed)],
        [t('agreementsDone'), n(f.coaching.agreementsDone)],
        [t('agreementsNotDone'), n(f.coaching.agreementsNotDone)],
      ]),
    ];
    own.results = [
      counts(
        'stopped',
        t('table_stopped'),
        t('colReason'),
        f.stopped.map((r) => ({ key: r.key, label: t(`stop_${r.key}`), count: r.count, href: corps({ status: 'stopped', reason: r.key as StopReason, stoppedFrom: from, stoppedTo: to }) })),
      ),
    ];
    own.culture = [
      {
        id: 'cultureBackground',
        title: t('table_cultureBackground'),
        intro: t('cultureBackgroundIntro'),
        columns: [{ header: t('colBackground') }, { header: t('colAmbassadors'), numeric: true }, { header: t('colLeads'), numeric: true }, { header: t('colSigned'), numeric: true }],
        rows: f.culture.map((r) => [
          { text: r.group === 'small' ? t('smallGroups') : (r.label ?? t('notRecorded')) },
          // Special-category data: the number of ambassadors of a group under 5 shows as "<5".
          num(maskCount(r.ambassadors)),
          num(n(r.contacts)),
          num(n(r.signed)),
        ]),
      },
    ];
  }

  return EVALUATION_SECTIONS.map((key) => ({
    key,
    title: t(`section_${key}`),
    tables: [
      ...SECTION_TABLES[key].map((id) => byId.get(id)!).filter(Boolean),
      ...(own[key] ?? []),
      ...(key === 'costs' ? [costTable, costPerTable] : key === 'allowance' ? [costLines('costs-allowances', ['allowances'])] : key === 'passClothing' ? [costLines('costs-passes-clothing', ['passes', 'clothing'])] : []),
    ],
  }));
}
