import { getTranslations } from 'next-intl/server';
import type { EvaluationData } from '@/lib/reports/evaluation';
import { EVALUATION_SECTIONS, type EvaluationSection } from '@/lib/reports/schema';
import { type ReportTable, type TableId, reportTables } from './tables';

/** Which live tables answer each of the source's questions (sections without tables are narrative only). */
const SECTION_TABLES: Record<EvaluationSection, TableId[]> = {
  why: ['channel'],
  profile: ['background', 'language'],
  recruitment: [],
  tasks: ['wijk'],
  targetGroup: ['language', 'association'],
  pairs: ['signedByChannel', 'ambassadorResults'],
  success: ['funnel', 'leadTimes'],
  training: ['ambassadorResults'],
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

/** The report's sections in the source's order, each with its tables and, for costs, the cost table. */
export async function evaluationSections(data: EvaluationData): Promise<EvaluationSectionView[]> {
  const t = await getTranslations('reports');
  const tables = await reportTables(data.report, data.backgrounds);
  const byId = new Map(tables.map((x) => [x.id, x]));
  const eur = (cents: number | null) => (cents === null ? '–' : `€ ${(cents / 100).toFixed(2).replace('.', ',')}`);
  const costTable: ReportTable = {
    id: 'costs',
    title: t('costLinesTitle'),
    columns: [{ header: t('colCategory') }, { header: t('colAmount'), numeric: true }],
    rows: [
      ...data.costs.lines.map((l) => [{ text: `${t(`cost_${l.category}`)}${l.byDefault ? ` (${t('byDefault')})` : ''}` }, { text: eur(l.cents), numeric: true }]),
      [{ text: t('total') }, { text: eur(data.costs.totalCents), numeric: true }],
    ],
  };
  const allowance = data.costs.lines.filter((l) => l.category === 'allowances' || l.category === 'passes' || l.category === 'clothing');
  const small = (cats: string[]): ReportTable => ({
    ...costTable,
    id: `costs-${cats.join('-')}`,
    rows: allowance.filter((l) => cats.includes(l.category)).map((l) => [{ text: t(`cost_${l.category}`) }, { text: eur(l.cents), numeric: true }]),
  });
  return EVALUATION_SECTIONS.map((key) => ({
    key,
    title: t(`section_${key}`),
    tables: [
      ...SECTION_TABLES[key].map((id) => byId.get(id)!).filter(Boolean),
      ...(key === 'costs' ? [costTable] : key === 'allowance' ? [small(['allowances'])] : key === 'passClothing' ? [small(['passes', 'clothing'])] : []),
    ],
  }));
}
