'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/app/_components/ui/button';
import { CheckboxField, describedBy, ErrorSummary, FormField, textboxClass } from '@/app/_components/ui/form-field';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState, textValues } from '@/lib/actions/form-state';
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
  /**
   * this form's file-level keys (`associationImport.*`, bare from the import check) → text;
   * "missingColumns" holds {columns}, filled from the key's parameter (`missingColumns@name,phone`)
   */
  errors: Record<string, string>;
  /** field → column name in the user's language, for "missingColumns" */
  columnNames: Record<string, string>;
}

/**
 * Upload a file for a preview. Works without JavaScript (a multipart POST to the server action;
 * on success the action redirects to the preview page).
 */
export function UploadForm({ text }: { text: UploadFormText }) {
  const [state, formAction, pending] = useActionState(previewImportAction, initialFormState);
  // A file over the limit is refused here already: the server would refuse the request body
  // before the action could say why (6 MB is the framework's limit for action bodies).
  const [tooLarge, setTooLarge] = useState(false);
  const fe = tooLarge ? { file: 'fileTooLarge' } : (state.fieldErrors ?? {});
  const shared = useMessage();
  const message = (k: string | undefined) => {
    if (!k) return undefined;
    const [key, param] = k.replace(/^associationImport\./, '').split('@');
    const t = text.errors[key!] ?? shared(k);
    return param !== undefined ? t.replace('{columns}', param.split(',').map((c) => text.columnNames[c] ?? c).join(', ')) : t;
  };
  const labels: Record<string, string> = { file: text.file, consent: text.consent };
  const summary = ['file', 'consent'].filter((f) => fe[f]).map((f) => ({ field: f, label: labels[f]!, message: message(fe[f])! }));
  const formError = state.formError && state.formError !== 'invalidForm' ? message(state.formError) : undefined;
  const v = state.status === 'error' ? textValues(state.values) : {};

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
      {state.status === 'error' || tooLarge ? <ErrorSummary title={formError ?? text.errorSummary} errors={summary} /> : null}
      <FormField id="f-file" label={text.file} hint={text.limits} error={message(fe.file)} required requiredLabel={text.requiredMarker}>
        <input
          id="f-file"
          name="file"
          type="file"
          required
          accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fe.file ? true : undefined}
          aria-describedby={describedBy('f-file', text.limits, message(fe.file))}
          className={textboxClass}
        />
      </FormField>
      <CheckboxField
        name="consent"
        label={text.consent}
        required
        requiredLabel={text.requiredMarker}
        defaultChecked={v.consent === 'on'}
        error={message(fe.consent)}
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
