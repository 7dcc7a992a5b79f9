import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { checkPass } from '@/lib/ambassadors/pass';
import { cityOf } from '@/lib/public-page/defaults';
import { currentPublicPageSettings } from '@/lib/public-page/settings';

type Params = { params: Promise<{ locale: string; code: string }> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'pass' });
  return { title: t('checkTitle'), robots: { index: false, follow: false } };
}

/**
 * The public check behind an ambassador pass's QR code: whether the pass is valid now — nothing
 * else about the person (no name, no photo). Stopping or pausing the ambassador makes it invalid
 * at once. The code is random (80 bits).
 */
export default async function PassCheckPage({ params }: Params) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('pass');
  const { valid } = await checkPass(getDb(), code.slice(0, 40));
  return (
    <article className="rounded-lg bg-white p-5 shadow-sm">
      <h1 className="text-3xl font-bold text-brand-800">{t('checkTitle')}</h1>
      <p className="mt-3 text-lg">{t('checkIntro', { city: cityOf((await currentPublicPageSettings()).municipalityName) })}</p>
      <p className={`mt-6 text-2xl font-bold ${valid ? 'text-green-800' : 'text-red-800'}`} role="status" data-testid="pass-check">
        {valid ? t('checkValid') : t('checkInvalid')}
      </p>
    </article>
  );
}
