/**
 * The shape every form action returns, as `useActionState` expects it. Plain data only, so it
 * can cross to client components and be rendered on the server when JavaScript is off.
 * Messages are keys into the `errors` / feature namespaces of the message files.
 */
export interface FormState {
  status: 'idle' | 'error' | 'success';
  /** field name → message key */
  fieldErrors?: Record<string, string>;
  /** message key for an error about the whole form */
  formError?: string;
  /** what the user typed, to refill the form after an error (never passwords) */
  values?: Record<string, string>;
  /** message key shown after success */
  message?: string;
  /** plain result data for the success view */
  data?: Record<string, string | number | boolean | null>;
}

export const initialFormState: FormState = { status: 'idle' };

/** Field-error keys that schemas may use as their messages. */
export const ERROR_KEYS = [
  'required',
  'tooLong',
  'tooShort',
  'invalidChoice',
  'invalidFormat',
  'phoneInvalid',
  'emailInvalid',
  'consentRequired',
  'passwordTooShort',
  'emailTaken',
  'invalidDate',
  'dateBeforeOffer',
  'dateBeforeSigned',
  'consentGiven',
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];
