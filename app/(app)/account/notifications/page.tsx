import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requirePermission } from '@/lib/auth/gate';
import { savePreferencesAction } from '@/lib/notifications/actions';
import { getNotificationSettings } from '@/lib/notifications/queries';
import { KINDS_BY_ROLE } from '@/lib/notifications/templates';
import { ActionForm } from '@/app/_components/action-form';
import { PageHeading } from '@/app/_components/ui/heading';

/** Which messages the user gets, and in which language (every message links here); its texts are in `account` (the ambassador's languages translate it). */
export default async function NotificationPreferencesPage() {
  const user = await requirePermission('notifications.self');
  const t = await getTranslations('account.messages');
  const tl = await getTranslations('localeNames');
  const settings = await getNotificationSettings(getDb(), user.id);
  const kinds = KINDS_BY_ROLE[user.role] ?? [];
  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      {kinds.length ? null : <p className="mb-4">{t('none')}</p>}
      <ActionForm
        action={savePreferencesAction}
        idPrefix="prefs"
        className="max-w-xl rounded-lg bg-white p-4 shadow-sm"
        submitLabel={t('save')}
        messages={{ 'account.messages.saved': t('saved') }}
        fields={[
          ...(kinds.length
            ? [{ kind: 'checkboxes' as const, name: 'wanted', label: t('legend'), options: kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })), defaultValues: kinds.filter((k) => !settings.muted.includes(k)) }]
            : []),
          { kind: 'select', name: 'locale', label: t('language'), options: (['nl', 'en'] as const).map((l) => ({ value: l, label: tl(l) })), defaultValue: settings.locale },
        ]}
      />
    </>
  );
}
