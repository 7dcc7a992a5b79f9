'use client';

import { Alert } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/button';
import { TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { addRateAction } from '@/lib/expenses/actions';

const FIELDS = ['amount', 'validFrom'] as const;
type Field = (typeof FIELDS)[number];

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
  const { state, formAction, pending, errorSummary, field } = useForm(addRateAction, { labels: text.labels, idPrefix: 'rate' });
  const required = { required: true, requiredLabel: text.requiredMarker };

  return (
    <form action={formAction} noValidate className="mt-3 max-w-md" data-testid="rate-form">
      {errorSummary}
      {state.status === 'success' ? (
        <Alert type="ok" className="mb-4">
          {text.added}
        </Alert>
      ) : null}
      <TextField {...field('amount', '')} hint={text.hints.amount} {...required} inputMode="decimal" autoComplete="off" />
      <TextField {...field('validFrom', '')} hint={text.hints.validFrom} {...required} type="date" />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
