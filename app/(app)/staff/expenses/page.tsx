import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { claimantOptions, listClaims } from '@/lib/expenses/queries';
import { parseQueueFilters } from '@/lib/expenses/schema';
import { PayoutExportSection } from './_sections/export';
import { QueueFiltersSection } from './_sections/filters';
import { QueueSection } from './_sections/queue';

const LIMIT = 200;

/**
 * The coordinator's expense queue: filters (a plain GET form), approve or reject each submitted
 * claim, tick approved claims and mark them paid, open receipts, download a month's payout.
 */
export default async function StaffExpensesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'expenses.manage');
  const t = await getTranslations('expenses');
  const filters = parseQueueFilters(await searchParams);
  const db = getDb();
  const [{ rows, total }, claimants] = await Promise.all([listClaims(db, filters, LIMIT), claimantOptions(db)]);

  return (
    <>
      <PageHeading>{t('staffTitle')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('staffIntro')}</p>
      <p className="mt-2">
        <a className="font-semibold text-brand-700 underline" href="/staff/expenses/rates">
          {t('ratesLink')}
        </a>
      </p>
      <QueueFiltersSection filters={filters} claimants={claimants} />
      <PayoutExportSection month={filters.month ?? todayLocal().slice(0, 7)} />
      <QueueSection rows={rows} total={total} />
    </>
  );
}
