import type { Metadata } from 'next';
import { publicUrl } from '@/lib/security/origin';
import { PUBLIC_LOCALES, localePath, routing } from './routing';

/**
 * A public page's canonical URL and its hreflang alternates (one per language, plus x-default:
 * the Dutch page), for `generateMetadata` of every page under app/[locale]/(public).
 */
export function alternatesFor(locale: string, path = '/'): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of PUBLIC_LOCALES) languages[l] = publicUrl(localePath(l, path));
  languages['x-default'] = publicUrl(localePath(routing.defaultLocale, path));
  return { canonical: publicUrl(localePath(locale, path)), languages };
}
