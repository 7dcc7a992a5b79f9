'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useMemo } from 'react';
import type { MessageValues } from '@/lib/actions/form-state';
import { MessagesContext } from './use-message';

/**
 * The portal's source of client texts: next-intl's translator of the nearest
 * NextIntlClientProvider (ICU arguments, plurals), for the form layer's `useMessage` / `useText`.
 * Sits right inside every NextIntlClientProvider of the portal (its layout, `WithMessages`).
 */
export function IntlMessages({ children }: { children: React.ReactNode }) {
  const t = useTranslations();
  const locale = useLocale();
  const value = useMemo(
    () => ({
      locale,
      lookup: (key: string, values?: MessageValues) => (t.has(key as never) ? t(key as never, values as never) : undefined),
    }),
    [t, locale],
  );
  return <MessagesContext value={value}>{children}</MessagesContext>;
}
