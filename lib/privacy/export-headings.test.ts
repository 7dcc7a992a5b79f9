import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { PERSON_COLLECTORS } from './collectors';

type ExportTexts = { title: string; tables: Record<string, string> };
const textsOf = async (locale: string) => (await loadMessages(locale)).privacyExport as ExportTexts;

describe('the export (art. 15) in the resident’s language', () => {
  it.each([...PUBLIC_LOCALES])('%s: a heading for every table in the registry, in that language', async (locale) => {
    const texts = await textsOf(locale);
    const english = await textsOf('en');
    for (const { table } of PERSON_COLLECTORS) {
      expect(texts.tables[table], `${locale} ${table}`).toBeTruthy();
      // Its own text, not English shown for want of a translation.
      if (locale !== 'en') expect(texts.tables[table], `${locale} ${table}`).not.toBe(english.tables[table]);
    }
    if (locale !== 'en') expect(texts.title).not.toBe(english.title);
  });
});
