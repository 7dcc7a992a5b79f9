'use client';

import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/ui/button';
import { cardClass } from '@/app/_components/ui/card';
import { PasswordField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import type { FormState } from '@/lib/actions/form-state';

/**
 * The new password, twice, for an invite or a reset link (`token`), or for a change of one's own
 * password (`text.currentPassword`: the current one first). Passwords are never sent back to the
 * form after an error.
 */
export function SetPasswordForm({
  action,
  token,
  email,
  text,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  token?: string;
  email?: string;
  text: { currentPassword?: string; password: string; passwordHint: string; passwordConfirm: string; submit: string };
}) {
  const t = (key: keyof typeof text) => text[key] ?? '';
  const tc = useTranslations('common');
  const { formAction, pending, errorSummary, error: err } = useForm(action, {
    labels: { ...(text.currentPassword ? { currentPassword: text.currentPassword } : {}), password: t('password'), passwordConfirm: t('passwordConfirm') },
  });
  return (
    <form action={formAction} noValidate className={`mt-6 ${cardClass} p-5`}>
      {errorSummary}
      {token === undefined ? null : <input type="hidden" name="token" value={token} />}
      {/* Lets a password manager store the new password with the right account. */}
      {email ? <input type="text" name="username" autoComplete="username" value={email} readOnly hidden /> : null}
      {text.currentPassword ? (
        <PasswordField name="currentPassword" label={text.currentPassword} requiredLabel={tc('requiredMarker')} autoComplete="current-password" error={err('currentPassword')} />
      ) : null}
      <PasswordField name="password" label={t('password')} hint={t('passwordHint')} requiredLabel={tc('requiredMarker')} autoComplete="new-password" error={err('password')} />
      <PasswordField name="passwordConfirm" label={t('passwordConfirm')} requiredLabel={tc('requiredMarker')} autoComplete="new-password" error={err('passwordConfirm')} />
      <SubmitButton pending={pending} label={t('submit')} />
    </form>
  );
}
