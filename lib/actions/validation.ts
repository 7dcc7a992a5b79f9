import type { z } from 'zod';
import shared from '@/lib/i18n/messages/nl.json';
import type { FormValue } from './form-state';

const SECRET_FIELDS = /pass(word)?|secret|token/i;
const MAX_VALUE = 2000;

/**
 * The typed values of a form, to refill it after an error. A field sent once is a string, a field
 * sent more than once (checkbox group, multi-select) a list of strings in order. Skips framework
 * fields, secrets and files (a file is never echoed back).
 */
export function formValues(formData: FormData): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION') || SECRET_FIELDS.test(key) || typeof value !== 'string') continue;
    const v = value.slice(0, MAX_VALUE);
    const prev = values[key];
    values[key] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return values;
}

/**
 * FormData → plain object for zod; repeated keys become arrays. Files stay File objects, so a
 * schema can check them (`z.file().max(…).mime(…)`); the browser's empty file input (a nameless,
 * empty file) counts as not sent.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string' && value.size === 0 && !value.name) continue;
    if (key in out) {
      const prev = out[key];
      out[key] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The shared message keys: the `errors` namespace of the core message file (no list of its own). */
const SHARED_KEYS = new Set(Object.keys(shared.errors));

/**
 * Whether a schema message is a message key to keep as written: a namespaced key
 * (`targets.errors.endNotAfterStart`, `errors.noProfile`) or one of the shared `errors.*` keys.
 */
export function isMessageKey(message: string | undefined): message is string {
  if (!message) return false;
  if (/^[a-zA-Z][\w-]*(\.[a-zA-Z][\w-]*)+$/.test(message)) return true;
  return SHARED_KEYS.has(message);
}

function keyFor(issue: z.core.$ZodIssue): string {
  if (isMessageKey(issue.message)) return issue.message;
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

/**
 * Zod issues → one message key per field (the first issue wins). A schema's own message survives
 * when it is a message key (see `isMessageKey`); anything else becomes a shared key by the kind
 * of issue. Errors of nested paths are filed under the top-level field, root errors under `_form`.
 */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? String(issue.path[0]) : '_form';
    if (!(field in out)) out[field] = keyFor(issue);
  }
  return out;
}
