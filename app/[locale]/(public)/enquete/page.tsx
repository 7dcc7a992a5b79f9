import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { alternatesFor } from '@/lib/i18n/alternates';
import { localePath } from '@/lib/i18n/routing';
import { textIn } from '@/lib/survey/logic';
import { openSurveys } from '@/lib/survey/queries';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { alternates: alternatesFor((await params).locale, '/enquete') };
}

/** The open surveys (usually one): the anonymous public link is /enquete (or /en/enquete, /ar/enquete). */
export default async function SurveysPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('survey');
  const list = await openSurveys(getDb());
  return (
    <>
      <h1 className="text-3xl font-bold text-brand-800">{t('listTitle')}</h1>
      <p className="mt-3 text-lg">{t('listIntro')}</p>
      {list.length === 0 ? (
        <p className="mt-6">{t('noSurveys')}</p>
      ) : (
        <ul className="mt-6 space-y-4">
          {list.map((s) => (
            <li key={s.id} className="rounded-lg bg-white p-4 shadow-sm">
              <h2 className="text-xl font-bold">{textIn(s.title, locale)}</h2>
              <p className="mt-1">{t('duration', { minutes: s.durationMinutes })}</p>
              <p className="mt-3">
                <a href={localePath(locale, `/enquete/${s.id}`)} className="inline-block rounded-md bg-accent-600 px-5 py-3 font-semibold text-white no-underline">
                  {t('start')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
