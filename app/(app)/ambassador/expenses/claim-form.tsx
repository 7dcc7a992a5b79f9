'use client';

import { useActionState, useState } from 'react';
import { ErrorSummary } from '@/app/_components/ui/form-field';
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
  /** message key → text, in the page's language */
  errors: Record<string, string>;
}

/**
 * The claim for one attended shift: the receipt (photo or PDF) and a button. A plain multipart
 * post to the server action, so it works without JavaScript; after an error it stays where it is,
 * with the message next to the field (a file input cannot be refilled: the text says so).
 */
export function ClaimForm({ shiftId, labelledBy, text }: { shiftId: string; labelledBy: string; text: ClaimFormText }) {
  const [state, formAction, pending] = useActionState(claimExpenseAction, initialFormState);
  // With JavaScript, a file over the limit is stopped here: the upload would be refused anyway.
  const [tooLarge, setTooLarge] = useState(false);
  const id = `receipt-${shiftId}`;
  const fieldKey = tooLarge ? 'receiptTooLarge' : state.fieldErrors?.receipt;
  const fieldError = fieldKey ? (text.errors[fieldKey] ?? text.errors.invalidForm) : undefined;
  const formKey = tooLarge ? 'invalidForm' : state.status === 'error' ? (state.formError ?? 'invalidForm') : null;
  const formError = formKey === 'invalidForm' ? text.notSent : formKey ? (text.errors[formKey] ?? text.notSent) : undefined;
  const describedBy = [`${id}-hint`, fieldError ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby={labelledBy}
      className="mt-3"
      data-testid={`claim-${shiftId}`}
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem('receipt') as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_RECEIPT_BYTES;
        setTooLarge(over);
        if (over) e.preventDefault();
      }}
    >
      {formError ? (
        <ErrorSummary
          title={formError}
          errors={fieldError ? [{ field: id, label: text.receiptLabel, message: fieldError }] : []}
        />
      ) : null}
      <input type="hidden" name="shiftId" value={shiftId} />
      <div className="mb-4">
        <label htmlFor={`f-${id}`} className="block font-semibold">
          {text.receiptLabel}
          <span className="text-red-800" aria-hidden="true">
            {' '}*
          </span>
          <span className="sr-only"> ({text.requiredMarker})</span>
        </label>
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-700">
          {text.receiptHint}
        </p>
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
        {fieldError ? (
          <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
            {fieldError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-700 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {pending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
