'use client';

import { useActionState } from 'react';
import { ErrorSummary, SubmitButton } from '@/app/_components/fields';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, textValues } from '@/lib/actions/form-state';
import { addRateAction } from '@/lib/expenses/actions';

const FIELDS = ['amount', 'validFrom'] as const;
type Field = (typeof FIELDS)[number];

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5 text-base text-slate-900 ' +
  'aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

export interface RateFormText {
  labels: Record<Field, string>;
  hints: Record<Field, string>;
  requiredMarker: string;
  submit: string;
  submitting: string;
  added: string;
}

/** A new rate from a day on. Works without JavaScript; keeps what was typed after an error. */
export function RateForm({ text }: { text: RateFormText }) {
  const [state, formAction, pending] = useActionState(addRateAction, initialFormState);
  const v = state.status === 'error' ? textValues(state.values) : {};
  const fe = state.fieldErrors ?? {};
  const message = useMessage();
  const err = (f: Field) => (fe[f] ? message(fe[f]!) : undefined);
  const summary = FIELDS.filter((f) => fe[f]).map((f) => ({ field: `rate-${f}`, label: text.labels[f], message: err(f)! }));

  const field = (name: Field, type: 'text' | 'date', extra: Record<string, string> = {}) => {
    const id = `f-rate-${name}`;
    const error = err(name);
    return (
      <div className="mb-5">
        <label htmlFor={id} className="block font-semibold">
          {text.labels[name]}
          <span className="text-red-800" aria-hidden="true">
            {' '}*
          </span>
          <span className="sr-only"> ({text.requiredMarker})</span>
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {text.hints[name]}
        </p>
        <input
          id={id}
          name={name}
          type={type}
          required
          defaultValue={v[name] ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          className={inputClass}
          {...extra}
        />
        {error ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form action={formAction} noValidate className="mt-3 max-w-md" data-testid="rate-form">
      {state.status === 'error' ? (
        <ErrorSummary title={message(state.formError ?? 'invalidForm')} errors={summary} />
      ) : null}
      {state.status === 'success' ? (
        <p role="status" className="mb-4 rounded-md border-2 border-green-700 bg-green-50 p-3 text-green-900">
          {text.added}
        </p>
      ) : null}
      {field('amount', 'text', { inputMode: 'decimal', autoComplete: 'off' })}
      {field('validFrom', 'date')}
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
