'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState } from '@/lib/actions/form-state';
import { InlineNotice } from './ui/alert';
import { useMessage } from './use-message';

/**
 * A form around a wrapped server action that needs no field errors (buttons, small toggles).
 * Works without JavaScript; with it, shows the form-level error (its key translated here, unless
 * the page passes its own text) or the success message passed in.
 */
export function PlainActionForm({
  action,
  className,
  children,
  messages,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  className?: string;
  children: React.ReactNode;
  messages?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const message = useMessage();
  const key = state.formError ?? state.message;
  const text = key ? (messages?.[key] ?? (state.status === 'error' ? message(key, state.messageValues?.[key]) : undefined)) : undefined;
  return (
    <form action={formAction} className={className}>
      {children}
      {text ? <InlineNotice type={state.status === 'error' ? 'error' : 'ok'}>{text}</InlineNotice> : null}
    </form>
  );
}
