'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { ErrorSummary, FormField } from '@/app/_components/ui/form-field';
import { useErrorSummaryFocus } from '@/app/_components/ui/use-form';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState } from '@/lib/actions/form-state';
import { passPhotoAction } from '@/lib/ambassadors/actions';

/** The coordinator uploads the pass photo (JPEG, PNG or WebP, at most 2 MB): a plain multipart post, works without JavaScript. */
export function PassPhotoForm({ ambassadorId, text }: { ambassadorId: string; text: { label: string; hint: string; submit: string; submitting: string; saved: string; notSent: string } }) {
  const [state, formAction, pending] = useActionState(passPhotoAction, initialFormState);
  const summaryRef = useErrorSummaryFocus(state);
  const message = useMessage();
  const fieldError = state.fieldErrors?.photo ? message(state.fieldErrors.photo) : undefined;
  const formError = state.status === 'error' ? (state.formError && state.formError !== 'invalidForm' ? message(state.formError) : text.notSent) : undefined;
  const id = 'f-pass-photo';
  return (
    <form action={formAction} noValidate className="mt-4" data-testid="pass-photo-form">
      {formError ? <ErrorSummary summaryRef={summaryRef} title={formError} errors={fieldError ? [{ field: id, label: text.label, message: fieldError }] : []} /> : null}
      <input type="hidden" name="ambassadorId" value={ambassadorId} />
      <FormField id={id} label={text.label} hint={text.hint} error={fieldError} className="mb-3">
        <input
          id={id}
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={[`${id}-hint`, fieldError ? `${id}-error` : null].filter(Boolean).join(' ')}
          className="mt-2 block w-full max-w-full rounded-md border border-slate-500 bg-white p-2 text-base text-slate-900"
        />
      </FormField>
      <SubmitButton pending={pending} label={text.submit} pendingLabel={text.submitting} />
      {state.status === 'success' ? <p role="status" className="mt-2 font-semibold text-green-800">{text.saved}</p> : null}
    </form>
  );
}
