'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState } from '@/lib/actions/form-state';
import { useMessage, useMessageLookup } from '../use-message';
import { formFeedback } from './form-feedback';
import { ErrorSummary } from './form-field';

export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export interface UseFormOptions {
  /** field name → its label, in the form's order (the error summary follows it) */
  labels: Record<string, string>;
  /** the page's own texts for keys the shared messages do not hold (mostly success messages) */
  messages?: Record<string, string>;
  /** the summary's title when there is no specific form error (default: the shared `errors.invalidForm`) */
  summaryTitle?: string;
  /** makes field ids unique when a page holds several forms with the same field names */
  idPrefix?: string;
  /**
   * The state to start from instead of idle: a form posted without JavaScript to a route handler
   * (the public sign-up's) comes back with its errors and values this way, rendered as the
   * action's error state renders.
   */
  initialState?: FormState | null;
}

/**
 * The one way a client form uses its server action: `useActionState` plus what `formFeedback`
 * derives from the state, and the error summary (GOV.UK pattern) that takes the focus after a
 * failed submit. Message keys (`targets.errors.x`, bare `required`) are translated by
 * `useMessage`'s lookup, the one path for every form. Works without JavaScript: the page renders
 * the same from the action's result.
 */
export function useForm(action: FormAction, options: UseFormOptions) {
  const [state, formAction, pending] = useActionState(action, options.initialState ?? initialFormState);
  const summaryRef = useErrorSummaryFocus(state);
  const feedback = useFormFeedback(state, options);
  const errorSummary = feedback.summary ? <ErrorSummary summaryRef={summaryRef} title={feedback.summary.title} errors={feedback.summary.errors} /> : null;
  /** The props every field of this form gets: its name, id, label, what was typed (else `initial`) and its error. */
  const field = (name: string, initial?: string) => ({
    name,
    idOverride: feedback.id(name),
    label: options.labels[name] ?? name,
    defaultValue: feedback.values[name] ?? initial,
    error: feedback.error(name),
  });
  return { state, formAction, pending, errorSummary, field, ...feedback };
}

/**
 * The focus half of the contract, for the few forms that draw their own error summary: the ref to
 * give `ErrorSummary`, which takes the focus after every failed submit (a new state object), so a
 * keyboard or screen-reader user starts at the list of what to fix. Without JavaScript the
 * server-rendered summary has `autofocus`, so the reloaded page starts there too.
 */
export function useErrorSummaryFocus(state: FormState) {
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') summaryRef.current?.focus();
  }, [state]);
  return summaryRef;
}

/** What `useForm` shows for a state, with the keys translated through `useMessage`'s lookup. */
export function useFormFeedback(state: FormState, options: UseFormOptions) {
  const lookup = useMessageLookup();
  const message = useMessage();
  return formFeedback(state, {
    labels: options.labels,
    message: (key, values) => options.messages?.[key] ?? lookup(key, values),
    fallbackFieldError: message('invalidFormat'),
    summaryTitle: options.summaryTitle ?? message('invalidForm'),
    idPrefix: options.idPrefix,
  });
}
