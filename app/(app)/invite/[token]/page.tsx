import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { findInvite } from '@/lib/users/invites';
import { Alert } from '@/app/_components/ui/alert';
import { SetPasswordForm } from '@/app/_components/set-password-form';
import { acceptInviteAction } from '@/lib/users/invite-actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('invite');
  // The token is in the address: tell search engines and the browser not to pass it on.
  return { title: t('title'), robots: { index: false, follow: false }, referrer: 'same-origin' }; // not no-referrer: a form post then sends "Origin: null", which Next.js refuses as a cross-site action
}

/**
 * The page behind an invite link: choose a password for the new account (works without
 * JavaScript). A used, revoked, expired or unknown link gets one and the same answer.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await findInvite(getDb(), token);
  const t = await getTranslations('invite');
  const tc = await getTranslations('common');
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-10">
      <p className="text-xl font-bold text-brand-800">{tc('appName')}</p>
      {invite.valid ? (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
          <p className="mt-2">{t('intro', { name: invite.name, email: invite.email })}</p>
          <SetPasswordForm action={acceptInviteAction} token={token} email={invite.email} text={{ password: t('password'), passwordHint: t('passwordHint'), passwordConfirm: t('passwordConfirm'), submit: t('submit') }} />
        </>
      ) : (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('invalidTitle')}</h1>
          <Alert type="warning" role="note" className="mt-4" data-testid="invite-invalid">
            {t('invalidText')}
          </Alert>
          <p className="mt-6">
            <a href="/login" className="text-brand-700 underline">
              {t('toLogin')}
            </a>
          </p>
        </>
      )}
    </main>
  );
}
