'use client';

import { useTranslations } from 'next-intl';

/**
 * The one place a form's message keys (from `FormState`) become text: a namespaced key
 * (`targets.errors.endNotAfterStart`, `errors.noProfile`) is looked up as written, a bare key
 * (`required`) in the shared `errors` namespace. The portal layout sends every namespace's
 * `errors` to the browser, so any key an action returns can be shown.
 */
export function useMessage(): (key: string) => string {
  const t = useTranslations();
  return (key: string) => {
    const full = key.includes('.') ? key : `errors.${key}`;
    if (t.has(full as never)) return t(full as never);
    return t('errors.unknown' as never);
  };
}
