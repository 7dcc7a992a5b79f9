'use client';

import { useActionState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/button';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState } from '@/lib/actions/form-state';
import { confirmImportAction } from '@/lib/imports/actions';

/**
 * The confirm button of a previewed batch. While the import runs the button is disabled and says
 * how many contacts are being passed on (a live status for screen readers too); on success the
 * action redirects to the batch page, which then shows the number imported.
 */
export function ConfirmImportForm({
  batchId,
  label,
  pendingLabel,
}: {
  batchId: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(confirmImportAction, initialFormState);
  const message = useMessage();
  const key = state.formError ?? 'unknown';
  const error = state.status === 'error' ? message(key, state.messageValues?.[key]) : null;
  return (
    <form action={formAction} data-testid="confirm-import">
      {error ? (
        <Alert type="error" className="mb-4 p-4 font-semibold">
          {error}
        </Alert>
      ) : null}
      <input type="hidden" name="batchId" value={batchId} />
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} block={false} />
      <p role="status" className="mt-2 min-h-6 text-slate-700">
        {pending ? (
          <>
            <span className="me-2 inline-block h-3 w-3 animate-pulse rounded-full bg-brand-700 align-middle" aria-hidden="true" />
            {pendingLabel}
          </>
        ) : null}
      </p>
    </form>
  );
}
