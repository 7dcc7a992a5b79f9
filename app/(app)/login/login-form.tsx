'use client';

import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/ui/button';
import { cardClass } from '@/app/_components/ui/card';
import { TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { loginAction } from '@/lib/auth/actions';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const te = useTranslations('errors');
  const tc = useTranslations('common');
  const { state, formAction, pending, errorSummary, error: err } = useForm(loginAction, {
    labels: { email: t('email'), password: t('password') },
    message: (key) => (t.has(key as never) ? t(key as never) : te.has(key as never) ? te(key as never) : undefined),
    fallbackFieldError: te('invalidFormat'),
    summaryTitle: te('invalidForm'),
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
        defaultValue={state.values?.email}
        error={err('email')}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        required
        requiredLabel={tc('requiredMarker')}
        autoComplete="current-password"
        maxLength={512}
        error={err('password')}
      />
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
