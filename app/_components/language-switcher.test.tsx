import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';

let search = new URLSearchParams();
// Next's own pathname carries the locale prefix (the page is /ar/enquete/…); the switcher strips it.
vi.mock('next/navigation', () => ({ useSearchParams: () => search, usePathname: () => '/ar/enquete/7b0c1c8e-0000-4000-8000-000000000001' }));

const { LanguageSwitcher } = await import('./language-switcher');

/** The hrefs of the menu as the server writes them into the HTML (no JavaScript needed). */
function hrefs(query: string): Record<string, string> {
  search = new URLSearchParams(query);
  const html = renderToStaticMarkup(
    <LanguageSwitcher label="Taal" current="ar" locales={[{ code: 'nl', name: 'Nederlands' }, { code: 'ar', name: 'العربية' }, { code: 'en', name: 'English' }]} />,
  );
  return Object.fromEntries([...html.matchAll(/<a href="([^"]+)" lang="([^"]+)"/g)].map((m) => [m[2]!, m[1]!.replaceAll('&amp;', '&')]));
}

describe('LanguageSwitcher', () => {
  it('keeps a personal survey link, so the answers still count for that invite', () => {
    const links = hrefs('link=abc.def-123');
    expect(links.ar).toBe('/ar/enquete/7b0c1c8e-0000-4000-8000-000000000001?link=abc.def-123');
    expect(links.nl).toBe('/nl/enquete/7b0c1c8e-0000-4000-8000-000000000001?link=abc.def-123');
  });

  it("keeps an ambassador's code next to it, and nothing else from the address", () => {
    const links = hrefs('ref=AMB01&link=xyz&step=2');
    expect(links.en).toBe('/en/enquete/7b0c1c8e-0000-4000-8000-000000000001?ref=AMB01&link=xyz');
    expect(hrefs('step=2').en).toBe('/en/enquete/7b0c1c8e-0000-4000-8000-000000000001');
  });
});
