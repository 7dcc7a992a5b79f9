import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { AssociationContactForm } from './contact-form';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('associationArea');
  return { title: `${t('submitTitle')} – Wijkwerf` };
}

export default async function AssociationSubmitPage() {
  const user = await requireArea('association');
  const t = await getTranslations('associationArea');
  const tl = await getTranslations('languages');
  const tc = await getTranslations('common');
  const wijken = await listNeighbourhoods(getDb());


  return (
    <>
      <PageHeading>{t('submitTitle')}</PageHeading>
      <p className="mb-6 mt-2">{t('submitIntro')}</p>
      {user.associationId ? (
        <div className="max-w-xl rounded-lg bg-white p-4 shadow-sm">
          <AssociationContactForm
            text={{
              labels: {
                name: t('name'),
                phone: t('phone'),
                language: t('language'),
                neighbourhood: t('neighbourhood'),
                note: t('note'),
                consent: t('consent'),
              },
              phoneHint: t('phoneHint'),
              noteHint: t('noteHint'),
              languagePlaceholder: t('languagePlaceholder'),
              neighbourhoodPlaceholder: t('neighbourhoodPlaceholder'),
              requiredMarker: tc('requiredMarker'),
              submit: t('submitButton'),
              submitting: t('submitting'),
              errorSummary: t('errorSummary'),
              savedTitle: t('savedTitle'),
              savedText: t('savedText', { name: '{name}' }),
              another: t('another'),
              toContacts: t('toContacts'),
            }}
            languages={LANGUAGE_CODES.map((code) => ({ value: code, label: tl(code) }))}
            neighbourhoods={[...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: t('neighbourhoodOther') }]}
          />
        </div>
      ) : (
        <p className="rounded-lg bg-white p-4 shadow-sm">{t('noAssociation')}</p>
      )}
    </>
  );
}
