'use client';

import { useTranslations } from 'next-intl';
import { SavedPanel } from '@/app/_components/ui/alert';
import { ButtonLink, SubmitButton } from '@/app/_components/ui/button';
import { TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { enableTwoFactorAction } from '@/lib/users/account-actions';

/**
 * The first code from the app, with the secret shown above (a hidden field: it is the user's own,
 * already on the screen). After success: the ten recovery codes, shown this once.
 */
export function EnrolForm({ secret, home }: { secret: string; home: string }) {
  const t = useTranslations('account');
  const tc = useTranslations('common');
  const { state, formAction, pending, errorSummary, field } = useForm(enableTwoFactorAction, { labels: { code: t('code') }, idPrefix: 'enrol' });
  if (state.status === 'success' && typeof state.data?.codes === 'string') {
    return (
      <SavedPanel title={t('codesTitle')} testId="recovery-codes">
        <p>{t('codesIntro')}</p>
        <ul className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg">
          {state.data.codes.split(' ').map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <ButtonLink href={home} className="mt-4">
          {t('continue')}
        </ButtonLink>
      </SavedPanel>
    );
  }
  const { defaultValue: _typed, ...code } = field('code');
  return (
    <form action={formAction} noValidate className="mt-4 max-w-md">
      {errorSummary}
      <input type="hidden" name="secret" value={secret} />
      <TextField {...code} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={10} required requiredLabel={tc('requiredMarker')} />
      <SubmitButton pending={pending} label={t('enable')} />
    </form>
  );
}
