'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, SubmitButton, TextField } from '@/app/_components/ui/form-field';
import { initialFormState } from '@/lib/actions/form-state';
import { loginAction } from '@/lib/auth/actions';

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const te = useTranslations('errors');
  const tc = useTranslations('common');
  const [state, formAction, pending] = useActionState(loginAction, initialFormState);
  const fe = state.fieldErrors ?? {};
  const err = (f: string) => (fe[f] ? te(fe[f] as never) : undefined);
  const summary = (['email', 'password'] as const)
    .filter((f) => fe[f])
    .map((f) => ({ field: f, label: t(f), message: err(f)! }));
  return (
    <form action={formAction} noValidate className="mt-6 rounded-lg bg-white p-5 shadow-sm">
      {state.status === 'error' ? (
        <ErrorSummary title={state.formError ? t(state.formError as 'invalid' | 'throttled') : te('invalidForm')} errors={summary} />
      ) : null}
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
