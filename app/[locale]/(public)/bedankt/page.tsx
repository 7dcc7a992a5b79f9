import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignupConfirmation } from '../signup-confirmation';

export const metadata: Metadata = { robots: { index: false } };

/**
 * Where a sign-up without JavaScript lands (303 from the sign-up action): the thanks only, no
 * database work of its own, and reloading it sends nothing again.
 */
export default async function SignupThanks({
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
  return <SignupConfirmation locale={locale} referralCode={typeof ref === 'string' ? ref.slice(0, 32) : ''} headingLevel="h1" t={(key) => t(key)} />;
}
