import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/errors';
import { TryAgain } from '@/app/_components/try-again';
import { listNeighbourhoods } from '@/lib/neighbourhoods/queries';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/routing';
import { SIGNUP_FLASH_HEADER, readSignupFlash } from '@/lib/leads/signup/flash';
import { currentPublicPageSettings } from '@/lib/public-page/settings';
import { facts } from './_sections/facts';
import { SignupForm } from './signup-form';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { alternates: alternatesFor((await params).locale, '/') };
}

export default async function PublicHome({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ ref?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { ref } = await searchParams;
  const t = await getTranslations('public');
  const db = getDb();
  let wijken: Awaited<ReturnType<typeof listNeighbourhoods>>;
  try {
    wijken = await listNeighbourhoods(db);
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    return <TryAgain href={localePath(locale)} />;
  }
  const settings = await currentPublicPageSettings();
  const factsSection = await facts(settings);
  const referralCode = typeof ref === 'string' ? ref.slice(0, 32) : '';
  // Back from a plain post with errors (app/[locale]/(public)/aanmelden): its errors and what was
  // typed, from the cookie proxy.ts hands on once (lib/leads/signup/flash.ts).
  const returned = readSignupFlash((await headers()).get(SIGNUP_FLASH_HEADER) ?? undefined);

  return (
    <>
      <section aria-labelledby="hero-title" className="mb-8">
        <h1 id="hero-title" className="text-3xl font-bold text-brand-800 sm:text-4xl">
          {t('heroTitle')}
        </h1>
        <p className="mt-3 text-lg">{t('heroText')}</p>
        <p className="mt-4">
          <a href="#aanmelden" className="inline-block rounded-md bg-accent-600 px-5 py-3 font-semibold text-white">
            {t('heroCta')}
          </a>
        </p>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="offer-title" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="offer-title" className="text-xl font-bold">
            {t('offerTitle')}
          </h2>
          <ul className="mt-3 list-disc space-y-1 ps-5">
            <li>{t('offer1')}</li>
            <li>{t('offer2')}</li>
            <li>{t('offer3')}</li>
            <li>{t('offer4')}</li>
          </ul>
        </section>
        <section aria-labelledby="who-title" className="rounded-lg bg-white p-5 shadow-sm">
          <h2 id="who-title" className="text-xl font-bold">
            {t('whoTitle')}
          </h2>
          <p className="mt-3">{t('whoText')}</p>
        </section>
      </div>

      <section aria-labelledby="next-title" className="mt-6 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="next-title" className="text-xl font-bold">
          {t('nextTitle')}
        </h2>
        <ol className="mt-3 list-decimal space-y-1 ps-5">
          <li>{t('next1')}</li>
          <li>{t('next2')}</li>
          <li>{t('next3')}</li>
        </ol>
      </section>

      {factsSection}

      <section id="aanmelden" aria-labelledby="form-title" className="mt-8 rounded-lg border-2 border-brand-700 bg-white p-5">
        <h2 id="form-title" className="text-2xl font-bold text-brand-800">
          {t('formTitle')}
        </h2>
        <SignupForm neighbourhoods={wijken} referralCode={referralCode} returned={returned} />
      </section>
    </>
  );
}
