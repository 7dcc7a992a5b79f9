import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FormSection } from '@/app/_components/form-section';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { saveCoachingSettingsAction } from '@/lib/coaching/settings/actions';
import { getCoachingSettings } from '@/lib/coaching/settings/queries';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('coach');
  return { title: `${t('settings.title')} – Wijkwerf` };
}

/** The review interval and the coaching hours per ambassador. */
export default async function CoachSettingsPage() {
  await requireAreaPermission('coach', 'coaching.manage');
  const t = await getTranslations('coach');
  const s = await getCoachingSettings(getDb());
  return (
    <div className="max-w-2xl">
      <PageHeading>{t('settings.title')}</PageHeading>
      <FormSection
        id="settings"
        title={t('settings.formTitle')}
        className="mt-4"
        idPrefix="settings"
        action={saveCoachingSettingsAction}
        fields={[
          { kind: 'number', name: 'reviewIntervalDays', label: t('settings.interval'), required: true, hint: t('settings.intervalHint'), defaultValue: String(s.reviewIntervalDays) },
          { kind: 'number', name: 'coachingHoursTarget', label: t('settings.hours'), required: true, hint: t('settings.hoursHint'), defaultValue: String(s.coachingHoursTarget) },
        ]}
        submitLabel={t('settings.save')}
        messages={{ settingsSaved: t('settings.saved') }}
      />
    </div>
  );
}
