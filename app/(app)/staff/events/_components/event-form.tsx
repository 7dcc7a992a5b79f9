'use client';

import { useRef } from 'react';
import { Button } from '@/app/_components/ui/button';
import { cardClass } from '@/app/_components/ui/card';
import { CheckboxGroup, SelectField, TextArea, TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import type { FormState } from '@/lib/actions/form-state';

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
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  defaults: EventFormValues;
  text: EventFormText;
  kinds: Option[];
  wijken: Option[];
  languages: Option[];
}) {
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
  const { state, formAction, pending, errorSummary, values: v, valuesOf, error: err } = useForm(action, {
    labels,
    idPrefix: 'ev',
  });
  // React's form reset after an action puts a <select> back to the option it was first rendered
  // with; remounting the selects on every result makes them show what was chosen.
  const round = useRef({ state, n: 0 });
  if (round.current.state !== state) round.current = { state, n: round.current.n + 1 };
  const value = (name: keyof EventFormValues) => v[name] ?? (defaults[name] as string | undefined);
  const checked = valuesOf('targetLanguages') ?? defaults.targetLanguages ?? [];

  return (
    <form action={formAction} noValidate className={cardClass} data-testid="event-form">
      {errorSummary}
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
      <CheckboxGroup
        name="targetLanguages"
        idOverride="ev-targetLanguages"
        label={text.targetLanguages}
        hint={text.targetLanguagesHint}
        options={languages}
        defaultValues={checked}
        error={err('targetLanguages')}
      />
      <TextField
        name="targetGroup"
        idOverride="ev-targetGroup"
        label={text.targetGroup}
        hint={text.targetGroupHint}
        maxLength={120}
        defaultValue={value('targetGroup')}
        error={err('targetGroup')}
      />
      <TextArea name="notes" idOverride="ev-notes" label={text.notes} maxLength={1000} defaultValue={value('notes')} error={err('notes')} />
      <Button disabled={pending}>{text.submit}</Button>
    </form>
  );
}
