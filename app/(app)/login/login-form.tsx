'use client';

import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/ui/button';
import { cardClass } from '@/app/_components/ui/card';
import { PasswordField, TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { valueOf } from '@/lib/actions/form-state';
import { loginAction } from '@/lib/session/actions';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const tc = useTranslations('common');
  const { state, formAction, pending, errorSummary, error: err } = useForm(loginAction, {
    labels: { email: t('email'), password: t('password') },
    // the form errors of the login action are the `auth` texts; field errors are shared `errors` keys
    messages: { invalid: t('invalid'), throttled: t('throttled') },
  });
  return (
    <form action={formAction} noValidate className={`mt-6 ${cardClass} p-5`}>
      {errorSummary}
      <input type="hidden" name="next" value={next} />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        required
        requiredLabel={tc('requiredMarker')}
        autoComplete="username"
        inputMode="email"
        maxLength={254}
        defaultValue={valueOf(state.values, 'email')}
        error={err('email')}
      />
      <PasswordField name="password" label={t('password')} requiredLabel={tc('requiredMarker')} autoComplete="current-password" error={err('password')} />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
