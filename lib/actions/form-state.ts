import type { MessageValues } from '@/lib/i18n/plain';

/**
 * The shape every form action returns, as `useActionState` expects it. Plain data only, so it
 * can cross to client components and be rendered on the server when JavaScript is off.
 *
 * Messages are message keys: a namespaced key (`targets.errors.endNotAfterStart`,
 * `errors.noProfile`) is looked up as written; a bare key (`required`) is one of the shared
 * `errors.*` keys. The form component translates them (`useMessage` in app/_components), with
 * `messageValues` as the arguments of a message that has any.
 */
export interface FormState {
  status: 'idle' | 'error' | 'success';
  /** field name → message key */
  fieldErrors?: Record<string, string>;
  /** message key for an error about the whole form */
  formError?: string;
  /**
   * What the user typed, to refill the form after an error (never passwords, never files).
   * A field sent more than once (checkbox group, multi-select) keeps every value, in order.
   */
  values?: Record<string, FormValue>;
  /**
   * The arguments of messages that have any (`{columns}` in "These columns are missing:
   * {columns}"), by message key; next-intl puts them in where the form translates the key.
   */
  messageValues?: Record<string, MessageValues>;
  /** message key shown after success */
  message?: string;
  /** plain result data for the success view */
  data?: Record<string, string | number | boolean | null>;
}

export type FormValue = string | string[];

/** The ICU arguments of one message. */
export type { MessageValues };

export const initialFormState: FormState = { status: 'idle' };

/** The values of one field as a list (a single value, a multi-value field, or none). */
export function valuesOf(values: FormState['values'], name: string): string[] {
  const v = values?.[name];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** The (first) value of one field, for text inputs, selects and radios. */
export function valueOf(values: FormState['values'], name: string): string | undefined {
  const v = values?.[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The values as one string per field (the first of a multi-value field), for forms of text inputs. */
export function textValues(values: FormState['values']): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, Array.isArray(v) ? (v[0] ?? '') : v]));
}
