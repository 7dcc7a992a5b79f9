'use client';

import { useActionState } from 'react';
import { InlineNotice } from '@/app/_components/ui/alert';
import { Button } from '@/app/_components/ui/button';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, valueOf } from '@/lib/actions/form-state';
import { approveClaimAction, markPaidAction, rejectClaimAction } from '@/lib/expenses/actions';

/** success message key → text, in the page's language (error keys are translated by `useMessage`) */
type Messages = Record<string, string>;

function Message({ id, state, messages }: { id: string; state: { status: string; formError?: string; message?: string }; messages: Messages }) {
  const message = useMessage();
  if (state.status === 'error') {
    return (
      <p id={id} role="alert" className="mt-1 text-sm font-semibold text-red-800">
        {message(state.formError ?? 'invalidForm')}
      </p>
    );
  }
  if (state.status === 'success' && state.message) {
    return (
      <p id={id} role="status" className="mt-1 text-sm text-green-800">
        {messages[state.message]}
      </p>
    );
  }
  return null;
}

/** Approve one submitted claim (the confirming second click, inside the queue's ConfirmStep). The accessible name says whose claim it is. */
export function ApproveForm({ claimId, label, name, messages }: { claimId: string; label: string; name: string; messages: Messages }) {
  const [state, formAction, pending] = useActionState(approveClaimAction, initialFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="claimId" value={claimId} />
      <Button disabled={pending} aria-label={name} size="small" variant="secondary">
        {label}
      </Button>
      <Message id={`approve-${claimId}-msg`} state={state} messages={messages} />
    </form>
  );
}

export interface RejectText {
  summary: string;
  summaryName: string;
  reasonLabel: string;
  reasonHint: string;
  submit: string;
  submitName: string;
}

/**
 * Reject one submitted claim, with the reason the ambassador will read (required). Folded away in
 * a <details> (no JavaScript needed); it opens again by itself when the reason was missing.
 */
export function RejectForm({ claimId, text, messages }: { claimId: string; text: RejectText; messages: Messages }) {
  const [state, formAction, pending] = useActionState(rejectClaimAction, initialFormState);
  const id = `reason-${claimId}`;
  const message = useMessage();
  const error = state.status === 'error' ? message(state.fieldErrors?.reason ?? state.formError ?? 'invalidForm') : undefined;
  return (
    <details className="mt-2" open={state.status === 'error' ? true : undefined}>
      <summary className="cursor-pointer text-brand-700 underline">
        <span aria-hidden="true">{text.summary}</span>
        <span className="sr-only">{text.summaryName}</span>
      </summary>
      <form action={formAction} noValidate className="mt-2 min-w-56">
        <input type="hidden" name="claimId" value={claimId} />
        <label htmlFor={id} className="block text-sm font-semibold">
          {text.reasonLabel}
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {text.reasonHint}
        </p>
        <textarea
          id={id}
          name="reason"
          rows={2}
          maxLength={500}
          required
          defaultValue={state.status === 'error' ? (valueOf(state.values, 'reason') ?? '') : ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-msg` : null].filter(Boolean).join(' ')}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-2 py-1 aria-[invalid=true]:border-red-700"
        />
        {error ? (
          <p id={`${id}-msg`} role="alert" className="mt-1 text-sm font-semibold text-red-800">
            {error}
          </p>
        ) : null}
        <Button disabled={pending} aria-label={text.submitName} variant="danger" size="small" className="mt-2">
          {text.submit}
        </Button>
      </form>
    </details>
  );
}

/**
 * Marks the approved claims ticked in the table as paid. The checkboxes live in the table rows and
 * belong to this form through their `form` attribute; all or nothing per submission.
 */
export function PayForm({ formId, label, hint, messages }: { formId: string; label: string; hint: string; messages: Messages }) {
  const [state, formAction, pending] = useActionState(markPaidAction, initialFormState);
  const message = useMessage();
  return (
    <form id={formId} action={formAction} className="mt-4 flex flex-wrap items-center gap-3" aria-describedby={`${formId}-hint`}>
      <p id={`${formId}-hint`} className="basis-full text-sm text-slate-700">
        {hint}
      </p>
      <Button disabled={pending}>{label}</Button>
      {state.status === 'error' ? (
        <InlineNotice type="error" className="font-semibold">
          {message(state.formError ?? 'invalidForm')}
        </InlineNotice>
      ) : state.status === 'success' ? (
        <InlineNotice type="ok" className="font-semibold">
          {messages[state.message ?? 'paid']}
        </InlineNotice>
      ) : null}
    </form>
  );
}
