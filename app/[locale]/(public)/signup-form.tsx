'use client';

import { type FormEvent, startTransition, useEffect, useRef } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { CheckboxField, RadioGroup, SelectField, TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { useMessageLocale, useText } from '@/app/_components/use-message';
import { type FormState, textValues } from '@/lib/actions/form-state';
import { signupAction } from '@/lib/leads/signup/actions';
import { localePath } from '@/lib/i18n/routing';
import { LANGUAGE_CODES } from '@/lib/languages';
import { SignupConfirmation } from './signup-confirmation';

const FIELD_ORDER = ['name', 'phone', 'email', 'language', 'neighbourhood', 'forWhom', 'consent'] as const;

/**
 * The public sign-up form. Without JavaScript it is a plain form post to its own address
 * (`/aanmelden`, `/en/aanmelden`, …: the route handler beside this file), which answers with the
 * thank-you page or sends the resident back here with the errors (`returned`). With JavaScript the
 * submit is taken over and the same fields go to the server action, which answers with a small
 * state: the thanks (focused) or the errors, without loading the page again.
 */
export function SignupForm({
  neighbourhoods,
  referralCode,
  returned,
}: {
  neighbourhoods: { code: string; name: string }[];
  referralCode: string;
  /** The errors and values of a plain post that came back (lib/leads/signup/flash.ts), if any. */
  returned?: FormState | null;
}) {
  const t = useText('public');
  const tl = useText('languages');
  const tc = useText('common');
  const locale = useMessageLocale();
  const labels: Record<(typeof FIELD_ORDER)[number], string> = {
    name: t('name'),
    phone: t('phone'),
    email: t('email'),
    language: t('language'),
    neighbourhood: t('neighbourhood'),
    forWhom: t('forWhom'),
    consent: t('consent'),
  };
  const { state, formAction, pending, errorSummary, error: err } = useForm(signupAction, {
    labels,
    summaryTitle: t('errorSummary'),
    initialState: returned,
  });
  const confirmationRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status === 'success') confirmationRef.current?.focus();
  }, [state.status]);

  if (state.status === 'success') {
    return <SignupConfirmation locale={locale} referralCode={referralCode} headingLevel="h3" headingRef={confirmationRef} t={t} />;
  }

  const v = textValues(state.values);
  const ref = v.ref ?? referralCode;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };

  return (
    <form action={localePath(locale, '/aanmelden')} method="post" onSubmit={submit} noValidate className="mt-4">
      <p className="mb-4">{t('formIntro')}</p>
      {errorSummary}
      {ref ? (
        <p className="mb-4 text-sm text-slate-700">{t('referredBy')}</p>
      ) : null}
      <input type="hidden" name="ref" value={ref} />
      <TextField name="name" label={t('name')} required requiredLabel={tc('requiredMarker')} autoComplete="name" maxLength={100} defaultValue={v.name} error={err('name')} />
      <TextField
        name="phone"
        type="tel"
        label={t('phone')}
        hint={t('phoneHint')}
        required
        requiredLabel={tc('requiredMarker')}
        autoComplete="tel"
        inputMode="tel"
        maxLength={32}
        dir="ltr"
        defaultValue={v.phone}
        error={err('phone')}
      />
      <TextField
        name="email"
        type="email"
        label={`${t('email')} (${tc('optionalMarker')})`}
        autoComplete="email"
        inputMode="email"
        maxLength={254}
        dir="ltr"
        defaultValue={v.email}
        error={err('email')}
      />
      <SelectField
        name="language"
        label={t('language')}
        required
        requiredLabel={tc('requiredMarker')}
        placeholder={t('languagePlaceholder')}
        defaultValue={v.language ?? (locale === 'nl' ? '' : locale)}
        options={LANGUAGE_CODES.map((code) => ({ value: code, label: tl(code) }))}
        error={err('language')}
      />
      <SelectField
        name="neighbourhood"
        label={t('neighbourhood')}
        required
        requiredLabel={tc('requiredMarker')}
        placeholder={t('neighbourhoodPlaceholder')}
        defaultValue={v.neighbourhood}
        options={[...neighbourhoods.map((n) => ({ value: n.code, label: n.name })), { value: 'other', label: t('neighbourhoodOther') }]}
        error={err('neighbourhood')}
      />
      <RadioGroup
        name="forWhom"
        label={t('forWhom')}
        required
        requiredLabel={tc('requiredMarker')}
        defaultValue={v.forWhom ?? 'self'}
        options={[
          { value: 'self', label: t('forWhomSelf') },
          { value: 'other', label: t('forWhomOther') },
        ]}
        error={err('forWhom')}
      />
      <CheckboxField name="escort" label={t('escort')} defaultChecked={v.escort === 'on'} />
      <CheckboxField
        name="consent"
        label={t('consent')}
        required
        requiredLabel={tc('requiredMarker')}
        defaultChecked={v.consent === 'on'}
        error={err('consent')}
        extra={
          <a href={localePath(locale, '/privacy')} className="text-brand-700 underline" target="_blank">
            {t('privacyLink')}
          </a>
        }
      />
      <div className="hp-field" aria-hidden="true">
        <label htmlFor="f-website">{t('website')}</label>
        <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
