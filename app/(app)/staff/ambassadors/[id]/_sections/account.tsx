import { getTranslations } from 'next-intl/server';
import type { AmbassadorDetail } from '@/lib/ambassadors/queries';
import { Section } from '@/app/_components/ui/card';
import { InviteForm } from './invite-form';
import { dayFormat } from './shared';

/** The portal account (created by invite only) and whether the volunteer agreement is accepted. */
export async function AccountSection({ a }: { a: AmbassadorDetail }) {
  const t = await getTranslations('corps');
  const day = await dayFormat();
  return (
    <Section id="account" title={t('detail.accountTitle')} card>
      {a.account ? (
        <p className="mt-1" data-testid="account-status">
          {t('account.has', { email: a.account.email })} {a.account.active ? t('account.active') : t('account.inactive')}
        </p>
      ) : (
        <>
          <p className="mt-1" data-testid="account-status">
            {t('account.none')}
          </p>
          {a.status !== 'stopped' ? (
            a.email ? (
              <>
                <p className="mt-2 max-w-2xl">{t('account.inviteExplain')}</p>
                {a.openInvite ? <p className="mt-2">{t('account.inviteOpen', { date: day(a.openInvite.expiresAt) })}</p> : null}
                <InviteForm
                  ambassadorId={a.id}
                  text={{ submit: t('account.invite'), created: t('account.inviteCreated'), intro: t('account.inviteLinkIntro'), label: t('account.inviteLinkLabel') }}
                />
              </>
            ) : (
              <p className="mt-2">{t('account.emailFirst')}</p>
            )
          ) : null}
        </>
      )}
      <p className="mt-3" data-testid="agreement-status">
        {a.agreement ? t('account.agreementAccepted', { date: day(a.agreement.acceptedAt), version: a.agreement.version }) : t('account.agreementPending')}
      </p>
    </Section>
  );
}
