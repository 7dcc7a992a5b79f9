import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { claimableDagdelenOf, claimsOf, listRates } from '@/lib/expenses/queries';
import { rateOn } from '@/lib/expenses/rates';
import { todayLocal } from '@/lib/dates';
import { ClaimForm } from './claim-form';
import { PageHeading } from '@/app/_components/ui/heading';
import { ClaimStatusBadge } from '@/app/_components/claim-status-badge';
import { Section } from '@/app/_components/ui/card';

/**
 * The ambassador's allowance: attended shifts and meetings not claimed yet, each with its claim form, and the
 * claims made so far with their status. Only the ambassador's own rows (owner in every WHERE).
 */
export default async function AmbassadorExpensesPage({ searchParams }: { searchParams: Promise<{ aangevraagd?: string }> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('expenses');
  const tc = await getTranslations('common');
  const format = await getFormatter();
  const { aangevraagd } = await searchParams;
  const db = getDb();

  const euro = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

  if (!user.ambassadorId) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-2">{t('errors.noProfile')}</p>
      </>
    );
  }

  const [claimable, claims, rates] = await Promise.all([
    claimableDagdelenOf(db, user.ambassadorId),
    claimsOf(db, user.ambassadorId),
    listRates(db),
  ]);
  const current = rateOn(rates, todayLocal());

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mt-2 max-w-2xl">{current ? t('intro', { amount: euro(current.amountCents) }) : t('introNoRate')}</p>

      <Section id="to-claim" title={t('toClaimTitle')} className="mt-6">
        {claimable.length === 0 ? (
          <p className="mt-2">{t('nothingToClaim')}</p>
        ) : (
          <ul className="mt-3 space-y-4">
            {claimable.map((s) => {
              const dagdeelId = (s.shiftId ?? s.meetingId ?? s.intakeEscortId)!;
              const headingId = `${s.meetingId ? 'meeting' : s.intakeEscortId ? 'intake' : 'shift'}-${dagdeelId}`;
              return (
                <li key={dagdeelId} className="rounded-lg bg-white p-4 shadow-sm">
                  <h3 id={headingId} className="text-lg font-bold">
                    <time dateTime={s.date}>{day(s.date)}</time>, {t(`dagdeel.${s.dagdeel}`)}
                  </h3>
                  <p className="mt-1">
                    {s.meetingKind ? t(`meeting.${s.meetingKind}`) : s.eventTitle} · {s.place}
                  </p>
                  <p className="mt-1">
                    {s.amountCents !== null ? t('amountForShift', { amount: euro(s.amountCents) }) : t('errors.noRate')}
                  </p>
                  {s.amountCents !== null ? (
                    <ClaimForm
                      id={dagdeelId}
                      field={s.meetingId ? 'meetingId' : s.intakeEscortId ? 'intakeEscortId' : 'shiftId'}
                      labelledBy={headingId}
                      text={{
                        receiptLabel: t('receiptLabel'),
                        receiptHint: t('receiptHint'),
                        notSent: t('claimNotSent'),
                        requiredMarker: tc('requiredMarker'),
                        submit: t('claimSubmit'),
                        submitting: t('claimSubmitting'),
                      }}
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <section aria-labelledby="mijn-aanvragen" className="mt-8">
        <h2 id="mijn-aanvragen" tabIndex={-1} className="text-xl font-bold">
          {t('myClaimsTitle')}
        </h2>
        {aangevraagd ? (
          <p role="status" className="mt-3 rounded-md border-2 border-green-700 bg-green-50 p-3 font-semibold text-green-900">
            {t('claimSent')}
          </p>
        ) : null}
        {claims.length === 0 ? (
          <p className="mt-2">{t('noClaims')}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 rounded-lg bg-white shadow-sm" data-testid="my-claims">
            {claims.map((c) => (
              <li key={c.id} className="p-4" data-testid={`my-claim-${c.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="font-semibold">
                    <time dateTime={c.shiftDate}>{day(c.shiftDate)}</time>, {t(`dagdeel.${c.dagdeel}`)}
                  </p>
                  <p>
                    <ClaimStatusBadge status={c.status} label={t(`status.${c.status}`)} hiddenPrefix={t('statusLabel')} className="text-sm" />
                  </p>
                </div>
                <p className="mt-1">{c.meetingKind ? t(`meeting.${c.meetingKind}`) : c.eventTitle}</p>
                <p className="mt-1 tabular-nums">{euro(c.amountCents)}</p>
                {c.status === 'rejected' && c.rejectReason ? (
                  <p className="mt-1">
                    <span className="font-semibold">{t('rejectReasonLabel')}:</span> {c.rejectReason}
                  </p>
                ) : null}
                <p className="mt-2">
                  <a className="text-brand-700 underline" href={`/api/receipts/${c.receiptId}`}>
                    {t('openReceiptOf', { date: day(c.shiftDate) })}
                  </a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
