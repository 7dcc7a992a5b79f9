'use client';

import { Alert } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/button';
import { SelectField, TextField } from '@/app/_components/ui/form-field';
import { useForm } from '@/app/_components/ui/use-form';
import { createPeriodAction } from '@/lib/targets/actions';

const FIELDS = ['name', 'startsOn', 'endsOn', 'groupTarget', 'channel', 'pairRule'] as const;
type Field = (typeof FIELDS)[number];

export interface PeriodFormText {
  labels: Record<Field, string>;
  hints: Partial<Record<Field, string>>;
  errorSummary: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
  created: string;
  openCreated: string;
  /** "Every channel" and the channels; the pair rules. */
  channelAll: string;
  channels: { value: string; label: string }[];
  pairRules: { value: string; label: string }[];
}

/** The form to create a period. Works without JavaScript; keeps what was typed after an error. */
export function PeriodForm({ text }: { text: PeriodFormText }) {
  const { state, formAction, pending, errorSummary, field } = useForm(createPeriodAction, { labels: text.labels, summaryTitle: text.errorSummary });
  const common = (name: Field) => ({ ...field(name, ''), hint: text.hints[name], hintAfter: true, required: true, requiredLabel: text.requiredMarker });

  return (
    <form action={formAction} noValidate className="mt-3 max-w-xl" data-testid="period-form">
      {errorSummary}
      {state.status === 'success' && state.data?.id ? (
        <Alert type="ok" className="mb-4">
          {text.created}{' '}
          <a className="font-semibold underline" href={`/staff/targets/${String(state.data.id)}`}>
            {text.openCreated}
          </a>
        </Alert>
      ) : null}
      <TextField {...common('name')} maxLength={100} autoComplete="off" />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField {...common('startsOn')} type="date" />
        <TextField {...common('endsOn')} type="date" />
      </div>
      <TextField {...common('groupTarget')} type="number" min={1} max={100000} step={1} inputMode="numeric" />
      <SelectField {...field('channel', '')} hint={text.hints.channel} placeholder={text.channelAll} options={text.channels} />
      <SelectField {...field('pairRule', 'recruiter')} hint={text.hints.pairRule} options={text.pairRules} />
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
