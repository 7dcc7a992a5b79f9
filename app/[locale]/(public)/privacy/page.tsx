import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BidiText } from '@/app/_components/bidi-text';
import { ProsePage } from '@/app/_components/prose-page';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getDb } from '@/db/client';
import { localePath } from '@/lib/i18n/routing';
import { statementPeriod } from '@/lib/privacy/defaults';
import { getPrivacySettings } from '@/lib/privacy/settings';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return { title: `${t('title')} – Wijkwerf`, alternates: alternatesFor(locale, '/privacy') };
}

export default async function PrivacyPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('privacy');
  const keys = ['what', 'why', 'who', 'howLong', 'rights', 'complaint'] as const;
  // The privacy officer's contact and the retention are settings (/admin/privacy): the statement shows the current ones.
  const { officer, retention } = await getPrivacySettings(getDb());
  const period = statementPeriod(retention);
  const contact = [officer.name, officer.phone, officer.email].filter(Boolean).join(', ');
  return (
    <ProsePage title={t('title')} intro={t('intro')} sections={keys.map((k) => ({ title: t(`${k}Title`), text: k === 'howLong' ? t('howLongText', period) : t(`${k}Text`) }))}>
      <p className="mt-3">
        <a className="text-brand-700 underline" href={localePath(locale, '/intrekken')}>
          {t('withdrawLink')}
        </a>
      </p>
      {contact ? (
        <section className="mt-6">
          <h2 className="text-xl font-bold">{t('contactTitle')}</h2>
          <p className="mt-2">
            {/* The officer's number and e-mail stay left-to-right inside Arabic and Dari. */}
            <BidiText>{t('contactText', { contact })}</BidiText>
          </p>
        </section>
      ) : null}
    </ProsePage>
  );
}
