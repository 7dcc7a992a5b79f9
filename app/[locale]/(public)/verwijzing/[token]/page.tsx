import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { openReferralResponse } from '@/lib/socialmap/referrals/respond';
import { DescriptionList } from '@/app/_components/ui/description-list';
import { ReferralResponseForm } from './response-form';

type Params = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'notifications.referral' });
  return { title: t('metaTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' }; // not no-referrer: a form post then sends "Origin: null", which Next.js refuses as a cross-site action
}

/**
 * The organisation's page behind the signed link of a referral notice (lib/socialmap/referrals/
 * respond.ts): no login; the resident's first name, phone and preferred contact while the
 * referral waits for contact; confirm or decline once. Works without JavaScript.
 */
export default async function ReferralResponsePage({ params, searchParams }: Params) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('notifications.referral');
  const ts = await getTranslations('socialMap');
  const card = 'rounded-lg bg-white p-5 shadow-sm';

  if (token === 'done') {
    const answer = (await searchParams).answer;
    return (
      <article className={card}>
        <h1 className="text-3xl font-bold text-brand-800">{t('metaTitle')}</h1>
        <p className="mt-3 text-lg" role="status">
          {answer === 'declined' ? t('declined') : t('confirmed')}
        </p>
      </article>
    );
  }

  const view = await openReferralResponse(getDb(), token.slice(0, 200));
  if (view.status !== 'open') {
    return (
      <article className={card}>
        <h1 className="text-3xl font-bold text-brand-800">{view.status === 'answered' ? t('answeredTitle') : t('invalidTitle')}</h1>
        <p className="mt-3 text-lg">{t('invalidText')}</p>
      </article>
    );
  }
  return (
    <article className={card}>
      <h1 className="text-3xl font-bold text-brand-800">{t('title', { service: view.service })}</h1>
      <p className="mt-3 text-lg">{t('intro')}</p>
      <DescriptionList
        className="mt-4"
        items={[
          { key: 'firstName', term: t('firstName'), description: view.firstName },
          { key: 'phone', term: t('phone'), description: view.phone },
          { key: 'preference', term: t('preference'), description: ts(`contactPreference.${view.preference}` as never) },
        ]}
      />
      <ReferralResponseForm
        token={token}
        text={{ confirm: t('confirm'), decline: t('decline'), reason: t('reason'), invalid: t('invalidText') }}
      />
    </article>
  );
}
