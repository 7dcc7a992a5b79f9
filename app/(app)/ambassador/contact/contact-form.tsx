'use client';

import { SOCIAL_MAP_PATH } from '@/lib/field/constants';
import { useActionState, useEffect, useRef } from 'react';
import { CheckboxField, ErrorSummary, RadioGroup, SelectField, SubmitButton, TextField } from '@/app/_components/fields';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, textValues } from '@/lib/actions/form-state';
import { MAX_NAME, MAX_PHONE } from '@/lib/field/constants';
import { registerFieldContactAction } from '@/lib/field/actions';

const FIELDS = ['name', 'phone', 'language', 'neighbourhood', 'wants', 'consent'] as const;
type Field = (typeof FIELDS)[number];

const selectClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

type Option = { value: string; label: string };

export interface ContactFormText {
  labels: Record<Field, string>;
  phoneHint: string;
  languagePlaceholder: string;
  yourLanguages: string;
  otherLanguages: string;
  neighbourhoodPlaceholder: string;
  wants: { course: string; other_help: string; both: string };
  requiredMarker: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  /** message key → text in the user's language (field and form errors) */
  errors: Record<string, string>;
  savedTitle: string;
  /** with {firstName} */
  savedText: string;
  /** with {partner} */
  savedPartner: string;
  socialMapComing: string;
  socialMapLink: string;
  another: string;
  toStart: string;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

/**
 * The phone-first form an ambassador registers a contact with: six fields. Works without
 * JavaScript (a plain POST, the page rendered with the result); keeps what was typed after an
 * error; after saving, the confirmation takes the focus.
 */
export function ContactForm({
  text,
  ownLanguages,
  otherLanguages,
  neighbourhoods,
}: {
  text: ContactFormText;
  /** The ambassador's own languages, listed first. */
  ownLanguages: Option[];
  otherLanguages: Option[];
  neighbourhoods: Option[];
}) {
  const [state, formAction, pending] = useActionState(registerFieldContactAction, initialFormState);
  const confirmationRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status === 'success') confirmationRef.current?.focus();
  }, [state]);

  if (state.status === 'success') {
    const d = state.data ?? {};
    const wantsOther = d.wants === 'other_help' || d.wants === 'both';
    return (
      <div role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="contact-saved">
        <h2 ref={confirmationRef} tabIndex={-1} className="text-xl font-bold text-green-900">
          {text.savedTitle}
        </h2>
        <p className="mt-2">{fill(text.savedText, { firstName: String(d.firstName ?? '') })}</p>
        {d.partner ? <p className="mt-2">{fill(text.savedPartner, { partner: String(d.partner) })}</p> : null}
        {wantsOther ? (
          <p className="mt-2">
            {text.socialMapComing}{' '}
            <a className="font-semibold text-brand-700 underline" href={SOCIAL_MAP_PATH}>
              {text.socialMapLink}
            </a>
          </p>
        ) : null}
        <p className="mt-4">
          <a href="/ambassador/contact" className="block w-full rounded-md bg-brand-700 px-5 py-3 text-center text-lg font-semibold text-white hover:bg-brand-800 sm:inline-block sm:w-auto">
            {text.another}
          </a>
        </p>
        <p className="mt-3">
          <a href="/ambassador" className="text-brand-700 underline">
            {text.toStart}
          </a>
        </p>
      </div>
    );
  }

  const v = state.status === 'error' ? textValues(state.values) : {};
  const fe = state.fieldErrors ?? {};
  const message = useMessage();
  const err = (f: Field) => (fe[f] ? (text.errors[fe[f]!] ?? text.errors.invalidFormat) : undefined);
  const summary = FIELDS.filter((f) => fe[f]).map((f) => ({ field: f, label: text.labels[f], message: err(f)! }));
  const formError = state.formError && state.formError !== 'invalidForm' ? (text.errors[state.formError] ?? message(state.formError)) : undefined;
  const languageError = err('language');

  return (
    <form action={formAction} noValidate data-testid="contact-form">
      {state.status === 'error' ? <ErrorSummary title={formError ?? text.errorSummary} errors={summary} /> : null}
      <TextField
        name="name"
        label={text.labels.name}
        required
        requiredLabel={text.requiredMarker}
        autoComplete="off"
        maxLength={MAX_NAME}
        defaultValue={v.name}
        error={err('name')}
      />
      <TextField
        name="phone"
        type="tel"
        label={text.labels.phone}
        hint={text.phoneHint}
        required
        requiredLabel={text.requiredMarker}
        autoComplete="off"
        inputMode="tel"
        maxLength={MAX_PHONE}
        dir="ltr"
        defaultValue={v.phone}
        error={err('phone')}
      />
      <div className="mb-5">
        <label htmlFor="f-language" className="block font-semibold">
          {text.labels.language}
          <span className="text-red-800" aria-hidden="true">
            {' '}*
          </span>
          <span className="sr-only"> ({text.requiredMarker})</span>
        </label>
        {/* Keyed by the typed value: React does not re-apply a changed defaultValue to a <select>,
            and the form is reset after the action, so a fresh select keeps what was chosen. */}
        <select
          key={v.language ?? ''}
          id="f-language"
          name="language"
          defaultValue={v.language ?? ''}
          required
          aria-invalid={languageError ? true : undefined}
          aria-describedby={languageError ? 'f-language-error' : undefined}
          className={selectClass}
        >
          <option value="">{text.languagePlaceholder}</option>
          {ownLanguages.length ? (
            <optgroup label={text.yourLanguages}>
              {ownLanguages.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label={text.otherLanguages}>
            {otherLanguages.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
        {languageError ? (
          <p id="f-language-error" className="mt-1 text-sm font-semibold text-red-800">
            {languageError}
          </p>
        ) : null}
      </div>
      <SelectField
        key={`neighbourhood-${v.neighbourhood ?? ''}`}
        name="neighbourhood"
        label={text.labels.neighbourhood}
        required
        requiredLabel={text.requiredMarker}
        placeholder={text.neighbourhoodPlaceholder}
        defaultValue={v.neighbourhood}
        options={neighbourhoods}
        error={err('neighbourhood')}
      />
      <RadioGroup
        name="wants"
        label={text.labels.wants}
        required
        requiredLabel={text.requiredMarker}
        defaultValue={v.wants ?? 'course'}
        options={[
          { value: 'course', label: text.wants.course },
          { value: 'other_help', label: text.wants.other_help },
          { value: 'both', label: text.wants.both },
        ]}
        error={err('wants')}
      />
      <CheckboxField
        name="consent"
        label={text.labels.consent}
        required
        requiredLabel={text.requiredMarker}
        defaultChecked={v.consent === 'on'}
        error={err('consent')}
      />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
