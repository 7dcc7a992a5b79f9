import { getTranslations } from 'next-intl/server';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { FilterInput } from '@/app/_components/ui/filter-field';

/** A month's payout as a file. */
export async function PayoutExportSection({ month }: { month: string }) {
  const t = await getTranslations('expenses');
  return (
    <Section id="export" title={t('exportTitle')} card className="mt-6" headingClassName="mb-1">
      <p className="mb-3 max-w-3xl text-slate-700">{t('exportIntro')}</p>
      <form method="get" action="/staff/expenses/export" className="flex flex-wrap items-end gap-4" aria-labelledby="export-title">
        <FilterInput id="ex-month" name="month" type="month" label={t('exportMonth')} value={month} required />
        <Button variant="secondary">{t('exportSubmit')}</Button>
      </form>
    </Section>
  );
}
