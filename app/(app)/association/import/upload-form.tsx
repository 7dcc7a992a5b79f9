'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { CheckboxField, describedBy, ErrorSummary, FormField, textboxClass } from '@/app/_components/ui/form-field';
import { useErrorSummaryFocus, useFormFeedback } from '@/app/_components/ui/use-form';
import { type FormState, initialFormState } from '@/lib/actions/form-state';
import { previewImportAction } from '@/lib/imports/actions';
import { MAX_FILE_BYTES } from '@/lib/imports/schema';

export interface UploadFormText {
  file: string;
  limits: string;
  consent: string;
  requiredMarker: string;
  upload: string;
  uploading: string;
  errorSummary: string;
}

/**
 * Upload a file for a preview. Works without JavaScript (a multipart POST to the server action;
 * on success the action redirects to the preview page). Error keys (`associationImport.errors.*`,
 * with the missing columns as the message's `{columns}`) are translated by `useFormFeedback`.
 */
export function UploadForm({ text }: { text: UploadFormText }) {
  const [state, formAction, pending] = useActionState(previewImportAction, initialFormState);
  const summaryRef = useErrorSummaryFocus(state);
  // A file over the limit is refused here already: the server would refuse the request body
  // before the action could say why (6 MB is the framework's limit for action bodies).
  const [tooLarge, setTooLarge] = useState(false);
  const shown: FormState = tooLarge ? { status: 'error', fieldErrors: { file: 'associationImport.errors.fileTooLarge' } } : state;
  const { summary, error, values: v } = useFormFeedback(shown, { labels: { file: text.file, consent: text.consent }, summaryTitle: text.errorSummary });

  return (
    <form
      action={formAction}
      noValidate
      data-testid="upload-form"
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem('file') as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_FILE_BYTES;
        setTooLarge(over);
        if (over) e.preventDefault();
      }}
    >
      {summary ? <ErrorSummary summaryRef={summaryRef} title={summary.title} errors={summary.errors} /> : null}
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
      <CheckboxField
        name="consent"
        label={text.consent}
        required
        requiredLabel={text.requiredMarker}
        defaultChecked={v.consent === 'on'}
        error={error('consent')}
      />
      <SubmitButton pending={pending} label={text.upload} pendingLabel={text.uploading} />
      {pending ? (
        <p role="status" className="mt-2 text-slate-700">
          {text.uploading}
        </p>
      ) : null}
    </form>
  );
}
