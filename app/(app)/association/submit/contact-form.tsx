'use client';

import { ConsentField, PersonFields } from '@/app/_components/contact-fields';
import { SavedPanel } from '@/app/_components/ui/alert';
import { ButtonLink, SubmitButton } from '@/app/_components/ui/button';
import { TextArea } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { submitContactAction } from '@/lib/associations/actions';
import { MAX_NAME, MAX_NOTE } from '@/lib/associations/schema';

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
  const { state, formAction, pending, errorSummary, values: v, error: err } = useForm(submitContactAction, {
    labels: text.labels,
    summaryTitle: text.errorSummary,
  });

  if (state.status === 'success') {
    return (
      <SavedPanel title={text.savedTitle} testId="contact-saved">
        <p className="mt-2">{text.savedText.replace('{name}', String(state.data?.name ?? ''))}</p>
        <p className="mt-4 flex flex-wrap gap-4">
          <ButtonLink href="/association/submit">{text.another}</ButtonLink>
          <a href="/association/contacts" className="self-center text-brand-700 underline">
            {text.toContacts}
          </a>
        </p>
      </SavedPanel>
    );
  }

  return (
    <form action={formAction} noValidate data-testid="association-contact-form">
      {errorSummary}
      <PersonFields
        labels={text.labels}
        phoneHint={text.phoneHint}
        requiredMarker={text.requiredMarker}
        nameMaxLength={MAX_NAME}
        phoneMaxLength={32}
        languagePlaceholder={text.languagePlaceholder}
        languages={languages}
        neighbourhoodPlaceholder={text.neighbourhoodPlaceholder}
        neighbourhoods={neighbourhoods}
        values={v}
        error={err}
      />
      <TextArea name="note" label={text.labels.note} hint={text.noteHint} maxLength={MAX_NOTE} defaultValue={v.note} error={err('note')} />
      <ConsentField label={text.labels.consent} requiredMarker={text.requiredMarker} values={v} error={err} />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
