import { getTranslations } from 'next-intl/server';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { FilterInput, FilterSelect } from '@/app/_components/ui/filter-field';
import { CLAIM_STATUSES, type QueueFilters } from '@/lib/expenses/schema';

/** The queue's filters: a plain GET form (ambassador, month or days, status). */
export async function QueueFiltersSection({ filters, claimants }: { filters: QueueFilters; claimants: { id: string; name: string }[] }) {
  const t = await getTranslations('expenses');
  return (
    <Section id="filters" title={t('filtersTitle')} card className="mt-6" headingClassName="mb-3">
      <form method="get" action="/staff/expenses" role="search" aria-labelledby="filters-title">
        <div className="grid gap-4 sm:grid-cols-3">
          <FilterSelect id="ef-ambassador" name="ambassador" label={t('filterAmbassador')} value={filters.ambassadorId} all={t('filterAmbassadorAll')} options={claimants.map((a) => ({ value: a.id, label: a.name }))} />
          <FilterInput id="ef-month" name="month" type="month" label={t('filterMonth')} hint={t('monthHint')} value={filters.month} />
          <FilterInput id="ef-from" name="from" type="date" label={t('filterFrom')} value={filters.from} />
          <FilterInput id="ef-to" name="to" type="date" label={t('filterTo')} value={filters.to} />
          <FilterSelect id="ef-status" name="status" label={t('filterStatus')} value={filters.status} all={t('filterStatusAll')} options={CLAIM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button>{t('filterApply')}</Button>
          <a href="/staff/expenses" className="text-brand-700 underline">
            {t('filterReset')}
          </a>
        </div>
      </form>
    </Section>
  );
}
