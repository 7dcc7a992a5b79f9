'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { chooseLocalePath, dirFor, pathWithoutLocale } from '@/lib/i18n/routing';

interface Props {
  label: string;
  current: string;
  /** Every language, named in itself (العربية, دری, Türkçe, ትግርኛ…). */
  locales: { code: string; name: string }[];
}

/**
 * What a language switch must not lose: an ambassador's sign-up code (`ref`) and a respondent's
 * personal survey link (`link`: without it the answers would count as public and the invite stay unused).
 */
export const KEPT_PARAMS = ['ref', 'link'] as const;

/**
 * Plain links (they work without JavaScript), each with the language's own prefix — also `/nl/…`,
 * which the proxy answers with a redirect to `/…` that stores the choice in the cookie.
 */
function Links({ label, current, locales }: Props) {
  // Next's own pathname, without the locale prefix (next-intl's usePathname would bring its navigation runtime).
  const pathname = pathWithoutLocale(usePathname());
  const search = useSearchParams();
  const kept = new URLSearchParams();
  for (const name of KEPT_PARAMS) {
    const value = search.get(name);
    if (value) kept.set(name, value);
  }
  const query = kept.size ? `?${kept}` : '';
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {locales.map((l) => (
          <li key={l.code}>
            <a
              href={chooseLocalePath(l.code, pathname) + query}
              lang={l.code}
              dir={dirFor(l.code)}
              hrefLang={l.code}
              aria-current={l.code === current ? 'true' : undefined}
              className={
                'inline-block rounded px-2 py-1 text-sm text-white underline-offset-4 ' +
                (l.code === current ? 'bg-white/20 font-semibold underline' : 'hover:underline')
              }
            >
              {l.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Links to the same page in each language; keeps an ambassador's ?ref= code and a personal ?link=. No Suspense boundary:
 * every page it is on renders on demand, so the search params are there on the server, and the
 * links with the code (or link) must be in the HTML itself — a boundary could send its fallback (links
 * without the code) first and the real links only in a hidden part that needs JavaScript.
 */
export function LanguageSwitcher(props: Props) {
  return <Links {...props} />;
}
