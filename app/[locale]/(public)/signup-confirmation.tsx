import type { Ref } from 'react';
import { BidiText } from '@/app/_components/bidi-text';
import { Alert } from '@/app/_components/ui/alert';
import { localePath } from '@/lib/i18n/routing';

/**
 * The thanks after a public sign-up: shown in the form after a sign-up with JavaScript, and as the
 * page /bedankt that a sign-up without JavaScript is redirected to (Post/Redirect/Get, so reloading
 * it does not send the form again). `referralCode` keeps the ambassador's ?ref= on "sign up someone else".
 * `t` gives the `public` namespace's texts: the form's client translator, or the page's server one
 * (no next-intl in the public pages' browser code).
 */
export function SignupConfirmation({
  locale,
  referralCode,
  headingLevel,
  headingRef,
  t,
}: {
  locale: string;
  referralCode: string;
  headingLevel: 'h1' | 'h3';
  headingRef?: Ref<HTMLHeadingElement>;
  t: (key: 'confirmationTitle' | 'confirmationText' | 'confirmationWithdraw' | 'confirmationAgain') => string;
}) {
  const Heading = headingLevel;
  const base = localePath(locale);
  const again = referralCode ? `${base}?ref=${encodeURIComponent(referralCode)}` : base;
  return (
    <Alert type="ok" className="mt-4 p-4">
      <Heading ref={headingRef} tabIndex={-1} className={`${headingLevel === 'h1' ? 'text-2xl' : 'text-xl'} font-bold text-green-900`}>
        {t('confirmationTitle')}
      </Heading>
      <p className="mt-2">
        <BidiText>{t('confirmationText')}</BidiText>
      </p>
      <p className="mt-2">
        <a className="text-brand-700 underline" href={localePath(locale, '/intrekken')}>
          {t('confirmationWithdraw')}
        </a>
      </p>
      <p className="mt-3">
        <a className="text-brand-700 underline" href={again}>
          {t('confirmationAgain')}
        </a>
      </p>
    </Alert>
  );
}
