'use client';

import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/app/_components/fields';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, textValues } from '@/lib/actions/form-state';
import { createPeriodAction } from '@/lib/targets/actions';

const FIELDS = ['name', 'startsOn', 'endsOn', 'groupTarget'] as const;
type Field = (typeof FIELDS)[number];

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

export interface PeriodFormText {
  labels: Record<Field, string>;
  hints: Partial<Record<Field, string>>;
  errorSummary: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
  created: string;
  openCreated: string;
}

/** The form to create a period. Works without JavaScript; keeps what was typed after an error. */
export function PeriodForm({ text }: { text: PeriodFormText }) {
  const [state, formAction, pending] = useActionState(createPeriodAction, initialFormState);
  const v = state.status === 'error' ? textValues(state.values) : {};
  const fe = state.fieldErrors ?? {};
  const message = useMessage();
  const err = (f: Field) => (fe[f] ? message(fe[f]!) : undefined);
  const summary = FIELDS.filter((f) => fe[f]).map((f) => ({ field: f, label: text.labels[f], message: err(f)! }));

  const field = (name: Field, type: 'text' | 'date' | 'number', extra: Record<string, string | number> = {}) => {
    const id = `f-${name}`;
    const error = err(name);
    const hint = text.hints[name];
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className="mb-5">
        <label htmlFor={id} className="block font-semibold">
          {text.labels[name]}
          <span className="text-red-800" aria-hidden="true">
            {' '}*
          </span>
          <span className="sr-only"> ({text.requiredMarker})</span>
        </label>
        <input
          id={id}
          name={name}
          type={type}
          required
          defaultValue={v[name] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={inputClass}
          {...extra}
        />
        {hint ? (
          <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form action={formAction} noValidate className="mt-3 max-w-xl" data-testid="period-form">
      {state.status === 'error' ? (
        <ErrorSummary title={state.formError && state.formError !== 'invalidForm' ? message(state.formError) : text.errorSummary} errors={summary} />
      ) : null}
      {state.status === 'success' && state.data?.id ? (
        <p role="status" className="mb-4 rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {text.created}{' '}
          <a className="font-semibold underline" href={`/staff/targets/${String(state.data.id)}`}>
            {text.openCreated}
          </a>
        </p>
      ) : null}
      {field('name', 'text', { maxLength: 100, autoComplete: 'off' })}
      <div className="grid gap-x-4 sm:grid-cols-2">
        {field('startsOn', 'date')}
        {field('endsOn', 'date')}
      </div>
      {field('groupTarget', 'number', { min: 1, max: 100000, step: 1, inputMode: 'numeric' })}
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
