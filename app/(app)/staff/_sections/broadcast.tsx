import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { broadcastAction } from '@/lib/notifications/actions';
import { broadcastRecipients } from '@/lib/notifications/queries';
import { ActionForm } from '@/app/_components/action-form';
import { Section } from '@/app/_components/ui/card';

/** The coordinator's message to all or selected ambassadors (an e-mail through the outbox). */
export async function BroadcastSection() {
  const t = await getTranslations('notifications.broadcast');
  const people = await broadcastRecipients(getDb());
  return (
    <Section id="broadcast" title={t('title')} card className="mt-6">
      <p className="mb-3 mt-1">{t('intro')}</p>
      <ActionForm
        action={broadcastAction}
        idPrefix="broadcast"
        submitLabel={t('send')}
        messages={{ 'notifications.broadcast.sent': t('sent') }}
        fields={[
          { kind: 'textarea', name: 'message', label: t('message'), required: true, maxLength: 2000 },
          { kind: 'checkbox', name: 'all', label: t('all') },
          { kind: 'checkboxes', name: 'ambassadorIds', label: t('choose'), options: people.map((p) => ({ value: p.id, label: p.name })) },
        ]}
      />
    </Section>
  );
}
