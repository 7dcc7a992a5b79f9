'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { initialFormState } from '@/lib/actions/form-state';
import { InlineNotice } from './ui/alert';

/**
 * A form around a wrapped server action that needs no field errors (buttons, small toggles).
 * Works without JavaScript; with it, shows the form-level error or success message passed in.
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
  const key = state.formError ?? state.message;
  return (
    <form action={formAction} className={className}>
      {children}
      {key && messages?.[key] ? (
        <InlineNotice type={state.status === 'error' ? 'error' : 'ok'}>{messages[key]}</InlineNotice>
      ) : null}
    </form>
  );
}
