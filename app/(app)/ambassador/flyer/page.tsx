import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageHeading } from '@/app/_components/ui/heading';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/auth/gate';
import { flyerLanguagesOf, flyerPublicPath, pickFlyerLanguage } from '@/lib/field/flyer-texts';
import { ambassadorProfile } from '@/lib/field/queries';
import { publicUrl } from '@/lib/security/origin';
import { NotActiveNotice } from '../not-active-notice';
import { FlyerSheet } from './_sections/flyer-sheet';
import { LanguageChoice } from './_sections/language-choice';
import { PrintButton } from './print-button';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('flyer');
  return { title: t('metaTitle') };
}

/** A printable A6 flyer: Dutch plus one of the ambassador's languages, the QR code and the referral link. */
export default async function FlyerPage({ searchParams }: { searchParams: Promise<{ lang?: string | string[] }> }) {
  const user = await requireArea('ambassador');
  const t = await getTranslations('flyer');
  const { lang } = await searchParams;
  const profile = user.ambassadorId ? await ambassadorProfile(getDb(), user.ambassadorId) : null;
  if (!profile || !profile.active) {
    return (
      <>
        <PageHeading>{t('title')}</PageHeading>
        {profile ? (
          <div className="mt-4">
            <NotActiveNotice status={profile.status} />
          </div>
        ) : (
          <p className="mt-2">{(await getTranslations('fieldContact'))('errors.notAmbassador')}</p>
        )}
      </>
    );
  }

  const second = pickFlyerLanguage(profile.languages, typeof lang === 'string' ? lang : undefined);
  return (
    <>
      <div className="no-print mb-6 max-w-xl">
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-1">{t('intro')}</p>
        <LanguageChoice choices={flyerLanguagesOf(profile.languages)} current={second} />
        <div className="mt-4">
          <PrintButton label={t('print')} />
          <p className="mt-2 text-sm text-slate-700">{t('printHint')}</p>
        </div>
      </div>
      <FlyerSheet code={profile.referralCode} second={second} link={publicUrl(flyerPublicPath(second, profile.referralCode))} />
      <p className="no-print mt-6">
        <a href="/ambassador" className="text-brand-700 underline">
          {t('back')}
        </a>
      </p>
    </>
  );
}
