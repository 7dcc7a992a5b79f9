import { getTranslations } from 'next-intl/server';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { Button } from '@/app/_components/ui/button';
import { Section } from '@/app/_components/ui/card';
import { DataTable, RowHeader, Td, Tr } from '@/app/_components/ui/table';
import { todayLocal } from '@/lib/dates';
import { publicUrl } from '@/lib/security/origin';
import { createInvitesAction, resendInviteAction, sendInvitesAction } from '@/lib/survey/actions';
import { invitePath } from '@/lib/survey/invite-link';
import type { listInvites, surveyCandidates } from '@/lib/survey/queries';

/**
 * Personal single-use links for leads at "course started" / "completed": make them, send them by
 * e-mail through the outbox (each once; again only by hand), see them, pass them on. How many
 * cannot go by e-mail is said, so staff hand those the link or the paper version.
 */
export async function InvitesSection({ surveyId, open, invites }: { surveyId: string; open: boolean; invites: Awaited<ReturnType<typeof listInvites>> }) {
  const t = await getTranslations('surveyAdmin');
  const ts = await getTranslations('steps');
  const waiting = invites.filter((i) => !i.usedAt && !i.sentAt);
  const toSend = waiting.filter((i) => i.hasEmail).length;
  const withoutEmail = waiting.length - toSend;
  return (
    <Section id="invites" title={t('invitesTitle')} className="mt-6">
      <p className="mt-1 max-w-3xl">{t('invitesIntro')}</p>
      <PlainActionForm action={createInvitesAction} className="mt-3" messages={{ 'surveyAdmin.invitesCreated': t('invitesCreated') }}>
        <input type="hidden" name="surveyId" value={surveyId} />
        <Button type="submit" variant="secondary">
          {t('createInvites')}
        </Button>
      </PlainActionForm>
      {open ? (
        <>
          <p className="mt-3">{t('sendHint', { count: toSend })}</p>
          {toSend > 0 ? (
            <PlainActionForm action={sendInvitesAction} className="mt-2">
              <input type="hidden" name="surveyId" value={surveyId} />
              <Button type="submit">{t('sendInvites')}</Button>
            </PlainActionForm>
          ) : null}
        </>
      ) : (
        <p className="mt-3">{t('sendNeedsOpen')}</p>
      )}
      {withoutEmail > 0 ? <p className="mt-2 font-semibold">{t('noEmail', { count: withoutEmail })}</p> : null}
      <DataTable
        caption={t('invitesTitle')}
        captionHidden
        className="mt-3"
        columns={[{ header: t('colName') }, { header: t('colGroup') }, { header: t('colLink') }, { header: t('colSent') }, { header: t('colUsed') }]}
        rowCount={invites.length}
        empty={t('noInvites')}
      >
        {invites.map((i) => (
          <Tr key={i.id}>
            <RowHeader>{i.leadName.split(' ')[0]}</RowHeader>
            <Td>{ts(i.leadStep as 'started')}</Td>
            <Td>
              <input readOnly aria-label={t('colLink')} className="w-full min-w-64 rounded border border-slate-400 p-1 text-xs" dir="ltr" value={publicUrl(invitePath(surveyId, i.id, i.createdAt))} />
            </Td>
            <Td>
              {i.sentAt ? todayLocal(i.sentAt) : i.hasEmail ? '—' : t('noEmailShort')}
              {open && i.sentAt && i.hasEmail && !i.usedAt ? (
                <PlainActionForm action={resendInviteAction} className="mt-1">
                  <input type="hidden" name="surveyId" value={surveyId} />
                  <input type="hidden" name="inviteId" value={i.id} />
                  <Button type="submit" variant="secondary" size="small" aria-label={`${t('resend')}: ${i.leadName.split(' ')[0]}`}>
                    {t('resend')}
                  </Button>
                </PlainActionForm>
              ) : null}
            </Td>
            {/* Only whether, not when: a date next to a name could be matched to a response's time. */}
            <Td>{i.usedAt ? t('yes') : '—'}</Td>
          </Tr>
        ))}
      </DataTable>
    </Section>
  );
}

export async function CandidatesSection({ candidates }: { candidates: Awaited<ReturnType<typeof surveyCandidates>> }) {
  const t = await getTranslations('surveyAdmin');
  return (
    <Section id="candidates" title={t('candidatesTitle')} className="mt-6">
      {candidates.length === 0 ? (
        <p className="mt-2">{t('noCandidates')}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {candidates.map((c) => (
            <li key={c.id}>
              <a className="text-brand-700 underline" href={`/staff/ambassadors/${c.id}`}>
                {c.name}
              </a>{' '}
              ({todayLocal(c.submittedAt)})
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
