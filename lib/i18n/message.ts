import 'server-only';
import { getTranslations } from 'next-intl/server';

/** A message's ICU arguments (the same shape as `MessageValues` in lib/actions/form-state). */
type MessageValues = Record<string, string | number>;

/**
 * The server's `useMessage`: a message key as forms get them (namespaced, or a bare shared
 * `errors.*` key) with its ICU arguments → text in the request's language; an unknown key reads as
 * `errors.invalidFormat`. For texts made on the server from stored keys (an import's failed rows).
 */
export async function getMessageText(): Promise<(key: string, values?: MessageValues) => string> {
  const t = await getTranslations();
  return (key, values) => {
    const full = key.includes('.') ? key : `errors.${key}`;
    return t.has(full as never) ? t(full as never, values as never) : t('errors.invalidFormat' as never);
  };
}
