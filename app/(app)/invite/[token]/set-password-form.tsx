'use client';

import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/ui/button';
import { cardClass } from '@/app/_components/ui/card';
import { PasswordField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { acceptInviteAction } from '@/lib/users/invite-actions';

/** The new password, twice. Passwords are never sent back to the form after an error. */
export function SetPasswordForm({ token, email, text }: { token: string; email: string; text: { password: string; passwordHint: string; passwordConfirm: string; submit: string } }) {
  const t = (key: keyof typeof text) => text[key];
  const tc = useTranslations('common');
  const { formAction, pending, errorSummary, error: err } = useForm(acceptInviteAction, {
    labels: { password: t('password'), passwordConfirm: t('passwordConfirm') },
  });
  return (
    <form action={formAction} noValidate className={`mt-6 ${cardClass} p-5`}>
      {errorSummary}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager store the new password with the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField name="password" label={t('password')} hint={t('passwordHint')} requiredLabel={tc('requiredMarker')} autoComplete="new-password" error={err('password')} />
      <PasswordField name="passwordConfirm" label={t('passwordConfirm')} requiredLabel={tc('requiredMarker')} autoComplete="new-password" error={err('passwordConfirm')} />
      <SubmitButton pending={pending} label={t('submit')} />
    </form>
  );
}
