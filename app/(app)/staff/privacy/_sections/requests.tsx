import { getFormatter, getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { DataBadge } from '@/app/_components/ui/badge';
import { DataTable } from '@/app/_components/ui/table';
import { Heading } from '@/app/_components/ui/heading';
import { approveErasureAction, dismissWithdrawalAction, rejectErasureAction, verifyWithdrawalAction } from '@/lib/privacy/actions';
import type { PrivacyRequestRow } from '@/lib/privacy/queries';

/** What an open request logged by staff waits for (handled by the export, the erasure request, the lead's form). */
const TODO = { access: 'todoAccess', erasure: 'todoErasure', correction: 'todoCorrection' } as const;

/** The log of requests with their deadline; the buttons for what each one waits for. */
export async function RequestsSection({ rows, userId }: { rows: PrivacyRequestRow[]; userId: string }) {
  const t = await getTranslations('privacyRights');
  const format = await getFormatter();
  const messages = { erased: t('erased'), rejected: t('rejectedDone'), verified: t('verified'), dismissed: t('dismissed') };
  const button = (id: string, action: typeof approveErasureAction, label: string, variant: 'primary' | 'secondary' = 'secondary') => (
    <ActionForm key={label} idPrefix={`r-${id}-${label}`} action={action} fields={[{ kind: 'hidden', name: 'requestId', value: id }]} submitLabel={label} submitVariant={variant} submitSize="small" messages={messages} />
  );
  return (
    <section aria-labelledby="requests-title" className="mt-8">
      <Heading level={2} id="requests-title">
        {t('requestsTitle')}
      </Heading>
      <p className="mb-2">{t('requestsIntro')}</p>
      <DataTable caption={t('requestsTitle')} captionHidden rowCount={rows.length} empty={t('noRequests')} columns={[{ header: t('kind') }, { header: t('received') }, { header: t('due') }, { header: t('state') }, { header: t('todo') }]}>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-200 align-top" data-testid="privacy-request">
            <td className="p-2">
              {t(`kinds.${r.kind}`)} · {t(`channels.${r.channel === 'public' ? 'public' : 'staff'}`)}
              {r.phone ? <div className="font-mono text-sm">{r.phone}</div> : null}
              <div className="text-sm text-slate-700">{t('leadCount', { count: r.leadCount })}</div>
            </td>
            <td className="p-2 whitespace-nowrap">
              {format.dateTime(r.receivedAt, { dateStyle: 'medium' })}
              {r.requestedBy ? <div className="text-sm text-slate-700">{r.requestedBy}</div> : null}
            </td>
            <td className="p-2 whitespace-nowrap">
              {format.dateTime(new Date(`${r.dueOn}T12:00:00Z`), { dateStyle: 'medium' })}
              {r.overdue ? (
                <DataBadge tone="danger" className="ml-1">
                  {t('overdue')}
                </DataBadge>
              ) : null}
            </td>
            <td className="p-2">{r.status === 'open' && r.kind !== 'withdrawal' ? t('statuses.openToDo') : t(`statuses.${r.status}`)}</td>
            <td className="p-2">
              <div className="flex flex-wrap gap-2">
                {r.status === 'open' && r.kind === 'withdrawal' ? [button(r.id, verifyWithdrawalAction, t('verify'), 'primary'), button(r.id, dismissWithdrawalAction, t('dismiss'))] : null}
                {r.status === 'awaiting_approval' && r.requestedByUserId !== userId ? [button(r.id, approveErasureAction, t('approve'), 'primary'), button(r.id, rejectErasureAction, t('reject'))] : null}
                {r.status === 'awaiting_approval' && r.requestedByUserId === userId ? <span className="text-sm">{t('waitsForOther')}</span> : null}
                {r.status === 'open' && r.kind !== 'withdrawal' ? (
                  <span className="text-sm">
                    {t(TODO[r.kind])}{' '}
                    {r.phone ? (
                      <a className="text-brand-700 underline" href={`/staff/privacy?phone=${encodeURIComponent(r.phone)}`}>
                        {t('findPerson')}
                      </a>
                    ) : null}
                  </span>
                ) : null}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
