import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { Heading, PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireAreaPermission } from '@/lib/auth/gate';
import { savePrivacySettingsAction } from '@/lib/privacy/actions';
import { FIXED_RETENTION, REGISTER_FIELDS, RETENTION_KINDS } from '@/lib/privacy/defaults';
import { getPrivacySettings } from '@/lib/privacy/settings';

/** The administrator's privacy settings: retention per kind, the processing register (art. 30), the privacy officer. */
export default async function PrivacySettingsPage() {
  await requireAreaPermission('admin', 'privacy.settings');
  const t = await getTranslations('privacyRights');
  const s = await getPrivacySettings(getDb());
  return (
    <div className="max-w-3xl">
      <PageHeading>{t('settings.title')}</PageHeading>
      <p className="mb-4 mt-1">{t('settings.intro')}</p>
      <section aria-labelledby="register-title" className="mb-6 rounded-lg bg-white p-4 shadow-sm">
        <Heading level={2} id="register-title">
          {t('settings.registerTitle')}
        </Heading>
        <dl className="mt-2 space-y-2">
          {REGISTER_FIELDS.map((f) => (
            <div key={f}>
              <dt className="font-semibold">{t(`register.${f}`)}</dt>
              <dd>{s.register[f]}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3">
          <a className="text-brand-700 underline" href="/admin/privacy/register.csv" download>
            {t('settings.registerExport')}
          </a>
        </p>
      </section>
      <p className="mb-4">{t('settings.fixed', { failed: FIXED_RETENTION.importFailedRowsDays })}</p>
      <ActionForm
        idPrefix="privacy-settings"
        action={savePrivacySettingsAction}
        className="rounded-lg bg-white p-4 shadow-sm"
        fields={[
          ...RETENTION_KINDS.map((k) => ({ kind: 'number' as const, name: `retention_${k}`, label: t(`retention.${k}`), hint: t('settings.monthsHint'), defaultValue: String(s.retention[k]), required: true })),
          { kind: 'number', name: 'importPreviewHours', label: t('retention.importPreviews'), hint: t('settings.hoursHint'), defaultValue: String(s.importPreviewHours), required: true },
          { kind: 'text', name: 'officerName', label: t('settings.officerName'), defaultValue: s.officer.name, maxLength: 120 },
          { kind: 'email', name: 'officerEmail', label: t('settings.officerEmail'), defaultValue: s.officer.email, maxLength: 254 },
          { kind: 'tel', name: 'officerPhone', label: t('settings.officerPhone'), defaultValue: s.officer.phone, maxLength: 32 },
          ...REGISTER_FIELDS.map((f) => ({ kind: 'textarea' as const, name: `register_${f}`, label: t(`register.${f}`), defaultValue: s.register[f], required: true, maxLength: 2000 })),
        ]}
        submitLabel={t('settings.save')}
        messages={{ saved: t('settings.saved') }}
      />
    </div>
  );
}
