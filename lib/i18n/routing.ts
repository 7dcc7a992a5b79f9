import { defineRouting } from 'next-intl/routing';

/** Locales of the public pages. Dutch is the default and has no prefix (`/`), others do (`/en`, `/ar`). */
export const PUBLIC_LOCALES = ['nl', 'en', 'ar'] as const;
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

/** The portal for staff and volunteers is available in Dutch and English. */
export const APP_LOCALES = ['nl', 'en'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

export const RTL_LOCALES: readonly string[] = ['ar'];
export const LOCALE_COOKIE = 'NEXT_LOCALE';

export const routing = defineRouting({
  locales: PUBLIC_LOCALES,
  defaultLocale: 'nl',
  localePrefix: 'as-needed',
  // `/` is always Dutch; visitors choose another language with the switcher.
  localeDetection: false,
});

export function dirFor(locale: string): 'rtl' | 'ltr' {
  return RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
}

/** Path of a public page in a locale: Dutch has no prefix. */
export function localePath(locale: string, path = '/'): string {
  const clean = path === '/' ? '' : path;
  return locale === routing.defaultLocale ? clean || '/' : `/${locale}${clean}`;
}
