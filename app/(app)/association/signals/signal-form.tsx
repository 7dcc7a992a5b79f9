'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ErrorSummary, RadioGroup, SubmitButton } from '@/app/_components/ui/form-field';
import { initialFormState } from '@/lib/actions/form-state';
import { createSignalAction } from '@/lib/association/actions';
import { MAX_SIGNAL_TEXT } from '@/lib/association/schema';

export interface SignalFormText {
  kind: string;
  kinds: { value: string; label: string }[];
  text: string;
  textHint: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
  errorSummary: string;
  saved: string;
  errors: Record<string, string>;
}

/** Pass on a signal. Works without JavaScript; keeps the text after an error; clears it after saving. */
export function SignalForm({ text }: { text: SignalFormText }) {
  const [state, formAction, pending] = useActionState(createSignalAction, initialFormState);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') formRef.current?.reset();
  }, [state]);
  const fe = state.fieldErrors ?? {};
  const v = state.status === 'error' ? (state.values ?? {}) : {};
  const err = (f: string) => (fe[f] ? (text.errors[fe[f]!] ?? text.errors.invalidFormat) : undefined);
  const labels: Record<string, string> = { kind: text.kind, text: text.text };
  const summary = ['kind', 'text'].filter((f) => fe[f]).map((f) => ({ field: f, label: labels[f]!, message: err(f)! }));
  const formError = state.formError && state.formError !== 'invalidForm' ? text.errors[state.formError] : undefined;

  return (
    <form ref={formRef} action={formAction} noValidate data-testid="signal-form">
      {state.status === 'error' ? <ErrorSummary title={formError ?? text.errorSummary} errors={summary} /> : null}
      <RadioGroup name="kind" label={text.kind} required requiredLabel={text.requiredMarker} options={text.kinds} defaultValue={v.kind} error={err('kind')} />
      <div className="mb-5">
        <label htmlFor="f-text" className="block font-semibold">
          {text.text}
          <span className="text-red-800" aria-hidden="true"> *</span>
          <span className="sr-only"> ({text.requiredMarker})</span>
        </label>
        <p id="f-text-hint" className="mt-1 text-sm text-slate-700">
          {text.textHint}
        </p>
        <textarea
          id="f-text"
          name="text"
          rows={5}
          required
          maxLength={MAX_SIGNAL_TEXT}
          defaultValue={v.text}
          aria-invalid={fe.text ? true : undefined}
          aria-describedby={fe.text ? 'f-text-hint f-text-error' : 'f-text-hint'}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2.5"
        />
        {fe.text ? (
          <p id="f-text-error" className="mt-1 text-sm font-semibold text-red-800">
            {err('text')}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
      {state.status === 'success' ? (
        <p role="status" className="mt-3 font-semibold text-green-800">
          {text.saved}
        </p>
      ) : null}
    </form>
  );
}
