import { getTranslations } from 'next-intl/server';
import { Section } from '@/app/_components/ui/card';
import { qrSvg } from '@/lib/field/qr';

/** My referral link with its QR code, and the flyer. */
export async function ReferralCard({ link, code }: { link: string; code: string }) {
  const t = await getTranslations('ambassadorHome');
  const qr = await qrSvg(link, t('qrName'));
  return (
    <Section id="ref" title={t('referralTitle')} card className="md:col-span-2">
      <p className="mt-1">{t('referralText')}</p>
      <p className="mt-2 break-all rounded bg-slate-100 p-2 font-mono" data-testid="referral-link">
        {link}
      </p>
      <p className="mt-2">{t('referralCode', { code })}</p>
      {qr ? <div className="mt-3 h-48 w-48 max-w-full" data-testid="referral-qr" dangerouslySetInnerHTML={{ __html: qr }} /> : null}
      <p className="mt-3">
        <a href="/ambassador/flyer" className="text-brand-700 underline">
          {t('flyerLink')}
        </a>
      </p>
    </Section>
  );
}
