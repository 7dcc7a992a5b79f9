import { getTranslations } from 'next-intl/server';
import { toLocalDateTimeInput } from '@/lib/dates';
import { addContactAttemptAction, addNoteAction } from '@/lib/leads/journey/actions';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '@/lib/leads/journey/schema';
import { LeadFormSection } from './lead-form';
import type { Lead } from './shared';

/** Log a contact attempt and add a note (appends: no version, they never conflict). */
export async function ContactWorkSections({ lead }: { lead: Lead }) {
  const t = await getTranslations('lead');
  return (
    <>
      <LeadFormSection
        id="attempt"
        title={t('attemptTitle')}
        action={addContactAttemptAction}
        fields={[
          { kind: 'hidden', name: 'leadId', value: lead.id },
          { kind: 'datetime-local', name: 'at', label: t('attemptAt'), required: true, defaultValue: toLocalDateTimeInput(new Date()) },
          { kind: 'select', name: 'channel', label: t('channel'), required: true, defaultValue: 'phone', options: CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) })) },
          { kind: 'select', name: 'outcome', label: t('outcome'), required: true, placeholder: t('choose'), options: CONTACT_OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) })) },
          { kind: 'textarea', name: 'note', label: t('noteOptional'), maxLength: 1000 },
        ]}
        submitLabel={t('addAttempt')}
      />
      <LeadFormSection
        id="note"
        title={t('noteTitle')}
        action={addNoteAction}
        fields={[
          { kind: 'hidden', name: 'leadId', value: lead.id },
          { kind: 'textarea', name: 'note', label: t('note'), required: true, maxLength: 2000 },
        ]}
        submitLabel={t('addNote')}
      />
    </>
  );
}
