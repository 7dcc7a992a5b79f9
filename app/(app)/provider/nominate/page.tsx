import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireAreaPermission } from '@/lib/auth/gate';
import { LANGUAGE_CODES } from '@/lib/languages';
import { nominateAmbassadorAction } from '@/lib/providers/actions';
import { ActionForm } from '@/app/_components/action-form';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('providers');
  return { title: `${t('nominate.title')} – Wijkwerf` };
}

/** The provider nominates a candidate ambassador: it becomes a candidate in the corps with source "provider". */
export default async function NominatePage() {
  await requireAreaPermission('provider', 'provider.self');
  const t = await getTranslations('providers');
  const tl = await getTranslations('languages');
  return (
    <div className="max-w-xl">
      <PageHeading>{t('nominate.title')}</PageHeading>
      <p className="mt-1">{t('nominate.intro')}</p>
      <ActionForm
        idPrefix="nominate"
        action={nominateAmbassadorAction}
        className="mt-4 rounded-lg bg-white p-4 shadow-sm"
        submitLabel={t('nominate.submit')}
        messages={{ 'providers.nominated': t('nominated') }}
        fields={[
          { kind: 'text', name: 'name', label: t('nominate.name'), required: true, maxLength: 120 },
          { kind: 'tel', name: 'phone', label: t('nominate.phone'), maxLength: 32, autoComplete: 'off' },
          { kind: 'email', name: 'email', label: t('nominate.email'), maxLength: 254, autoComplete: 'off' },
          { kind: 'checkboxes', name: 'languages', label: t('nominate.languages'), options: LANGUAGE_CODES.map((c) => ({ value: c, label: tl(c) })) },
          { kind: 'textarea', name: 'motivation', label: t('nominate.motivation'), required: true, maxLength: 2000 },
          { kind: 'checkbox', name: 'consent', label: t('nominate.consent'), required: true },
        ]}
      />
    </div>
  );
}
