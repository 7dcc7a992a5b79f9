'use client';

import { useActionState } from 'react';
import { Alert } from '@/app/_components/ui/alert';
import { SubmitButton } from '@/app/_components/ui/button';
import { useMessage } from '@/app/_components/use-message';
import { initialFormState } from '@/lib/actions/form-state';
import { confirmOnboardingAction } from '@/lib/onboarding/actions';

/** The confirm button of a previewed onboarding batch; on success the action redirects to the batch page with the summary. */
export function ConfirmOnboardingForm({ batchId, label, pendingLabel }: { batchId: string; label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState(confirmOnboardingAction, initialFormState);
  const message = useMessage();
  const key = state.formError ?? 'unknown';
  const error = state.status === 'error' ? message(key, state.messageValues?.[key]) : null;
  return (
    <form action={formAction} data-testid="confirm-onboarding">
      {error ? (
        <Alert type="error" className="mb-4 p-4 font-semibold">
          {error}
        </Alert>
      ) : null}
      <input type="hidden" name="batchId" value={batchId} />
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} block={false} />
      <p role="status" className="mt-2 min-h-6 text-slate-700">
        {pending ? pendingLabel : null}
      </p>
    </form>
  );
}
