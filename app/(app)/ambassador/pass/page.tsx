import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ownPass } from '@/lib/ambassadors/pass';
import { cityOf } from '@/lib/public-page/defaults';
import { currentPublicPageSettings } from '@/lib/public-page/settings';
import { requireArea } from '@/lib/auth/gate';
import { qrSvg } from '@/lib/field/qr';
import { publicUrl } from '@/lib/security/origin';
import { PageHeading } from '@/app/_components/ui/heading';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('pass');
  return { title: t('metaTitle') };
}

/**
 * The ambassador's digital pass: name, photo, "Ambassadeur gemeente …", valid until, and a QR code
 * that opens the public check page (valid now or not, nothing else about the person).
 */
export default async function PassPage() {
  const user = await requireArea('ambassador');
  const t = await getTranslations('pass');
  const format = await getFormatter();
  const pass = user.ambassadorId ? await ownPass(getDb(), user.ambassadorId) : null;
  if (!pass) {
    return (
      <div className="max-w-md">
        <PageHeading>{t('title')}</PageHeading>
        <p className="mt-2" data-testid="no-pass">{t('noPass')}</p>
      </div>
    );
  }
  const checkUrl = publicUrl(`/pas/${pass.checkCode}`);
  const qr = await qrSvg(checkUrl, t('qrName'));
  return (
    <div className="mx-auto max-w-sm">
      <PageHeading className="sr-only">{t('title')}</PageHeading>
      <article className="rounded-2xl border-4 border-brand-700 bg-white p-4 text-center shadow" data-testid="pass">
        <p className="text-lg font-bold text-brand-800">{t('role', { city: cityOf((await currentPublicPageSettings()).municipalityName) })}</p>
        {pass.hasPhoto ? (
          // eslint-disable-next-line @next/next/no-img-element -- a private, per-user photo from our own route
          <img src={`/api/pass-photo/${pass.ambassadorId}`} alt={t('photoAlt', { name: pass.name })} className="mx-auto mt-3 h-48 w-40 rounded object-cover" />
        ) : null}
        <p className="mt-3 text-2xl font-bold">{pass.name}</p>
        {pass.passNumber ? <p className="mt-1">{t('number', { number: pass.passNumber })}</p> : null}
        <p className="mt-1">{pass.passExpiresOn ? t('validUntil', { date: format.dateTime(new Date(`${pass.passExpiresOn}T12:00:00Z`), { dateStyle: 'long' }) }) : null}</p>
        <p className={`mt-2 font-bold ${pass.valid ? 'text-green-800' : 'text-red-800'}`} data-testid="pass-valid">{pass.valid ? t('validNow') : t('notValidNow')}</p>
        <div className="mx-auto mt-3 h-48 w-48" dangerouslySetInnerHTML={{ __html: qr }} />
        <p className="mt-2 text-sm">{t('qrHint')}</p>
        <p className="mt-2 text-sm">
          <a className="font-semibold text-brand-700 underline" href={checkUrl} data-testid="pass-check-link">{t('checkLink')}</a>
        </p>
      </article>
    </div>
  );
}
