'use client';

import { useActionState } from 'react';
import { InlineNotice } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, valueOf } from '@/lib/actions/form-state';
import { setPersonalTargetAction } from '@/lib/targets/actions';

export interface PersonalTargetFormText {
  label: string;
  save: string;
  clear: string;
  /** accessible names of the buttons (they contain the visible text plus the ambassador's name) */
  saveFor: string;
  clearFor: string;
  /** success message key → text */
  messages: Record<string, string>;
}

/** One row's form: set this ambassador's personal target, or return to the equal split. */
export function PersonalTargetForm({
  periodId,
  ambassadorId,
  current,
  adjusted,
  text,
}: {
  periodId: string;
  ambassadorId: string;
  current: number;
  adjusted: boolean;
  text: PersonalTargetFormText;
}) {
  const [state, formAction, pending] = useActionState(setPersonalTargetAction, initialFormState);
  const id = `target-${ambassadorId}`;
  const message = useMessage();
  // One message per row: the number's error, or the form's.
  const error = state.status === 'error' ? message(state.fieldErrors?.target ?? state.formError ?? 'invalidForm') : undefined;
  const done = state.status === 'success' && state.message ? text.messages[state.message] : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="ambassadorId" value={ambassadorId} />
      <label htmlFor={id} className="sr-only">
        {text.label}
      </label>
      <input
        id={id}
        name="target"
        type="number"
        inputMode="numeric"
        min={0}
        max={100000}
        step={1}
        // After an error keep what was typed; otherwise show the target as it is now.
        defaultValue={state.status === 'error' ? (valueOf(state.values, 'target') ?? '') : String(current)}
        key={state.status === 'error' ? `e-${valueOf(state.values, 'target')}` : `v-${current}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-msg` : undefined}
        className="w-20 rounded border border-slate-500 px-2 py-1 aria-[invalid=true]:border-red-700"
      />
      <Button name="intent" value="set" disabled={pending} aria-label={text.saveFor} variant="secondary" size="small">
        {text.save}
      </Button>
      {adjusted ? (
        <Button name="intent" value="clear" disabled={pending} aria-label={text.clearFor} variant="secondary" size="small">
          {text.clear}
        </Button>
      ) : null}
      {error ? (
        <InlineNotice type="error" id={`${id}-msg`} className="basis-full text-sm font-semibold">
          {error}
        </InlineNotice>
      ) : done ? (
        <InlineNotice type="ok" className="basis-full text-sm">
          {done}
        </InlineNotice>
      ) : null}
    </form>
  );
}
