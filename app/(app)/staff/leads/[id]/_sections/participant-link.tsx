import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';
import { getDb } from '@/db/client';
import { qrSvg } from '@/lib/field/qr';
import { giveParticipantLinkAction, revokeParticipantLinkAction } from '@/lib/participants/actions';
import { participantLink } from '@/lib/participants/queries';
import { PARTICIPANT_STATUSES } from '@/lib/participants/schema';
import { publicUrl } from '@/lib/security/origin';
import type { LeadDetail } from './shared';

/**
 * A participant whose course has started can recruit: the coordinator gives them a personal
 * referral link and QR (no account); sign-ups through it count "via a participant".
 */
export async function ParticipantLinkSection({ lead }: { lead: LeadDetail['lead'] }) {
  if (!(PARTICIPANT_STATUSES as readonly string[]).includes(lead.status) || lead.mergedIntoId) return null;
  const t = await getTranslations('lead');
  const link = await participantLink(getDb(), lead.id);
  const url = link ? publicUrl(`/?ref=${link.code}`) : null;
  const qr = url ? await qrSvg(url, t('participant.qrName')) : null;
  const hidden = { kind: 'hidden' as const, name: 'leadId', value: lead.id };
  return (
    <Section id="participant" title={t('participant.title')} card data-testid="participant-link">
      <p className="mt-1">{t('participant.intro')}</p>
      {link && url ? (
        <>
          <p className="mt-2 break-all rounded bg-slate-100 p-2 font-mono" data-testid="participant-url">{url}</p>
          <p className="mt-2" data-testid="participant-signups">{t('participant.signups', { count: link.signups })}</p>
          {qr ? <div className="mt-3 h-48 w-48 max-w-full" dangerouslySetInnerHTML={{ __html: qr }} /> : null}
          <ActionForm idPrefix="participant-revoke" action={revokeParticipantLinkAction} className="mt-3" fields={[hidden]} submitLabel={t('participant.revoke')} submitVariant="secondary" submitSize="small" messages={{ linkRevoked: t('participant.revoked') }} />
        </>
      ) : (
        <ActionForm idPrefix="participant-give" action={giveParticipantLinkAction} className="mt-3" fields={[hidden]} submitLabel={t('participant.give')} messages={{ linkGiven: t('participant.given') }} />
      )}
    </Section>
  );
}
