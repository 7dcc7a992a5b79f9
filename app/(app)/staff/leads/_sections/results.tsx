import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { Pagination } from '@/app/_components/ui/pagination';
import { DEFAULT_DIR, type LeadListFilters, type LeadListPage, type LeadListSort, leadListQuery } from '@/lib/leads/list/queries';
import type { StepNames } from '@/lib/leads/settings/queries';
import { LeadTable, type SortableColumn } from '../_components/lead-table';
import { leadListText } from './shared';

const SORTABLE = ['name', 'status', 'createdAt', 'lastActivityAt'] as const;
const LABELS = ['colPhone', 'colSource', 'colAttribution', 'colWijk', 'colLanguage', 'colSignals', 'colAssigned', 'badgeOverdue', 'badgeDuplicate', 'nobody', 'none'] as const;

/** How many leads match, the export of them, and one page of the table with sortable columns. */
export async function LeadResults({ filters, result, steps }: { filters: LeadListFilters; result: LeadListPage; steps: StepNames }) {
  const { t, sortLabel, languageName } = await leadListText();
  const tsrc = await getTranslations('sources');
  const format = await getFormatter();
  const column = { name: t('colName'), status: t('colStep'), createdAt: t('colCreatedAt'), lastActivityAt: t('colLastActivity') };
  const sortable = Object.fromEntries(
    SORTABLE.map((key): [LeadListSort, SortableColumn] => {
      const current = filters.sort === key ? filters.dir : undefined;
      const next = current ? (current === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
      const href = `/staff/leads${leadListQuery(filters, { sort: key, dir: next, page: 1 })}`;
      return [key, { key, label: column[key], current, href, action: next === 'asc' ? t('sortByAsc') : t('sortByDesc') }];
    }),
  ) as Record<(typeof SORTABLE)[number], SortableColumn>;
  const exportLink =
    result.total > 0 ? (
      <a href={`/staff/leads/export${leadListQuery({ ...filters, page: 1 })}`} className="font-semibold text-brand-700 underline">
        {t('export')}
      </a>
    ) : null;

  return (
    <Section id="results" title={result.capped ? t('resultCountMore', { total: result.total }) : t('resultCount', { total: result.total })} aside={exportLink} headingClassName="mb-2">
      {result.total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <>
          <p className="mb-2 text-slate-700">{t(result.capped ? 'pageOfAtLeast' : 'pageOf', { page: result.page, pageCount: result.pageCount })}</p>
          <LeadTable
            caption={t(result.capped ? 'captionAtLeast' : 'caption', { page: result.page, pageCount: result.pageCount, sort: sortLabel(filters.sort), dir: filters.dir === 'asc' ? t('sortedAsc') : t('sortedDesc') })}
            rows={result.rows}
            sortable={sortable}
            labels={Object.fromEntries(LABELS.map((k) => [k, t(k)])) as Record<(typeof LABELS)[number], string>}
            stepName={(r) => steps[r.status]}
            sourceName={(r) => tsrc(r.source)}
            languageName={(r) => languageName(r.preferredLanguage)}
            formatDate={(d) => format.dateTime(d, { dateStyle: 'medium' })}
          />
          <Pagination
            page={result.page}
            pageCount={result.pageCount}
            href={(p) => `/staff/leads${leadListQuery({ ...filters, page: result.page }, { page: p })}`}
            labels={{
              nav: t('pagination'),
              previous: t('previous'),
              previousLabel: t('previousLabel'),
              next: t('next'),
              nextLabel: t('nextLabel'),
              page: (p) => t('pageLabel', { page: p }),
            }}
          />
        </>
      )}
    </Section>
  );
}
