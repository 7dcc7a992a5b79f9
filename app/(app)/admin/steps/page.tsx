import { getTranslations } from 'next-intl/server';
import { ActionForm, type FieldSpec } from '@/app/_components/action-form';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { loadMessages } from '@/lib/i18n/messages';
import { saveStepNamesAction } from '@/lib/leads/settings/actions';
import { getStepNames } from '@/lib/leads/settings/queries';
import { ALL_STATUSES, type LeadStatus } from '@/lib/leads/journey/steps';
import { PageHeading } from '@/app/_components/ui/heading';

export default async function StepNamesPage() {
  await requireAreaPermission('admin', 'settings.manage');
  const t = await getTranslations('stepSettings');
  const db = getDb();
  const defaults = async (locale: 'nl' | 'en') => {
    const m = (await loadMessages(locale)) as { steps: Record<LeadStatus, string> };
    return getStepNames(db, locale, (s) => m.steps[s]);
  };
  const [nl, en] = await Promise.all([defaults('nl'), defaults('en')]);
  const fields: FieldSpec[] = ALL_STATUSES.flatMap((s): FieldSpec[] => [
    { kind: 'text', name: `nl_${s}`, label: `${t('dutch')}: ${nl[s]}`, defaultValue: nl[s], required: true, maxLength: 60 },
    { kind: 'text', name: `en_${s}`, label: `${t('english')}: ${en[s]}`, defaultValue: en[s], required: true, maxLength: 60 },
  ]);
  return (
    <div className="max-w-2xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      <ActionForm
        idPrefix="steps"
        action={saveStepNamesAction}
        fields={fields}
        className="grid gap-x-4 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2"
        submitLabel={t('save')}
        messages={{ saved: t('saved') }}
      />
    </div>
  );
}
