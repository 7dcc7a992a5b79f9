'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { ErrorSummary, FormField } from '@/app/_components/ui/form-field';
import { useErrorSummaryFocus } from '@/app/_components/ui/use-form';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState } from '@/lib/actions/form-state';
import { claimExpenseAction } from '@/lib/expenses/actions';
import { MAX_RECEIPT_BYTES, RECEIPT_ACCEPT } from '@/lib/expenses/filetype';

export interface ClaimFormText {
  receiptLabel: string;
  receiptHint: string;
  /** the summary's title when the receipt is not right */
  notSent: string;
  requiredMarker: string;
  submit: string;
  submitting: string;
}

/**
 * The claim for one attended dagdeel (a shift: `field` shiftId; a meeting: meetingId): the receipt (photo or PDF) and a button. A plain multipart
 * post to the server action, so it works without JavaScript; after an error it stays where it is,
 * with the message next to the field (a file input cannot be refilled: the text says so).
 */
export function ClaimForm({
  id: dagdeelId,
  field,
  labelledBy,
  text,
}: {
  id: string;
  field: 'shiftId' | 'meetingId' | 'intakeEscortId';
  labelledBy: string;
  text: ClaimFormText;
}) {
  const [state, formAction, pending] = useActionState(claimExpenseAction, initialFormState);
  const summaryRef = useErrorSummaryFocus(state);
  const message = useMessage();
  // With JavaScript, a file over the limit is stopped here: the upload would be refused anyway.
  const [tooLarge, setTooLarge] = useState(false);
  const id = `receipt-${dagdeelId}`;
  const fieldKey = tooLarge ? 'expenses.errors.receiptTooLarge' : state.fieldErrors?.receipt;
  const fieldError = fieldKey ? message(fieldKey) : undefined;
  const formKey = tooLarge ? 'invalidForm' : state.status === 'error' ? (state.formError ?? 'invalidForm') : null;
  const formError = formKey === 'invalidForm' ? text.notSent : formKey ? message(formKey) : undefined;
  const describedBy = [`f-${id}-hint`, fieldError ? `f-${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby={labelledBy}
      className="mt-3"
      data-testid={`claim-${dagdeelId}`}
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem('receipt') as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_RECEIPT_BYTES;
        setTooLarge(over);
        if (over) e.preventDefault();
      }}
    >
      {formError ? (
        <ErrorSummary
          summaryRef={summaryRef}
          title={formError}
          errors={fieldError ? [{ field: id, label: text.receiptLabel, message: fieldError }] : []}
        />
      ) : null}
      <input type="hidden" name={field} value={dagdeelId} />
      <FormField id={`f-${id}`} label={text.receiptLabel} hint={text.receiptHint} error={fieldError} required requiredLabel={text.requiredMarker} className="mb-4">
        <input
          id={`f-${id}`}
          name="receipt"
          type="file"
          accept={RECEIPT_ACCEPT}
          required
          onChange={() => setTooLarge(false)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy}
          className="mt-2 block w-full max-w-full rounded-md border border-slate-500 bg-white p-2 text-base text-slate-900 file:me-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-2 file:font-semibold file:text-brand-800 aria-[invalid=true]:border-red-700"
        />
      </FormField>
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
    </form>
  );
}
