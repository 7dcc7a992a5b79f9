'use client';

import { useEffect, useRef } from 'react';
import { InlineNotice } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/button';
import { RadioGroup, TextArea } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { createSignalAction } from '@/lib/signals/actions';
import { MAX_SIGNAL_TEXT } from '@/lib/signals/schema';

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
}

/** Pass on a signal. Works without JavaScript; keeps the text after an error; clears it after saving. */
export function SignalForm({ text }: { text: SignalFormText }) {
  const { state, formAction, pending, errorSummary, values: v, error: err } = useForm(createSignalAction, {
    labels: { kind: text.kind, text: text.text },
    summaryTitle: text.errorSummary,
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') formRef.current?.reset();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} noValidate data-testid="signal-form">
      {errorSummary}
      <RadioGroup name="kind" label={text.kind} required requiredLabel={text.requiredMarker} options={text.kinds} defaultValue={v.kind} error={err('kind')} />
      <TextArea name="text" label={text.text} hint={text.textHint} required requiredLabel={text.requiredMarker} rows={5} maxLength={MAX_SIGNAL_TEXT} defaultValue={v.text} error={err('text')} />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
      {state.status === 'success' ? (
        <InlineNotice type="ok" className="mt-3 font-semibold">
          {text.saved}
        </InlineNotice>
      ) : null}
    </form>
  );
}
