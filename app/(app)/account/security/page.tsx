import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { requirePermission } from '@/lib/auth/gate';
import { homePathFor, requiresTwoFactor } from '@/lib/auth/permissions';
import { newTotpSecret, totpUri } from '@/lib/auth/totp';
import { qrSvg } from '@/lib/field/qr';
import { changePasswordAction, disableTwoFactorAction } from '@/lib/users/account-actions';
import { unusedRecoveryCodes } from '@/lib/users/two-factor';
import { PlainActionForm } from '@/app/_components/plain-action-form';
import { WithMessages } from '@/app/_components/with-messages';
import { Alert } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { Heading, PageHeading } from '@/app/_components/ui/heading';
import { SetPasswordForm } from '@/app/_components/set-password-form';
import { EnrolForm } from './_sections/enrol-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account'))('securityTitle') };
}

/**
 * One's own second factor. Not set up: a fresh secret as a QR code and as text (nothing is
 * stored until the first code confirms it). Set up: since when, and how many recovery codes are left.
 * Below it (not while a required second factor still has to be set up): changing one's password.
 */
export default async function SecurityPage() {
  const user = await requirePermission('account.security');
  const t = await getTranslations('account');
  const format = await getFormatter();
  const db = getDb();
  const [row] = await db.select({ enabledAt: users.totpEnabledAt }).from(users).where(eq(users.id, user.id));
  const required = requiresTwoFactor(user.role);
  const ti = await getTranslations('invite');
  const passwordSection = (
    <section aria-labelledby="password-title" className="mt-10 max-w-md">
      <Heading level={2} id="password-title">
        {t('passwordTitle')}
      </Heading>
      <p className="mt-2">{t('passwordIntro')}</p>
      <SetPasswordForm
        action={changePasswordAction}
        email={user.email}
        text={{ currentPassword: t('currentPassword'), password: ti('password'), passwordHint: ti('passwordHint'), passwordConfirm: ti('passwordConfirm'), submit: t('changeSubmit') }}
      />
    </section>
  );
  if (row?.enabledAt) {
    const left = await unusedRecoveryCodes(db, user.id);
    return (
      <>
        <PageHeading>{t('securityTitle')}</PageHeading>
        <p className="mt-2" data-testid="twofactor-on">
          {t('enabled', { date: format.dateTime(row.enabledAt, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }) })}
        </p>
        <p className="mt-2">{t('recoveryLeft', { count: left })}</p>
        {required ? null : (
          <PlainActionForm action={disableTwoFactorAction} className="mt-4">
            <Button variant="secondary">{t('turnOff')}</Button>
          </PlainActionForm>
        )}
        {passwordSection}
      </>
    );
  }
  const secret = newTotpSecret();
  const qr = await qrSvg(totpUri(secret, user.email), t('qrLabel'));
  return (
    <>
      <PageHeading>{t('securityTitle')}</PageHeading>
      {user.mustEnrol ? (
        <Alert type="warning" role="note" className="mt-2" data-testid="must-enrol">
          {t('mustEnrol')}
        </Alert>
      ) : (
        <p className="mt-2">{t('disabledOptional')}</p>
      )}
      <p className="mt-4">{t('step1')}</p>
      <p className="mt-2">{t('step2')}</p>
      <p className="mt-1 break-all font-mono text-lg" data-testid="totp-secret">
        {secret}
      </p>
      <div className="mt-2 h-48 w-48" dangerouslySetInnerHTML={{ __html: qr }} />
      <p className="mt-4">{t('step3')}</p>
      <WithMessages namespaces={['account']}>
        <EnrolForm secret={secret} home={homePathFor(user.role)} />
      </WithMessages>
      {user.mustEnrol ? null : passwordSection}
    </>
  );
}
