import type { z } from 'zod';
import { ERROR_KEYS, type ErrorKey } from './form-state';

const SECRET_FIELDS = /pass(word)?|secret|token/i;

/** The typed values of a form, as strings, to refill it after an error. Skips framework fields and secrets. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || SECRET_FIELDS.test(key) || typeof value !== 'string') continue;
    values[key] = value.slice(0, 2000);
  }
  return values;
}

/** FormData → plain object for zod; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

function keyFor(issue: z.core.$ZodIssue): ErrorKey {
  if ((ERROR_KEYS as readonly string[]).includes(issue.message)) return issue.message as ErrorKey;
  switch (issue.code) {
    case 'too_big':
      return 'tooLong';
    case 'too_small':
      return issue.minimum === 1 ? 'required' : 'tooShort';
    case 'invalid_value':
      return 'invalidChoice';
    case 'invalid_format':
      return issue.format === 'email' ? 'emailInvalid' : 'invalidFormat';
    case 'invalid_type':
      return 'required';
    default:
      return 'invalidFormat';
  }
}

/** Zod issues → one message key per field (the first issue wins). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (!(field in out)) out[field] = keyFor(issue);
  }
  return out;
}
