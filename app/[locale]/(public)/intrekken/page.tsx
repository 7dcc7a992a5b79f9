import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/app/_components/action-form';
import { alternatesFor } from '@/lib/i18n/alternates';
import { withdrawConsentAction } from '@/lib/privacy/actions';

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'withdrawal' });
  return { title: `${t('title')} – Wijkwerf`, alternates: alternatesFor(locale, '/intrekken') };
}

/**
 * Take back your permission: a resident types their number; a coordinator calls it back before
 * anything changes (no SMS channel yet, and the page says so). Works without JavaScript.
 */
export default async function WithdrawalPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('withdrawal');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand-800">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <h2 className="mt-6 text-xl font-bold">{t('howTitle')}</h2>
      <ol className="mt-2 list-decimal space-y-1 ps-5">
        <li>{t('how1')}</li>
        <li>{t('how2')}</li>
        <li>{t('how3')}</li>
      </ol>
      <p className="mt-3">{t('noSms')}</p>
      <ActionForm
        idPrefix="withdrawal"
        action={withdrawConsentAction}
        className="mt-6 rounded-lg border-2 border-brand-700 bg-white p-5"
        fields={[{ kind: 'tel', name: 'phone', label: t('phone'), required: true, maxLength: 32, autoComplete: 'tel', hint: t('phoneHint') }]}
        submitLabel={t('submit')}
        messages={{ received: t('received') }}
      />
    </div>
  );
}
