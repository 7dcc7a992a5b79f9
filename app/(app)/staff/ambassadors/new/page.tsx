import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { createAmbassadorAction } from '@/lib/ambassadors/actions';
import { requireAreaPermission } from '@/lib/auth/gate';
import { Card } from '@/app/_components/ui/card';
import { PageHeading } from '@/app/_components/ui/heading';
import { profileFields } from '../_components/profile-fields';

/** Adds a candidate: manual entry or a language provider's nomination. */
export default async function NewAmbassadorPage() {
  await requireAreaPermission('staff', 'corps.manage');
  const t = await getTranslations('corps');
  return (
    <>
      <p className="mb-2">
        <a href="/staff/ambassadors" className="text-brand-700 underline">
          {t('detail.back')}
        </a>
      </p>
      <PageHeading>{t('new.title')}</PageHeading>
      <p className="mt-2 max-w-2xl">{t('new.intro')}</p>
      <Card className="mt-4 max-w-2xl">
        <ActionForm idPrefix="new-ambassador" action={createAmbassadorAction} fields={await profileFields()} submitLabel={t('form.create')} />
      </Card>
    </>
  );
}
