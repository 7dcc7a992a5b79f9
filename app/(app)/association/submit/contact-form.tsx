'use client';

import { useActionState, useEffect, useRef } from 'react';
import { CheckboxField, ErrorSummary, SelectField, SubmitButton, TextField } from '@/app/_components/fields';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, textValues } from '@/lib/actions/form-state';
import { submitContactAction } from '@/lib/association/actions';
import { MAX_NAME, MAX_NOTE } from '@/lib/association/schema';

const FIELDS = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'] as const;
type Field = (typeof FIELDS)[number];
type Option = { value: string; label: string };

export interface ContactFormText {
  labels: Record<Field, string>;
  phoneHint: string;
  noteHint: string;
  languagePlaceholder: string;
  neighbourhoodPlaceholder: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  savedTitle: string;
  /** with {name} */
  savedText: string;
  another: string;
  toContacts: string;
}

/**
 * One contact, passed on by an association. Works without JavaScript (a plain POST; the page is
 * rendered with the result); keeps what was typed after an error; the confirmation takes focus.
 */
export function AssociationContactForm({ text, languages, neighbourhoods }: { text: ContactFormText; languages: Option[]; neighbourhoods: Option[] }) {
  const [state, formAction, pending] = useActionState(submitContactAction, initialFormState);
  const message = useMessage();
  const confirmationRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status === 'success') confirmationRef.current?.focus();
  }, [state]);

  if (state.status === 'success') {
    return (
      <div role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4" data-testid="contact-saved">
        <h2 ref={confirmationRef} tabIndex={-1} className="text-xl font-bold text-green-900">
          {text.savedTitle}
        </h2>
        <p className="mt-2">{text.savedText.replace('{name}', String(state.data?.name ?? ''))}</p>
        <p className="mt-4 flex flex-wrap gap-4">
          <a href="/association/submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {text.another}
          </a>
          <a href="/association/contacts" className="self-center text-brand-700 underline">
            {text.toContacts}
          </a>
        </p>
      </div>
    );
  }

  const v = state.status === 'error' ? textValues(state.values) : {};
  const fe = state.fieldErrors ?? {};
  const err = (f: Field) => (fe[f] ? message(fe[f]!) : undefined);
  const summary = FIELDS.filter((f) => fe[f]).map((f) => ({ field: f, label: text.labels[f], message: err(f)! }));
  const formError = state.formError && state.formError !== 'invalidForm' ? message(state.formError) : undefined;

  return (
    <form action={formAction} noValidate data-testid="association-contact-form">
      {state.status === 'error' ? <ErrorSummary title={formError ?? text.errorSummary} errors={summary} /> : null}
      <TextField name="name" label={text.labels.name} required requiredLabel={text.requiredMarker} autoComplete="off" maxLength={MAX_NAME} defaultValue={v.name} error={err('name')} />
      <TextField
        name="phone"
        type="tel"
        label={text.labels.phone}
        hint={text.phoneHint}
        required
        requiredLabel={text.requiredMarker}
        autoComplete="off"
        inputMode="tel"
        maxLength={32}
        dir="ltr"
        defaultValue={v.phone}
        error={err('phone')}
      />
      <SelectField
        name="language"
        label={text.labels.language}
        required
        requiredLabel={text.requiredMarker}
        placeholder={text.languagePlaceholder}
        options={languages}
        defaultValue={v.language}
        error={err('language')}
      />
      <SelectField
        name="neighbourhood"
        label={text.labels.neighbourhood}
        required
        requiredLabel={text.requiredMarker}
        placeholder={text.neighbourhoodPlaceholder}
        options={neighbourhoods}
        defaultValue={v.neighbourhood}
        error={err('neighbourhood')}
      />
      <div className="mb-5">
        <label htmlFor="f-note" className="block font-semibold">
          {text.labels.note}
        </label>
        <p id="f-note-hint" className="mt-1 text-sm text-slate-700">
          {text.noteHint}
        </p>
        <textarea
          id="f-note"
          name="note"
          rows={3}
          maxLength={MAX_NOTE}
          defaultValue={v.note}
          aria-invalid={fe.note ? true : undefined}
          aria-describedby={fe.note ? 'f-note-hint f-note-error' : 'f-note-hint'}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5"
        />
        {fe.note ? (
          <p id="f-note-error" className="mt-1 text-sm font-semibold text-red-800">
            {err('note')}
          </p>
        ) : null}
      </div>
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
