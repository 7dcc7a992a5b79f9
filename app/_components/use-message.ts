'use client';

import { createContext, useContext } from 'react';
import type { MessageValues } from '@/lib/actions/form-state';

/** A full message key (`errors.required`, `public.name`) with its arguments → its text, or undefined when there is none. */
export type MessageLookup = (fullKey: string, values?: MessageValues) => string | undefined;

/**
 * Where the client components' texts come from, set by the layout: in the portal next-intl's
 * translator (`IntlMessages`, app/_components/intl-messages.tsx), on the public pages a plain map
 * of the page's language (`PlainMessages`, app/_components/plain-messages.tsx), so the public
 * pages' browser code holds no ICU message parser. The form layer reads only this context.
 */
export const MessagesContext = createContext<{ locale: string; lookup: MessageLookup } | null>(null);

function useMessagesContext() {
  const context = useContext(MessagesContext);
  if (!context) throw new Error('A client component asked for a message outside IntlMessages / PlainMessages.');
  return context;
}

/**
 * The one place a form's message keys (from `FormState`) become text: a namespaced key
 * (`targets.errors.endNotAfterStart`, `errors.noProfile`) is looked up as written, a bare key
 * (`required`) in the shared `errors` namespace. The portal layout sends every namespace's
 * `errors` to the browser, so any key an action returns can be shown.
 */
export function useMessage(): (key: string, values?: MessageValues) => string {
  const lookup = useMessageLookup();
  return (key: string, values?: MessageValues) => lookup(key, values) ?? lookup('errors.unknown') ?? key;
}

/**
 * The same lookup, but undefined for a key without a text (so a caller can pick its own fallback).
 * `values` are the message's arguments (`FormState.messageValues[key]`).
 */
export function useMessageLookup(): (key: string, values?: MessageValues) => string | undefined {
  const { lookup } = useMessagesContext();
  return (key: string, values?: MessageValues) => lookup(key.includes('.') ? key : `errors.${key}`, values);
}

/**
 * The texts of one namespace for a client component that both the portal and the public pages
 * use (or a public one): `t('name')` is `namespace.name`; a missing text reads as its key, as
 * next-intl shows it.
 */
export function useText(namespace: string): (key: string, values?: MessageValues) => string {
  const { lookup } = useMessagesContext();
  return (key: string, values?: MessageValues) => lookup(`${namespace}.${key}`, values) ?? `${namespace}.${key}`;
}

/** The language the texts are in (the page's locale). */
export function useMessageLocale(): string {
  return useMessagesContext().locale;
}
