import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { resetIsValid } from '@/lib/users/resets';
import { resetPasswordAction } from '@/lib/users/account-actions';
import { Alert } from '@/app/_components/ui/alert';
import { SetPasswordForm } from '@/app/_components/set-password-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('account');
  // The token is in the address: not for search engines, and not passed on (same-origin: see the invite page).
  return { title: t('resetTitle'), robots: { index: false, follow: false }, referrer: 'same-origin' };
}

/** The page behind a "forgot password" link (works without JavaScript). A used, expired or unknown link gets one answer. */
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const valid = await resetIsValid(getDb(), token);
  const t = await getTranslations('account');
  const ti = await getTranslations('invite');
  const tc = await getTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      {valid ? (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('resetTitle')}</h1>
          <p className="mt-2">{t('resetIntro')}</p>
          <SetPasswordForm action={resetPasswordAction} token={token} text={{ password: ti('password'), passwordHint: ti('passwordHint'), passwordConfirm: ti('passwordConfirm'), submit: ti('submit') }} />
        </>
      ) : (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('resetInvalidTitle')}</h1>
          <Alert type="warning" role="note" className="mt-4" data-testid="reset-invalid">
            {t('resetInvalidText')}
          </Alert>
          <p className="mt-6">
            <a href="/login/forgot" className="text-brand-700 underline">
              {t('forgotTitle')}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
