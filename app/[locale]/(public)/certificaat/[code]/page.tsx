import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { clientIp, hashIp } from '@/lib/security/ip';
import { checkCertificate } from '@/lib/training/certificate';

type Params = { params: Promise<{ locale: string; code: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'certificate' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/**
 * The public check of a certificate's verification code: the holder's name and whether it is
 * valid, nothing else. Checks are counted per address (lib/training/certificate.ts) against
 * trying codes in bulk.
 */
export default async function CertificatePage({ params }: Params) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('certificate');
  const result = await checkCertificate(getDb(), hashIp(clientIp(await headers())), code.slice(0, 40));

  return (
    <article className="rounded-lg bg-white p-5 shadow-sm">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      {result.status === 'found' ? (
        <dl className="mt-6 grid gap-x-6 gap-y-2 text-lg sm:grid-cols-[max-content_1fr]" data-testid="certificate-check">
          <dt className="font-semibold">{t('name')}</dt>
          <dd>{result.name}</dd>
          <dt className="font-semibold">{t('status')}</dt>
          <dd className={result.valid ? 'font-bold text-green-800' : 'font-bold text-red-800'}>{result.valid ? t('valid') : t('invalid')}</dd>
        </dl>
      ) : (
        <section className="mt-6" role="status" data-testid="certificate-check">
          <h2 className="text-xl font-bold">{result.status === 'limited' ? t('limitedTitle') : t('notFoundTitle')}</h2>
          <p className="mt-2">{result.status === 'limited' ? t('limitedText') : t('notFoundText')}</p>
        </section>
      )}
    </article>
  );
}
