import type { FormState, MessageValues } from '@/lib/actions/form-state';
import { textValues, valuesOf } from '@/lib/actions/form-state';

/**
 * A label and what is said about it on one line ("Naam: Vul dit veld in."). A label that already
 * ends in a mark (a question, "Let op:") gets no colon: never "Wat houdt het aanbod in?: …".
 */
export function labelled(label: string, text: string): string {
  const l = label.trimEnd();
  return /[?!.:…؟]$/u.test(l) ? `${l} ${text}` : `${l}: ${text}`;
}

export interface FormFeedbackOptions {
  /** field name → its label, in the form's order (the error summary follows it) */
  labels: Record<string, string>;
  /** a message key (with its ICU arguments, if any) → its text in the user's language, or undefined when unknown */
  message: (key: string, values?: MessageValues) => string | undefined;
  /** the field error text for a key `message` does not know */
  fallbackFieldError: string;
  /** the summary's title when there is no specific form error ("check the fields below") */
  summaryTitle: string;
  /** makes field ids unique when a page holds several forms with the same field names */
  idPrefix?: string;
}

export interface FormFeedback {
  /** what the user typed, after a failed submit (empty otherwise); the first value of a multi-value field */
  values: Record<string, string>;
  /** every value of a field sent more than once (checkbox group), after a failed submit; undefined otherwise */
  valuesOf: (name: string) => string[] | undefined;
  /** the id stem of a field (its element id is `f-` + this) */
  id: (name: string) => string;
  /** the field's error text, if any */
  error: (name: string) => string | undefined;
  /** null unless the last submit failed */
  summary: { title: string; errors: { field: string; label: string; message: string }[] } | null;
  /** the success message's text, if the last submit succeeded with one */
  success: string | undefined;
}

/**
 * What a client form shows for a `FormState`: the typed values back in their fields, each
 * field's error in the user's language, and the error summary that links to the fields.
 * Pure, so it is the same with and without JavaScript.
 */
export function formFeedback(state: FormState, o: FormFeedbackOptions): FormFeedback {
  const fe = state.fieldErrors ?? {};
  const text = (key: string) => o.message(key, state.messageValues?.[key]);
  const id = (name: string) => (o.idPrefix ? `${o.idPrefix}-${name}` : name);
  const error = (name: string) => {
    const key = fe[name];
    return key ? (text(key) ?? o.fallbackFieldError) : undefined;
  };
  const failed = state.status === 'error';
  const specific = state.formError && state.formError !== 'invalidForm' ? text(state.formError) : undefined;
  return {
    values: failed ? textValues(state.values) : {},
    valuesOf: (name) => (failed && state.values ? valuesOf(state.values, name) : undefined),
    id,
    error,
    summary: failed
      ? {
          title: specific ?? o.summaryTitle,
          errors: Object.keys(o.labels)
            .filter((name) => fe[name])
            .map((name) => ({ field: id(name), label: o.labels[name]!, message: error(name)! })),
        }
      : null,
    success: state.status === 'success' && state.message ? text(state.message) : undefined,
  };
}
