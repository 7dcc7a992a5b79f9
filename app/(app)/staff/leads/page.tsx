import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import {
  ASSIGNED_ME,
  ASSIGNED_NONE,
  DEFAULT_DIR,
  LEAD_LIST_SORTS,
  LEAD_SOURCES,
  type LeadListSort,
  WIJK_OTHER,
  leadListFilterOptions,
  leadListQuery,
  listLeads,
  parseLeadListFilters,
} from '@/lib/leads/list/queries';
import { getStepNames } from '@/lib/leads/settings/queries';
import { ALL_STATUSES, OVERDUE_DAYS } from '@/lib/leads/journey/steps';
import { FilterForm } from './_components/filter-form';
import { LeadTable, type SortableColumn } from './_components/lead-table';
import { Pagination } from '@/app/_components/ui/pagination';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('leadList');
  return { title: `${t('title')} – Wijkwerf` };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SORT_LABEL = {
  createdAt: 'sortCreatedAt',
  name: 'sortName',
  status: 'sortStatus',
  lastActivityAt: 'sortLastActivityAt',
} as const satisfies Record<LeadListSort, string>;

export default async function LeadListPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireArea('staff');
  const filters = parseLeadListFilters(await searchParams);
  const db = getDb();
  const locale = await getLocale();
  const t = await getTranslations('leadList');
  const ts = await getTranslations('steps');
  const tsrc = await getTranslations('sources');
  const tl = await getTranslations('languages');
  const format = await getFormatter();

  const [result, options, steps] = await Promise.all([
    listLeads(db, filters, { userId: user.id }),
    leadListFilterOptions(db),
    getStepNames(db, locale, (s) => ts(s)),
  ]);
  const shown = { ...filters, page: result.page };
  const languageName = (code: string) => (tl.has(code) ? tl(code) : code);
  const sortLabel = (s: LeadListSort) => t(SORT_LABEL[s]);

  const sortable = Object.fromEntries(
    (['name', 'status', 'createdAt', 'lastActivityAt'] as const).map((key): [LeadListSort, SortableColumn] => {
      const current = filters.sort === key ? filters.dir : undefined;
      const next = current ? (current === 'asc' ? 'desc' : 'asc') : DEFAULT_DIR[key];
      const label = { name: t('colName'), status: t('colStep'), createdAt: t('colCreatedAt'), lastActivityAt: t('colLastActivity') }[key];
      return [
        key,
        {
          key,
          label,
          current,
          href: `/staff/leads${leadListQuery(filters, { sort: key, dir: next, page: 1 })}`,
          action: next === 'asc' ? t('sortByAsc') : t('sortByDesc'),
        },
      ];
    }),
  ) as Record<'name' | 'status' | 'createdAt' | 'lastActivityAt', SortableColumn>;

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-1 mb-6">{t('intro')}</p>

      <FilterForm
        filters={filters}
        labels={{
          title: t('filtersTitle'),
          search: t('search'),
          searchHint: t('searchHint'),
          step: t('step'),
          stepAll: t('stepAll'),
          source: t('source'),
          sourceAll: t('sourceAll'),
          ambassador: t('ambassador'),
          ambassadorAll: t('ambassadorAll'),
          association: t('association'),
          associationAll: t('associationAll'),
          wijk: t('wijk'),
          wijkAll: t('wijkAll'),
          language: t('language'),
          languageAll: t('languageAll'),
          createdFrom: t('createdFrom'),
          createdTo: t('createdTo'),
          assigned: t('assigned'),
          assignedAll: t('assignedAll'),
          overdue: t('overdue', { days: OVERDUE_DAYS }),
          sort: t('sort'),
          dir: t('dir'),
          apply: t('apply'),
          reset: t('reset'),
        }}
        options={{
          step: ALL_STATUSES.map((s) => ({ value: s, label: steps[s] })),
          source: LEAD_SOURCES.map((s) => ({ value: s, label: tsrc(s) })),
          ambassador: options.ambassadors.map((a) => ({ value: a.id, label: a.name })),
          association: options.associations.map((a) => ({ value: a.id, label: a.name })),
          wijk: [...options.wijken.map((w) => ({ value: w.code, label: w.name })), { value: WIJK_OTHER, label: t('wijkOther') }],
          language: LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
          assigned: [
            { value: ASSIGNED_ME, label: t('assignedMe') },
            { value: ASSIGNED_NONE, label: t('assignedNone') },
            ...options.staff.map((s) => ({ value: s.id, label: s.active ? s.name : t('inactiveUser', { name: s.name }) })),
          ],
          sort: LEAD_LIST_SORTS.map((s) => ({ value: s, label: sortLabel(s) })),
          dir: [
            { value: 'asc', label: t('dirAsc') },
            { value: 'desc', label: t('dirDesc') },
          ],
        }}
      />

      <section aria-labelledby="results-title">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="results-title" className="text-xl font-bold">
            {t('resultCount', { total: result.total })}
          </h2>
          {result.total > 0 ? (
            <a href={`/staff/leads/export${leadListQuery({ ...filters, page: 1 })}`} className="font-semibold text-brand-700 underline">
              {t('export')}
            </a>
          ) : null}
        </div>
        {result.total === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <>
            <p className="mb-2 text-slate-700">{t('pageOf', { page: result.page, pageCount: result.pageCount })}</p>
            <LeadTable
              caption={t('caption', {
                page: result.page,
                pageCount: result.pageCount,
                sort: sortLabel(filters.sort),
                dir: filters.dir === 'asc' ? t('sortedAsc') : t('sortedDesc'),
              })}
              rows={result.rows}
              sortable={sortable}
              labels={{
                colPhone: t('colPhone'),
                colSource: t('colSource'),
                colAttribution: t('colAttribution'),
                colWijk: t('colWijk'),
                colLanguage: t('colLanguage'),
                colSignals: t('colSignals'),
                colAssigned: t('colAssigned'),
                badgeOverdue: t('badgeOverdue'),
                badgeDuplicate: t('badgeDuplicate'),
                nobody: t('nobody'),
                none: t('none'),
              }}
              stepName={(r) => steps[r.status]}
              sourceName={(r) => tsrc(r.source)}
              languageName={(r) => languageName(r.preferredLanguage)}
              formatDate={(d) => format.dateTime(d, { dateStyle: 'medium' })}
            />
            <Pagination
              page={result.page}
              pageCount={result.pageCount}
              href={(p) => `/staff/leads${leadListQuery(shown, { page: p })}`}
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
      </section>
    </>
  );
}
