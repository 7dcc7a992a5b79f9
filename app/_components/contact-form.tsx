'use client';

import type { ReactNode } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { SubmitButton } from './ui/button';
import { CheckboxField, type Option, SelectField, TextField } from './ui/form-field';
import { useForm } from './ui/use-form';

/** The texts both contact forms share (the page translates them). */
export interface ContactFormText {
  labels: { name: string; phone: string; language: string; neighbourhood: string; consent: string } & Record<string, string>;
  phoneHint: string;
  languagePlaceholder: string;
  neighbourhoodPlaceholder: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
  errorSummary: string;
}

export interface ContactFormFields {
  values: Record<string, string>;
  error: (name: string) => string | undefined;
}

/**
 * One contact, phone first: name and phone, language and wijk, the form's own fields
 * (`fields`), and the consent box. The one form behind the ambassador's field contact and the
 * association's contact: works without JavaScript (a plain POST, the page rendered with the
 * result), keeps what was typed after an error, and shows `saved` (whose heading takes the focus)
 * after success.
 */
export function ContactForm({
  action,
  testId,
  text,
  maxLength,
  languages,
  languageGroups,
  neighbourhoods,
  fields,
  saved,
  messages,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  testId: string;
  text: ContactFormText;
  maxLength: { name: number; phone: number };
  languages?: Option[];
  /** languages in labelled groups (the ambassador's own first) */
  languageGroups?: { label: string; options: Option[] }[];
  neighbourhoods: Option[];
  /** the fields between the wijk and the consent box */
  fields: (form: ContactFormFields) => ReactNode;
  /** the confirmation, from the action's result data */
  saved: (data: NonNullable<FormState['data']>) => ReactNode;
  /** this form's own words for shared keys (`required` in the field) */
  messages?: Record<string, string>;
}) {
  const { state, formAction, pending, errorSummary, values: v, error: err } = useForm(action, {
    labels: text.labels,
    messages,
    summaryTitle: text.errorSummary,
  });
  if (state.status === 'success') return saved(state.data ?? {});

  const required = { required: true, requiredLabel: text.requiredMarker };
  return (
    <form action={formAction} noValidate data-testid={testId}>
      {errorSummary}
      <TextField name="name" label={text.labels.name} {...required} autoComplete="off" maxLength={maxLength.name} defaultValue={v.name} error={err('name')} />
      <TextField
        name="phone"
        type="tel"
        label={text.labels.phone}
        hint={text.phoneHint}
        {...required}
        autoComplete="off"
        inputMode="tel"
        maxLength={maxLength.phone}
        dir="ltr"
        defaultValue={v.phone}
        error={err('phone')}
      />
      <SelectField
        name="language"
        label={text.labels.language}
        {...required}
        placeholder={text.languagePlaceholder}
        options={languages}
        groups={languageGroups}
        defaultValue={v.language}
        error={err('language')}
      />
      <SelectField
        name="neighbourhood"
        label={text.labels.neighbourhood}
        {...required}
        placeholder={text.neighbourhoodPlaceholder}
        options={neighbourhoods}
        defaultValue={v.neighbourhood}
        error={err('neighbourhood')}
      />
      {fields({ values: v, error: err })}
      <CheckboxField name="consent" label={text.labels.consent} {...required} defaultChecked={v.consent === 'on'} error={err('consent')} />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
