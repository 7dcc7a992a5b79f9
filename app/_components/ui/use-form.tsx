'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState } from '@/lib/actions/form-state';
import { formFeedback, type FormFeedbackOptions } from './form-feedback';
import { ErrorSummary } from './form-field';

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The one way a client form uses its server action: `useActionState` plus what `formFeedback`
 * derives from the state, and the error summary (GOV.UK pattern) that takes the focus after a
 * failed submit. Works without JavaScript: the page renders the same from the action's result.
 */
export function useForm(action: FormAction, options: FormFeedbackOptions) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);
  const feedback = formFeedback(state, options);
  const errorSummary = feedback.summary ? <ErrorSummary summaryRef={summaryRef} title={feedback.summary.title} errors={feedback.summary.errors} /> : null;
  return { state, formAction, pending, errorSummary, ...feedback };
}
