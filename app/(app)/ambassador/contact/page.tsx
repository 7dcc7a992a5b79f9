import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { ambassadorProfile } from '@/lib/field/queries';
import { LANGUAGE_CODES } from '@/lib/languages';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { NotActiveNotice } from '../not-active-notice';
import { FieldContactForm } from './contact-form';
import { WithMessages } from '@/app/_components/with-messages';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fieldContact');
  return { title: t('metaTitle') };
}

/** An ambassador registers a contact in the field (phone first, works without JavaScript). */
export default async function FieldContactPage() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('fieldContact');
  const tl = await getTranslations('languages');
  const db = getDb();
  const [profile, wijken] = await Promise.all([
    user.ambassadorId ? ambassadorProfile(db, user.ambassadorId) : null,
    listNeighbourhoods(db),
  ]);

  // The ambassador's own languages first: the people they meet mostly speak them.
  const own = new Set(profile?.languages ?? []);
  const option = (code: string) => ({ value: code, label: tl(code as never) });
  const ownLanguages = LANGUAGE_CODES.filter((c) => own.has(c)).map(option);
  const otherLanguages = LANGUAGE_CODES.filter((c) => !own.has(c)).map(option);

  return (
    <div className="max-w-xl">
      <PageHeading>{t('title')}</PageHeading>
      <p className="mb-4 mt-1">{t('intro')}</p>
      {profile && !profile.active ? (
        <NotActiveNotice status={profile.status} />
      ) : (
        <div className="rounded-lg bg-white p-4 shadow-sm">
          <WithMessages namespaces={['fieldContact']}>
            <FieldContactForm
              ownLanguages={ownLanguages}
              otherLanguages={otherLanguages}
              neighbourhoods={[...wijken.map((w) => ({ value: w.code, label: w.name })), { value: 'other', label: t('neighbourhoodOther') }]}
            />
          </WithMessages>
        </div>
      )}
    </div>
  );
}
