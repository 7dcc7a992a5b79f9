import { getTranslations } from 'next-intl/server';
import type { getBatch } from '@/lib/imports/queries';
import { splitErrorKey } from '@/lib/imports/validate';

export type Batch = NonNullable<Awaited<ReturnType<typeof getBatch>>>;

/** The import page's words: a column's name, and a row error's text. */
export async function importText() {
  const t = await getTranslations('associationImport');
  const te = await getTranslations('errors');
  return {
    t,
    te,
    fieldName: (f: string) => (t.has(`fields.${f}`) ? t(`fields.${f}` as never) : f),
    errorText: (k: string) => {
      const { key, param } = splitErrorKey(k);
      if (key === 'duplicateInFile') return t('duplicateInFile', { row: param ?? '?' });
      if (key === 'consentRefused') return t('consentRefused');
      return te.has(key as never) ? te(key as never) : te('invalidFormat');
    },
  };
}
