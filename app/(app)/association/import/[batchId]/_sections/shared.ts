import { getTranslations } from 'next-intl/server';
import type { getBatch } from '@/lib/imports/queries';
import { getMessageText } from '@/lib/i18n/message';

export type Batch = NonNullable<Awaited<ReturnType<typeof getBatch>>>;

/** The import page's words: a column's name, and a row error's text. */
export async function importText() {
  const t = await getTranslations('associationImport');
  return {
    t,
    fieldName: (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}` as never) : f),
    /** a row error (a message key with its arguments, e.g. the row a number repeats) as text */
    message: await getMessageText(),
  };
}
