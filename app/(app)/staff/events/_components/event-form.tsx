'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { ErrorSummary, SelectField, TextField } from '@/app/_components/ui/form-field';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState } from '@/lib/actions/form-state';

type Option = { value: string; label: string };

export interface EventFormValues {
  eventId?: string;
  title?: string;
  kind?: string;
  startsOn?: string;
  endsOn?: string;
  place?: string;
  neighbourhood?: string;
  targetLanguages?: string[];
  targetGroup?: string;
  notes?: string;
}

export interface EventFormText {
  title: string;
  kind: string;
  kindPlaceholder: string;
  startsOn: string;
  endsOn: string;
  endsOnHint: string;
  place: string;
  wijk: string;
  noWijk: string;
  targetLanguages: string;
  targetLanguagesHint: string;
  targetGroup: string;
  targetGroupHint: string;
  notes: string;
  submit: string;
  required: string;
}

/**
 * The event form: like ActionForm, but its target languages (checkboxes, several values) are
 * ticked again after an error — the action sends them back as one comma-separated value.
 */
export function EventForm({
  action,
  defaults,
  text,
  kinds,
  wijken,
  languages,
  messages,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: EventFormValues;
  text: EventFormText;
  kinds: Option[];
  wijken: Option[];
  languages: Option[];
  /** message key → text (form errors and this feature's field errors) */
  messages: Record<string, string>;
}) {
  const te = useTranslations('errors');
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // React's form reset after an action puts a <select> back to the option it was first rendered
  // with; remounting the selects on every result makes them show what was chosen.
  const round = useRef({ state, n: 0 });
  if (round.current.state !== state) round.current = { state, n: round.current.n + 1 };
  const fe = state.fieldErrors ?? {};
  const v = state.status === 'error' ? (state.values ?? {}) : {};
  const err = (name: string) => (fe[name] ? (messages[fe[name]!] ?? te(fe[name] as never)) : undefined);
  const value = (name: keyof EventFormValues) => v[name] ?? (defaults[name] as string | undefined);
  const checked = state.status === 'error' ? (v.targetLanguages ?? '').split(',').filter(Boolean) : (defaults.targetLanguages ?? []);
  const labels: Record<string, string> = {
    title: text.title,
    kind: text.kind,
    startsOn: text.startsOn,
    endsOn: text.endsOn,
    place: text.place,
    neighbourhood: text.wijk,
    targetLanguages: text.targetLanguages,
    targetGroup: text.targetGroup,
    notes: text.notes,
  };
  const summary = Object.keys(fe)
    .filter((f) => labels[f])
    .map((f) => ({ field: `ev-${f}`, label: labels[f]!, message: err(f)! }));
  const formError = state.formError ? (messages[state.formError] ?? te(state.formError as never)) : null;

  return (
    <form action={formAction} noValidate className="rounded-lg bg-white p-4 shadow-sm" data-testid="event-form">
      {state.status === 'error' ? <ErrorSummary title={formError ?? te('invalidForm')} errors={summary} /> : null}
      {defaults.eventId ? <input type="hidden" name="eventId" value={defaults.eventId} /> : null}
      <TextField name="title" idOverride="ev-title" label={text.title} required requiredLabel={text.required} maxLength={120} defaultValue={value('title')} error={err('title')} />
      <SelectField
        key={`kind-${round.current.n}`}
        name="kind"
        idOverride="ev-kind"
        label={text.kind}
        required
        requiredLabel={text.required}
        placeholder={text.kindPlaceholder}
        options={kinds}
        defaultValue={value('kind')}
        error={err('kind')}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField name="startsOn" idOverride="ev-startsOn" type="date" label={text.startsOn} required requiredLabel={text.required} defaultValue={value('startsOn')} error={err('startsOn')} />
        <TextField
          name="endsOn"
          idOverride="ev-endsOn"
          type="date"
          label={text.endsOn}
          hint={text.endsOnHint}
          required
          requiredLabel={text.required}
          defaultValue={value('endsOn')}
          error={err('endsOn')}
        />
      </div>
      <TextField name="place" idOverride="ev-place" label={text.place} required requiredLabel={text.required} maxLength={160} defaultValue={value('place')} error={err('place')} />
      <SelectField
        key={`wijk-${round.current.n}`}
        name="neighbourhood"
        idOverride="ev-neighbourhood"
        label={text.wijk}
        placeholder={text.noWijk}
        options={wijken}
        defaultValue={value('neighbourhood') ?? ''}
        error={err('neighbourhood')}
      />
      <fieldset
        id="f-ev-targetLanguages"
        tabIndex={-1}
        className="mb-5"
        aria-describedby={['f-ev-targetLanguages-hint', fe.targetLanguages ? 'f-ev-targetLanguages-error' : null].filter(Boolean).join(' ')}
      >
        <legend className="font-semibold">{text.targetLanguages}</legend>
        <p id="f-ev-targetLanguages-hint" className="mt-1 text-sm text-slate-700">
          {text.targetLanguagesHint}
        </p>
        <div className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {languages.map((o) => (
            <div key={o.value} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`f-ev-lang-${o.value}`}
                name="targetLanguages"
                value={o.value}
                defaultChecked={checked.includes(o.value)}
                className="h-5 w-5 shrink-0"
              />
              <label htmlFor={`f-ev-lang-${o.value}`}>{o.label}</label>
            </div>
          ))}
        </div>
        {fe.targetLanguages ? (
          <p id="f-ev-targetLanguages-error" className="mt-1 text-sm font-semibold text-red-800">
            {err('targetLanguages')}
          </p>
        ) : null}
      </fieldset>
      <TextField
        name="targetGroup"
        idOverride="ev-targetGroup"
        label={text.targetGroup}
        hint={text.targetGroupHint}
        maxLength={120}
        defaultValue={value('targetGroup')}
        error={err('targetGroup')}
      />
      <div className="mb-5">
        <label htmlFor="f-ev-notes" className="block font-semibold">
          {text.notes}
        </label>
        <textarea
          id="f-ev-notes"
          name="notes"
          rows={3}
          maxLength={1000}
          defaultValue={value('notes')}
          aria-invalid={fe.notes ? true : undefined}
          aria-describedby={fe.notes ? 'f-ev-notes-error' : undefined}
          className="mt-1 block w-full rounded-md border border-slate-500 px-3 py-2"
        />
        {fe.notes ? (
          <p id="f-ev-notes-error" className="mt-1 text-sm font-semibold text-red-800">
            {err('notes')}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
        {text.submit}
      </button>
    </form>
  );
}
