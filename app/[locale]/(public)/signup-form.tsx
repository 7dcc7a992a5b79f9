'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, SubmitButton, TextField } from '@/app/_components/ui/form-field';
import { initialFormState } from '@/lib/actions/form-state';
import { Link } from '@/lib/i18n/navigation';
import { signupAction } from '@/lib/leads/actions';
import { LANGUAGE_CODES } from '@/lib/leads/languages';

const FIELD_ORDER = ['name', 'phone', 'email', 'language', 'neighbourhood', 'forWhom', 'consent'] as const;

export function SignupForm({
  neighbourhoods,
  referralCode,
}: {
  neighbourhoods: { code: string; name: string }[];
  referralCode: string;
}) {
  const t = useTranslations('public');
  const te = useTranslations('errors');
  const tl = useTranslations('languages');
  const tc = useTranslations('common');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(signupAction, initialFormState);
  const confirmationRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status === 'success') confirmationRef.current?.focus();
  }, [state.status]);

  if (state.status === 'success') {
    const base = locale === 'nl' ? '/' : `/${locale}`;
    const again = referralCode ? `${base}?ref=${encodeURIComponent(referralCode)}` : base;
    return (
      <div role="status" className="mt-4 rounded-md border-2 border-green-700 bg-green-50 p-4">
        <h3 ref={confirmationRef} tabIndex={-1} className="text-xl font-bold text-green-900">
          {t('confirmationTitle')}
        </h3>
        <p className="mt-2">{t('confirmationText')}</p>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={again}>
            {t('confirmationAgain')}
          </a>
        </p>
      </div>
    );
  }

  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const err = (field: string) => (fe[field] ? te(fe[field] as never) : undefined);
  const labels: Record<string, string> = {
    name: t('name'),
    phone: t('phone'),
    email: t('email'),
    language: t('language'),
    neighbourhood: t('neighbourhood'),
    forWhom: t('forWhom'),
    consent: t('consent'),
  };
  const summary = FIELD_ORDER.filter((f) => fe[f]).map((f) => ({ field: f, label: labels[f]!, message: err(f)! }));
  const ref = v.ref ?? referralCode;

  return (
    <form action={formAction} noValidate className="mt-4">
      <p className="mb-4">{t('formIntro')}</p>
      {state.status === 'error' ? (
        <ErrorSummary title={state.formError ? te(state.formError as never) : t('errorSummary')} errors={summary} />
      ) : null}
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
      {/* keyed by the value: React does not re-apply a changed defaultValue to a <select> after the form reset */}
      <SelectField
        key={`language:${v.language ?? ''}`}
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
        key={`neighbourhood:${v.neighbourhood ?? ''}`}
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
      <CheckboxField
        name="consent"
        label={t('consent')}
        required
        requiredLabel={tc('requiredMarker')}
        defaultChecked={v.consent === 'on'}
        error={err('consent')}
        extra={
          <Link href="/privacy" className="text-brand-700 underline" target="_blank">
            {t('privacyLink')}
          </Link>
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
