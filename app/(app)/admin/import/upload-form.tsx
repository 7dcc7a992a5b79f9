'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { describedBy, ErrorSummary, FormField, SelectField, textboxClass } from '@/app/_components/ui/form-field';
import { useErrorSummaryFocus, useFormFeedback } from '@/app/_components/ui/use-form';
import { type FormState, initialFormState } from '@/lib/actions/form-state';
import { MAX_FILE_BYTES } from '@/lib/imports/schema';
import { previewOnboardingAction } from '@/lib/onboarding/actions';

export interface OnboardingUploadText {
  kind: string;
  file: string;
  limits: string;
  requiredMarker: string;
  upload: string;
  uploading: string;
  errorSummary: string;
}

/**
 * Upload an onboarding file for a preview: what is in it (the kind) and the file. Works without
 * JavaScript; on success the action redirects to the batch page. The association import's form,
 * with a kind.
 */
export function OnboardingUploadForm({ text, kinds }: { text: OnboardingUploadText; kinds: { value: string; label: string }[] }) {
  const [state, formAction, pending] = useActionState(previewOnboardingAction, initialFormState);
  const summaryRef = useErrorSummaryFocus(state);
  const [tooLarge, setTooLarge] = useState(false);
  const shown: FormState = tooLarge ? { status: 'error', fieldErrors: { file: 'associationImport.errors.fileTooLarge' } } : state;
  const { summary, error, values: v } = useFormFeedback(shown, { labels: { kind: text.kind, file: text.file }, summaryTitle: text.errorSummary });
  return (
    <form
      action={formAction}
      noValidate
      data-testid="onboarding-upload"
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_FILE_BYTES;
        setTooLarge(over);
        if (over) e.preventDefault();
      }}
    >
      {summary ? <ErrorSummary summaryRef={summaryRef} title={summary.title} errors={summary.errors} /> : null}
      <SelectField name="kind" label={text.kind} options={kinds} defaultValue={typeof v.kind === 'string' ? v.kind : kinds[0]?.value} error={error('kind')} required requiredLabel={text.requiredMarker} />
      <FormField id="f-file" label={text.file} hint={text.limits} error={error('file')} required requiredLabel={text.requiredMarker}>
        <input
          id="f-file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={error('file') ? true : undefined}
          aria-describedby={describedBy('f-file', text.limits, error('file'))}
          className={textboxClass}
        />
      </FormField>
      <SubmitButton pending={pending} label={text.upload} pendingLabel={text.uploading} />
      {pending ? (
        <p role="status" className="mt-2 text-slate-700">
          {text.uploading}
        </p>
      ) : null}
    </form>
  );
}
