import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { claimantOptions, listClaims } from '@/lib/expenses/queries';
import { CLAIM_STATUSES, parseQueueFilters } from '@/lib/expenses/schema';
import { todayLocal } from '@/lib/dates';
import { ApproveForm, PayForm, RejectForm } from './decision-forms';
import { DataTable } from '@/app/_components/ui/table';
import { PageHeading } from '@/app/_components/ui/heading';
import { Button } from '@/app/_components/ui/button';

const controlClass = 'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900';
const PAY_FORM = 'pay-form';
const LIMIT = 200;

const STATUS_CLASS = {
  submitted: 'bg-amber-100 text-amber-900',
  approved: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
  paid: 'bg-slate-200 text-slate-900',
} as const;

/**
 * The coordinator's expense queue: filters (a plain GET form), approve or reject each submitted
 * claim, tick approved claims and mark them paid, open receipts, download a month's payout.
 */
export default async function StaffExpensesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireAreaPermission('staff', 'expenses.manage');
  const t = await getTranslations('expenses');
  const format = await getFormatter();
  const filters = parseQueueFilters(await searchParams);
  const db = getDb();
  const [{ rows, total }, claimants] = await Promise.all([listClaims(db, filters, LIMIT), claimantOptions(db)]);

  const euro = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const messages = Object.fromEntries([
    ['approved', t('approvedDone')],
    ['rejected', t('rejectedDone')],
    ['paid', t('paidDone')],
  ]);
  const exportMonth = filters.month ?? todayLocal().slice(0, 7);
  const anyApproved = rows.some((r) => r.status === 'approved');

  return (
    <>
      <PageHeading>{t('staffTitle')}</PageHeading>
      <p className="mt-2 max-w-3xl">{t('staffIntro')}</p>
      <p className="mt-2">
        <a className="font-semibold text-brand-700 underline" href="/staff/expenses/rates">
          {t('ratesLink')}
        </a>
      </p>

      <section aria-labelledby="filters-title" className="mt-6 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="filters-title" className="mb-3 text-lg font-bold">
          {t('filtersTitle')}
        </h2>
        <form method="get" action="/staff/expenses" role="search" aria-labelledby="filters-title">
          <div className="grid gap-4 sm:grid-cols-3">
            <div>
              <label htmlFor="ef-ambassador" className="block font-semibold">
                {t('filterAmbassador')}
              </label>
              <select id="ef-ambassador" name="ambassador" defaultValue={filters.ambassadorId ?? ''} className={controlClass}>
                <option value="">{t('filterAmbassadorAll')}</option>
                {claimants.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="ef-month" className="block font-semibold">
                {t('filterMonth')}
              </label>
              <p id="ef-month-hint" className="text-sm text-slate-700">
                {t('monthHint')}
              </p>
              <input
                id="ef-month"
                name="month"
                type="month"
                defaultValue={filters.month ?? ''}
                aria-describedby="ef-month-hint"
                className={controlClass}
              />
            </div>
            <div>
              <label htmlFor="ef-status" className="block font-semibold">
                {t('filterStatus')}
              </label>
              <select id="ef-status" name="status" defaultValue={filters.status ?? ''} className={controlClass}>
                <option value="">{t('filterStatusAll')}</option>
                {CLAIM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <Button>
              {t('filterApply')}
            </Button>
            <a href="/staff/expenses" className="text-brand-700 underline">
              {t('filterReset')}
            </a>
          </div>
        </form>
      </section>

      <section aria-labelledby="export-title" className="mt-6 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="export-title" className="mb-1 text-lg font-bold">
          {t('exportTitle')}
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">{t('exportIntro')}</p>
        <form method="get" action="/staff/expenses/export" className="flex flex-wrap items-end gap-4" aria-labelledby="export-title">
          <div>
            <label htmlFor="ex-month" className="block font-semibold">
              {t('exportMonth')}
            </label>
            <input id="ex-month" name="month" type="month" required defaultValue={exportMonth} className={controlClass} />
          </div>
          <button type="submit" className="rounded-md border-2 border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50">
            {t('exportSubmit')}
          </button>
        </form>
      </section>

      <section aria-labelledby="queue-title" className="mt-6">
        <h2 id="queue-title" className="text-xl font-bold">
          {t('queueTitle')}
        </h2>
        <p className="mt-1" data-testid="queue-count">
          {total > rows.length ? t('queueCountLimited', { shown: rows.length, total }) : t('queueCount', { count: total })}
        </p>
        {rows.length ? (
          <DataTable caption={t('queueCaption')} captionHidden columns={[{ header: t('colSelect') }, { header: t('colAmbassador') }, { header: t('colShift') }, { header: t('colEvent') }, { header: t('colAmount'), numeric: true }, { header: t('colStatus') }, { header: t('colReceipt') }, { header: t('colDecide') }]} className="mt-2">
                {rows.map((r) => {
                  const what = t('claimOf', { name: r.ambassadorName, date: day(r.shiftDate), dagdeel: t(`dagdeel.${r.dagdeel}`) });
                  return (
                    <tr key={r.id} className="border-b border-slate-200 align-top" data-testid={`claim-row-${r.id}`}>
                      <td className="p-2">
                        {r.status === 'approved' ? (
                          <input
                            type="checkbox"
                            name="claimIds"
                            value={r.id}
                            form={PAY_FORM}
                            aria-label={t('selectForPayment', { what })}
                            className="h-5 w-5"
                          />
                        ) : null}
                      </td>
                      <th scope="row" className="p-2 font-semibold">
                        {r.ambassadorName}
                      </th>
                      <td className="p-2 whitespace-nowrap">
                        <time dateTime={r.shiftDate}>{day(r.shiftDate)}</time>
                        <br />
                        {t(`dagdeel.${r.dagdeel}`)}
                        {r.selfAttested ? (
                          <>
                            <br />
                            <span className="mt-1 inline-block rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900" title={t('selfAttestedHint')} data-testid="self-attested">
                              {t('selfAttested')}
                            </span>
                          </>
                        ) : null}
                      </td>
                      <td className="p-2">{r.eventTitle}</td>
                      <td className="p-2 text-end tabular-nums whitespace-nowrap">{euro(r.amountCents)}</td>
                      <td className="p-2">
                        <span className={`rounded px-2 py-0.5 font-semibold whitespace-nowrap ${STATUS_CLASS[r.status]}`}>{t(`status.${r.status}`)}</span>
                        {r.status === 'rejected' && r.rejectReason ? <p className="mt-1 max-w-56">{r.rejectReason}</p> : null}
                      </td>
                      <td className="p-2">
                        <a className="text-brand-700 underline" href={`/api/receipts/${r.receiptId}`} aria-label={t('openReceiptOfClaim', { what })}>
                          {t('openReceipt')}
                        </a>
                      </td>
                      <td className="p-2">
                        {r.status === 'submitted' ? (
                          <>
                            <ApproveForm claimId={r.id} label={t('approve')} name={t('approveName', { what })} messages={messages} />
                            <RejectForm
                              claimId={r.id}
                              messages={messages}
                              text={{
                                summary: t('reject'),
                                summaryName: t('rejectName', { what }),
                                reasonLabel: t('rejectReasonLabel'),
                                reasonHint: t('rejectReasonHint'),
                                submit: t('rejectSubmit'),
                                submitName: t('rejectSubmitName', { what }),
                              }}
                            />
                          </>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </DataTable>
        ) : (
          <p className="mt-2">{t('queueEmpty')}</p>
        )}
        {anyApproved ? <PayForm formId={PAY_FORM} label={t('markPaid')} hint={t('markPaidHint')} messages={messages} /> : null}
      </section>
    </>
  );
}
