import { defineRouting } from 'next-intl/routing';

/**
 * Locales of the public pages, each its own URL: Dutch is the default and has no prefix (`/`),
 * the others have their code as prefix (`/en`, `/ar`, `/fa-AF`, `/tr`, `/ti`, `/pl`, `/uk`, `/so`).
 * Dari is `fa-AF` (Persian as written in Afghanistan): browsers, screen readers and Intl know that
 * tag; the resident's language list (lib/languages.ts) calls Dari `prs`, see PUBLIC_LOCALE_OF.
 */
export const PUBLIC_LOCALES = ['nl', 'en', 'ar', 'fa-AF', 'tr', 'ti', 'pl', 'uk', 'so'] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

/** The portal for staff and volunteers is available in Dutch and English. */
export const APP_LOCALES = ['nl', 'en'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/**
 * The ambassador area is also in Arabic, Dari and Turkish (issue #16): an ambassador chooses among
 * these, everyone else among APP_LOCALES. The ambassador's namespaces are translated
 * (lib/i18n/messages.ts LOCALE_NAMESPACES); other portal pages they open fall back to English.
 */
export const AMBASSADOR_LOCALES = ['nl', 'en', 'ar', 'fa-AF', 'tr'] as const;
export type PortalLocale = (typeof AMBASSADOR_LOCALES)[number];

/** The portal languages a role may choose (the choice offered depends on the role). */
export function portalLocalesFor(role: string | null | undefined): readonly PortalLocale[] {
  return role === 'ambassador' ? AMBASSADOR_LOCALES : APP_LOCALES;
}

export const RTL_LOCALES: readonly string[] = ['ar', 'fa-AF'];
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The script fonts a locale needs beyond the system font (app/fonts/[file]): loaded only on its pages. */
export const LOCALE_FONTS: Partial<Record<PublicLocale, 'arabic' | 'ethiopic'>> = { ar: 'arabic', 'fa-AF': 'arabic', ti: 'ethiopic' };

/** A resident's language code (lib/languages.ts) → the public page in that language, if there is one. */
export const PUBLIC_LOCALE_OF: Record<string, PublicLocale> = {
  nl: 'nl', en: 'en', ar: 'ar', prs: 'fa-AF', fa: 'fa-AF', tr: 'tr', ti: 'ti', pl: 'pl', uk: 'uk', so: 'so',
};

export const routing = defineRouting({
  locales: PUBLIC_LOCALES,
  defaultLocale: 'nl',
  localePrefix: 'as-needed',
  // A first visit to `/` goes to the browser's language (Accept-Language) when it is one of ours;
  // Dutch and unknown languages stay on `/`. A language chosen in the menu sticks (the cookie):
  // the menu's links carry the prefix, also `/nl/…`, so the proxy stores the choice.
  localeDetection: true,
  localeCookie: { name: LOCALE_COOKIE, maxAge: 365 * 24 * 3600, sameSite: 'lax' },
  // The hreflang alternates: a Link header (next-intl; proxy.ts gives it PUBLIC_URL's origin) and
  // <link rel=alternate> in each page's <head> (app/[locale]/alternates.ts).
});

export function dirFor(locale: string): 'rtl' | 'ltr' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}

/** Path of a public page in a locale: Dutch has no prefix. */
export function localePath(locale: string, path = '/'): string {
  const clean = path === '/' ? '' : path;
  return locale === routing.defaultLocale ? clean || '/' : `/${locale}${clean}`;
}

/** A public page's path without its locale prefix (`/en/privacy` → `/privacy`, `/ar` → `/`). */
export function pathWithoutLocale(pathname: string): string {
  const prefix = PUBLIC_LOCALES.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
  return prefix ? pathname.slice(prefix.length + 1) || '/' : pathname;
}

/** The menu's link to a page in a locale: always prefixed, so following it stores the choice. */
export function chooseLocalePath(locale: string, path = '/'): string {
  return `/${locale}${path === '/' ? '' : path}`;
}
