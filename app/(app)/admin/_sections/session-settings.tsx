import { getTranslations } from 'next-intl/server';
import { FormSection } from '@/app/_components/form-section';
import { getDb } from '@/db/client';
import { saveSessionSettingsAction } from '@/lib/session/actions';
import { getSessionSettings } from '@/lib/auth/idle-settings';

/** The administrator's idle limit for staff sessions (issue #20: 30 minutes, a setting). */
export async function SessionSettingsSection() {
  const t = await getTranslations('admin');
  const s = await getSessionSettings(getDb());
  return (
    <FormSection
      id="sessions"
      title={t('sessionsTitle')}
      intro={t('sessionsIntro')}
      className="mt-8 max-w-2xl"
      idPrefix="sessions"
      action={saveSessionSettingsAction}
      fields={[
        {
          kind: 'number',
          name: 'staffIdleMinutes',
          label: t('idleMinutes'),
          hint: t('idleHint'),
          required: true,
          defaultValue: String(s.staffIdleMinutes),
        },
      ]}
      submitLabel={t('sessionsSave')}
      messages={{ 'admin.sessionsSaved': t('sessionsSaved') }}
    />
  );
}
