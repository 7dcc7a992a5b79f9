import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProsePage } from '@/app/_components/prose-page';
import { alternatesFor } from '@/lib/i18n/alternates';

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
  return (
    <ProsePage
      title={t('title')}
      intro={t('intro')}
      sections={keys.map((k) => ({ title: t(`${k}Title`), text: t(`${k}Text`) }))}
    />
  );
}
