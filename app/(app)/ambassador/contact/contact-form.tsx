'use client';

import { ConsentField, PersonFields } from '@/app/_components/contact-fields';
import { SavedPanel } from '@/app/_components/ui/alert';
import { ButtonLink, SubmitButton } from '@/app/_components/ui/button';
import { RadioGroup } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { MAX_NAME, MAX_PHONE, SOCIAL_MAP_PATH } from '@/lib/field/constants';
import { registerFieldContactAction } from '@/lib/field/actions';

const FIELDS = ['name', 'phone', 'language', 'neighbourhood', 'wants', 'consent'] as const;
type Field = (typeof FIELDS)[number];

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
  const { state, formAction, pending, errorSummary, values: v, error: err } = useForm(registerFieldContactAction, {
    labels: text.labels,
    messages: text.errors,
    summaryTitle: text.errorSummary,
  });

  if (state.status === 'success') {
    const d = state.data ?? {};
    const wantsOther = d.wants === 'other_help' || d.wants === 'both';
    return (
      <SavedPanel title={text.savedTitle} testId="contact-saved">
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
          <ButtonLink href="/ambassador/contact" size="large" block>
            {text.another}
          </ButtonLink>
        </p>
        <p className="mt-3">
          <a href="/ambassador" className="text-brand-700 underline">
            {text.toStart}
          </a>
        </p>
      </SavedPanel>
    );
  }

  return (
    <form action={formAction} noValidate data-testid="contact-form">
      {errorSummary}
      <PersonFields
        labels={text.labels}
        phoneHint={text.phoneHint}
        requiredMarker={text.requiredMarker}
        nameMaxLength={MAX_NAME}
        phoneMaxLength={MAX_PHONE}
        languagePlaceholder={text.languagePlaceholder}
        languageGroups={[
          { label: text.yourLanguages, options: ownLanguages },
          { label: text.otherLanguages, options: otherLanguages },
        ]}
        neighbourhoodPlaceholder={text.neighbourhoodPlaceholder}
        neighbourhoods={neighbourhoods}
        values={v}
        error={err}
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
      <ConsentField label={text.labels.consent} requiredMarker={text.requiredMarker} values={v} error={err} />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
