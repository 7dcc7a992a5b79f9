import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { todayLocal } from '@/lib/dates';
import { listRates } from '@/lib/expenses/queries';
import { rateOn } from '@/lib/expenses/rates';
import { RateForm } from './rate-form';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { Section } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';

/** The allowance per dagdeel and its history; the coordinator adds a rate from a day on. */
export default async function ExpenseRatesPage() {
  await requireAreaPermission('staff', 'expenses.manage');
  const t = await getTranslations('expenses');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const rates = await listRates(getDb());
  const current = rateOn(rates, todayLocal());
  const euro = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'long' });

  return (
    <>
      <p>
        <a className="text-brand-700 underline" href="/staff/expenses">
          {t('backToQueue')}
        </a>
      </p>
      <PageHeading className="mt-2">{t('ratesTitle')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('ratesIntro')}</p>

      <Section id="rates" title={t('ratesHistoryTitle')} className="mt-6">
        {rates.length === 0 ? (
          <p className="mt-2 rounded-md border-2 border-red-700 bg-red-50 p-3 text-red-900">{t('noRates')}</p>
        ) : (
          <DataTable caption={t('ratesHistoryTitle')} captionHidden columns={[{ header: t('colValidFrom') }, { header: t('colRate'), numeric: true }, { header: t('colInForce'), hiddenHeader: true }]} className="mt-2" tableClassName="max-w-xl" data-testid="rates-table">
                {rates.map((r) => (
                  <Tr key={r.id}>
                    <RowHeader>
                      <time dateTime={r.validFrom}>{day(r.validFrom)}</time>
                    </RowHeader>
                    <Td numeric>{euro(r.amountCents)}</Td>
                    <Td>
                      {current?.id === r.id ? (
                        <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-800">{t('inForce')}</span>
                      ) : r.validFrom > todayLocal() ? (
                        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{t('upcoming')}</span>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </DataTable>
        )}
      </Section>

      <Section id="new-rate" title={t('newRateTitle')} className="mt-8">
        <RateForm
          text={{
            labels: { amount: t('rateAmount'), validFrom: t('rateValidFrom') },
            hints: { amount: t('rateAmountHint'), validFrom: t('rateValidFromHint') },
            requiredMarker: tc('requiredMarker'),
            submit: t('rateSubmit'),
            submitting: t('rateSubmitting'),
            added: t('rateAdded'),
          }}
        />
      </Section>
    </>
  );
}
