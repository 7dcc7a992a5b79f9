import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMBASSADOR_NAMESPACES, LOCALE_NAMESPACES, NAMESPACES, PUBLIC_NAMESPACES, loadMessages } from './messages';
import { AMBASSADOR_LOCALES, PUBLIC_LOCALES, portalLocalesFor } from './routing';

const dir = path.join(__dirname, 'messages');
const read = (locale: string, ns: string) => JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), 'utf8')) as Record<string, unknown>;
// `_review.json` (the machine-written namespaces and keys of a language) is no namespace.
const filesOf = (locale: string) =>
  readdirSync(path.join(dir, locale)).filter((f) => f.endsWith('.json') && !f.startsWith('_')).map((f) => f.slice(0, -5)).sort();
function keys(o: unknown, prefix = ''): string[] {
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('message files', () => {
  it('are one file per namespace, and nl and en have exactly the listed namespaces', () => {
    expect(filesOf('nl')).toEqual([...NAMESPACES].sort());
    expect(filesOf('en')).toEqual([...NAMESPACES].sort());
  });

  it.each([...NAMESPACES])('%s: Dutch and English have the same keys', (ns) => {
    const nl = read('nl', ns);
    const en = read('en', ns);
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  const residents = Object.keys(LOCALE_NAMESPACES).filter((l) => l !== 'nl' && l !== 'en');
  it.each(residents)('%s covers every key of the namespaces it claims, and only those namespaces', (locale) => {
    expect(filesOf(locale)).toEqual([...LOCALE_NAMESPACES[locale]!].sort());
    for (const ns of LOCALE_NAMESPACES[locale]!) {
      expect.soft(keys(read(locale, ns)).sort(), `${locale}/${ns}`).toEqual(keys(read('en', ns)).sort());
    }
  });

  it('every public language has its messages and translates every public namespace (no English on its public pages)', () => {
    expect(Object.keys(LOCALE_NAMESPACES).sort()).toEqual([...PUBLIC_LOCALES].sort());
    for (const locale of PUBLIC_LOCALES) expect(LOCALE_NAMESPACES[locale], locale).toEqual(expect.arrayContaining([...PUBLIC_NAMESPACES]));
  });

  it('every language an ambassador may choose translates the ambassador area (no English on its pages)', () => {
    expect(portalLocalesFor('ambassador')).toEqual(AMBASSADOR_LOCALES);
    expect(portalLocalesFor('coordinator')).toEqual(['nl', 'en']);
    for (const locale of AMBASSADOR_LOCALES) {
      expect(LOCALE_NAMESPACES[locale], locale).toEqual(expect.arrayContaining([...AMBASSADOR_NAMESPACES]));
      // A machine-written language lists the ambassador area for review too (nl, en: the team's own).
      if (locale === 'nl' || locale === 'en') continue;
      const review = read(locale, '_review') as { namespaces?: string[] };
      expect(review.namespaces, locale).toEqual(expect.arrayContaining([...AMBASSADOR_NAMESPACES]));
    }
  });

  it("the ambassador's pages, their account pages and the portal's header use only namespaces ar, fa-AF and tr translate", () => {
    const root = path.join(__dirname, '..', '..');
    const files = [
      ...['app/(app)/ambassador', 'app/(app)/account'].flatMap((d) =>
        (readdirSync(path.join(root, d), { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.')).map((f) => path.join(d, f)),
      ),
      'app/_components/area-shell.tsx',
    ];
    const used = new Map<string, string>();
    for (const f of files) {
      const src = readFileSync(path.join(root, f), 'utf8');
      for (const m of src.matchAll(/(?:getTranslations|useTranslations)\((?:\{[^}]*namespace: )?'([^'.]+)/g)) used.set(m[1]!, f);
      for (const m of src.matchAll(/namespaces=\{\[([^\]]*)\]/g)) for (const ns of m[1]!.matchAll(/'([^']+)'/g)) used.set(ns[1]!, f);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const locale of ['ar', 'fa-AF', 'tr']) {
      const missing = [...used].filter(([ns]) => !LOCALE_NAMESPACES[locale]!.includes(ns as never)).map(([ns, f]) => `${ns} (${f})`);
      expect(missing, locale).toEqual([]);
    }
  });

  it('the language menu names every language in itself, the same in every language', () => {
    const names = read('nl', 'localeNames');
    expect(Object.keys(names).sort()).toEqual([...PUBLIC_LOCALES].sort());
    for (const locale of PUBLIC_LOCALES) expect(read(locale, 'localeNames'), locale).toEqual(names);
  });

  it.each(residents)('%s lists its machine-written texts in _review.json, naming only namespaces and keys it has', (locale) => {
    const review = read(locale, '_review') as { note?: unknown; namespaces?: unknown; keys?: unknown };
    expect(typeof review.note).toBe('string');
    const namespaces = (review.namespaces ?? []) as string[];
    const keyList = (review.keys ?? []) as string[];
    expect(namespaces.length + keyList.length).toBeGreaterThan(0);
    for (const ns of namespaces) expect(LOCALE_NAMESPACES[locale], `${locale}/_review: ${ns}`).toContain(ns);
    for (const k of keyList) {
      const [ns, ...rest] = k.split('.');
      expect(keys(read(locale, ns!)), `${locale}/_review: ${k}`).toContain(rest.join('.'));
    }
  });

  it("the README names every public language's URL and the ambassador area's languages", () => {
    const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const locale of PUBLIC_LOCALES) if (locale !== 'nl') expect(readme, locale).toContain(`\`/${locale}\``);
    const names = { ar: 'Arabic', 'fa-AF': 'Dari', tr: 'Turkish' } as Record<string, string>;
    const portal = readme.match(/Ambassadors choose their portal language[^.]*\./)?.[0] ?? '';
    for (const locale of AMBASSADOR_LOCALES) if (names[locale]) expect(portal, locale).toContain(names[locale]);
  });

  it('loads a residents language over English, so portal strings never show as raw keys', async () => {
    const ar = (await loadMessages('ar')) as Record<string, Record<string, unknown>>;
    expect(ar.public).toEqual(read('ar', 'public'));
    expect(ar.staffNav).toEqual(read('en', 'staffNav'));
    expect(ar.ambassadorHome).toEqual(read('ar', 'ambassadorHome'));
    expect(ar.notifications).toEqual(read('en', 'notifications'));
    const nl = await loadMessages('nl');
    expect(Object.keys(nl).sort()).toEqual([...NAMESPACES].sort());
    expect(Object.keys(await loadMessages('ti'))).not.toContain('_review');
  });
});
