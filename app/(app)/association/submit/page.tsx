import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { LANGUAGE_CODES } from '@/lib/languages';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { AssociationContactForm } from './contact-form';
import { WithMessages } from '@/app/_components/with-messages';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationArea');
  return { title: `${t('submitTitle')} – Wijkwerf` };
}

export default async function AssociationSubmitPage() {
  const user = await requireArea('association');
  const t = await getTranslations('associationArea');
  const tl = await getTranslations('languages');
  const wijken = await listNeighbourhoods(getDb());

  return (
    <>
      <PageHeading>{t('submitTitle')}</PageHeading>
      <p className="mb-6 mt-2">{t('submitIntro')}</p>
      {user.associationId ? (
        <div className="max-w-xl rounded-lg bg-white p-4 shadow-sm">
          <WithMessages namespaces={['associationArea']}>
            <AssociationContactForm
              languages={LANGUAGE_CODES.map((code) => ({ value: code, label: tl(code) }))}
              neighbourhoods={[...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: t('neighbourhoodOther') }]}
            />
          </WithMessages>
        </div>
      ) : (
        <p className="rounded-lg bg-white p-4 shadow-sm">{t('noAssociation')}</p>
      )}
    </>
  );
}
