import { getFormatter, getTranslations } from 'next-intl/server';
import { ClaimStatusBadge } from '@/app/_components/claim-status-badge';
import { Section } from '@/app/_components/ui/card';
import { DataBadge } from '@/app/_components/ui/badge';
import { ConfirmStep } from '@/app/_components/ui/confirm';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import type { QueueRow } from '@/lib/expenses/queries';
import { ApproveForm, PayForm, RejectForm } from '../decision-forms';

const PAY_FORM = 'pay-form';

/** The claims that match: approve or reject a submitted one, tick approved ones and mark them paid, open a receipt. */
export async function QueueSection({ rows, total }: { rows: QueueRow[]; total: number }) {
  const t = await getTranslations('expenses');
  const format = await getFormatter();
  const euro = (cents: number) => format.number(cents / 100, { style: 'currency', currency: 'EUR' });
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: 'medium' });
  const messages = { approved: t('approvedDone'), rejected: t('rejectedDone'), paid: t('paidDone') };
  const columns = [
    { header: t('colSelect') },
    { header: t('colAmbassador') },
    { header: t('colShift') },
    { header: t('colEvent') },
    { header: t('colAmount'), numeric: true },
    { header: t('colStatus') },
    { header: t('colReceipt') },
    { header: t('colDecide') },
  ];
  return (
    <Section id="queue" title={t('queueTitle')} className="mt-6">
      <p className="mt-1" data-testid="queue-count">
        {total > rows.length ? t('queueCountLimited', { shown: rows.length, total }) : t('queueCount', { count: total })}
      </p>
      <DataTable caption={t('queueCaption')} captionHidden columns={columns} rowCount={rows.length} empty={t('queueEmpty')} className="mt-2">
        {rows.map((r) => {
          const what = t('claimOf', { name: r.ambassadorName, date: day(r.shiftDate), dagdeel: t(`dagdeel.${r.dagdeel}`) });
          return (
            <Tr key={r.id} data-testid={`claim-row-${r.id}`}>
              <Td>
                {r.status === 'approved' ? <input type="checkbox" name="claimIds" value={r.id} form={PAY_FORM} aria-label={t('selectForPayment', { what })} className="h-5 w-5" /> : null}
              </Td>
              <RowHeader className="font-semibold">{r.ambassadorName}</RowHeader>
              <Td className="whitespace-nowrap">
                <time dateTime={r.shiftDate}>{day(r.shiftDate)}</time>
                <br />
                {t(`dagdeel.${r.dagdeel}`)}
                {r.selfAttested ? (
                  <>
                    <br />
                    <DataBadge tone="warning" className="mt-1" title={t('selfAttestedHint')} data-testid="self-attested">
                      {t('selfAttested')}
                    </DataBadge>
                  </>
                ) : null}
              </Td>
              <Td>{r.meetingKind ? <DataBadge tone="info" data-testid="meeting-claim">{t(`meeting.${r.meetingKind}`)}</DataBadge> : r.eventTitle}</Td>
              <Td numeric className="whitespace-nowrap">
                {euro(r.amountCents)}
              </Td>
              <Td>
                <ClaimStatusBadge status={r.status} label={t(`status.${r.status}`)} />
                {r.status === 'rejected' && r.rejectReason ? <p className="mt-1 max-w-56">{r.rejectReason}</p> : null}
              </Td>
              <Td>
                {/* Opens in a new tab, shown there (PNG, JPEG, PDF are served inline); a photo of a claim to decide also as a
                    thumbnail here (each view is audited as receipt.viewed, so only where the coordinator must look). */}
                <a className="text-brand-700 underline" href={`/api/receipts/${r.receiptId}`} target="_blank" rel="noopener" aria-label={t('openReceiptOfClaim', { what })} data-testid="receipt-link">
                  {r.status === 'submitted' && (r.receiptType === 'image/png' || r.receiptType === 'image/jpeg') ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a private, uncached route; next/image would cache it
                    <img src={`/api/receipts/${r.receiptId}`} alt="" loading="lazy" className="mb-1 block h-16 w-16 rounded border border-slate-300 object-cover" data-testid="receipt-thumbnail" />
                  ) : null}
                  {t('openReceipt')}
                </a>
              </Td>
              <Td>
                {r.status === 'submitted' ? (
                  <>
                    {/* Approving is final (the claim can then be paid): a confirming second click that says so. */}
                    <ConfirmStep
                      tone="secondary"
                      label={t('approve')}
                      name={t('approveName', { what })}
                      consequence={t('approveConfirm', { what, amount: euro(r.amountCents) })}
                      cancelHint={t('approveCancel')}
                      testId={`approve-${r.id}`}
                    >
                      <ApproveForm claimId={r.id} label={t('approveConfirmSubmit')} name={t('approveConfirmName', { what })} messages={messages} />
                    </ConfirmStep>
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
              </Td>
            </Tr>
          );
        })}
      </DataTable>
      {rows.some((r) => r.status === 'approved') ? <PayForm formId={PAY_FORM} label={t('markPaid')} hint={t('markPaidHint')} messages={messages} /> : null}
    </Section>
  );
}
