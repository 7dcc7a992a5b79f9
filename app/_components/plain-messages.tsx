'use client';

import { useContext, useMemo } from 'react';
import type { MessageValues } from '@/lib/actions/form-state';
import { fillIn, type PlainMessageMap } from '@/lib/i18n/plain';
import { MessagesContext } from './use-message';

/**
 * The public pages' source of client texts: one language's messages as a flat map of plain
 * strings (lib/i18n/plain.ts `plainMessages`, made on the server), with simple `{name}`
 * arguments filled in here. No next-intl and no ICU parser in the browser. A nested one adds its
 * messages to the outer one's (the survey page adds `survey`).
 */
export function PlainMessages({ locale, messages, children }: { locale: string; messages: PlainMessageMap; children: React.ReactNode }) {
  const outer = useContext(MessagesContext);
  const value = useMemo(
    () => ({
      locale,
      lookup: (key: string, values?: MessageValues) => {
        const text = messages[key];
        return text === undefined ? outer?.lookup(key, values) : fillIn(text, values);
      },
    }),
    [locale, messages, outer],
  );
  return <MessagesContext value={value}>{children}</MessagesContext>;
}
