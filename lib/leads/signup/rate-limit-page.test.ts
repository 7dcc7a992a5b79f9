import { describe, expect, it } from 'vitest';
import { PUBLIC_LOCALES } from '@/lib/i18n/routing';
import { rateLimitPage } from './rate-limit-page';

/** The page's language links: [href, lang, text, current]. */
function languageLinks(html: string) {
  const nav = html.match(/<nav aria-label="([^"]*)">([\s\S]*?)<\/nav>/);
  const links = [...(nav?.[2] ?? '').matchAll(/<a href="([^"]*)" lang="([^"]*)" dir="([^"]*)" hreflang="[^"]*"( aria-current="true")?>([^<]*)<\/a>/g)];
  return { label: nav?.[1], links: links.map(([, href, lang, dir, current, text]) => ({ href, lang, dir, current: !!current, text })) };
}

describe('the sign-up rate-limit page (HTTP 429)', () => {
  it('in Arabic: right to left, Arabic text, the phone number left to right, and every language to choose, named in itself', async () => {
    const html = await rateLimitPage('ar', undefined, '/privacy');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<h1>انتظر قليلًا</h1>');
    expect(html).toContain('<span dir="ltr">14 079</span>');
    expect(html).not.toMatch(/<script/i);
    const { label, links } = languageLinks(html);
    expect(label).toBe('اللغة');
    expect(links.map((l) => l.lang)).toEqual([...PUBLIC_LOCALES]);
    expect(links.map((l) => l.text)).toEqual(['Nederlands', 'English', 'العربية', 'دری', 'Türkçe', 'ትግርኛ', 'Polski', 'Українська', 'Soomaali']);
    // The same page in each language, with the prefix that stores the choice (also /nl/…).
    expect(links.find((l) => l.lang === 'nl')?.href).toBe('/nl/privacy');
    expect(links.find((l) => l.lang === 'tr')?.href).toBe('/tr/privacy');
    expect(links.find((l) => l.lang === 'fa-AF')?.dir).toBe('rtl');
    expect(links.filter((l) => l.current).map((l) => l.lang)).toEqual(['ar']);
  });

  it.each(['fa-AF', 'tr', 'ti', 'pl', 'uk', 'so'])('%s: its own text, not English, and the menu links to the home page in each language', async (locale) => {
    const html = await rateLimitPage(locale);
    expect(html).toContain(`<html lang="${locale}" dir="${locale === 'fa-AF' ? 'rtl' : 'ltr'}">`);
    expect(html).not.toContain('Please wait');
    expect(html).not.toContain('Back to the home page');
    const { links } = languageLinks(html);
    expect(links).toHaveLength(PUBLIC_LOCALES.length);
    expect(links.find((l) => l.lang === 'en')?.href).toBe('/en');
  });
});
