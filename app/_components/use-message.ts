'use client';

import { useTranslations } from 'next-intl';
import type { MessageValues } from '@/lib/actions/form-state';

/**
 * The one place a form's message keys (from `FormState`) become text: a namespaced key
 * (`targets.errors.endNotAfterStart`, `errors.noProfile`) is looked up as written, a bare key
 * (`required`) in the shared `errors` namespace. The portal layout sends every namespace's
 * `errors` to the browser, so any key an action returns can be shown.
 */
export function useMessage(): (key: string, values?: MessageValues) => string {
  const lookup = useMessageLookup();
  const t = useTranslations();
  return (key: string, values?: MessageValues) => lookup(key, values) ?? t('errors.unknown' as never);
}

/**
 * The same lookup, but undefined for a key without a text (so a caller can pick its own fallback).
 * `values` are the message's ICU arguments (`FormState.messageValues[key]`), put in by next-intl.
 */
export function useMessageLookup(): (key: string, values?: MessageValues) => string | undefined {
  const t = useTranslations();
  return (key: string, values?: MessageValues) => {
    const full = key.includes('.') ? key : `errors.${key}`;
    return t.has(full as never) ? t(full as never, values as never) : undefined;
  };
}
