import { PUBLIC_LOCALES, chooseLocalePath, dirFor, localePath } from '@/lib/i18n/routing';
import { fontCssFor } from '@/lib/i18n/fonts';
import { loadMessages } from '@/lib/i18n/messages';

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Phone numbers stay left-to-right inside right-to-left text (as app/_components/bidi-text.tsx). */
const ltr = (html: string) => html.replace(/(\+?\d[\d ]*\d)/g, '<span dir="ltr">$1</span>');

type PageMessages = {
  rateLimit: Record<string, string>;
  errors: Record<string, string>;
  common: Record<string, string>;
  localeNames: Record<string, string>;
};

/**
 * A small, readable, self-contained page for HTTP 429 on the public sign-up (no JavaScript needed):
 * in the page's language (right to left for ar and fa-AF), with the same language menu as the other
 * public pages — plain links, each language named in itself, to `path` in that language.
 */
export async function rateLimitPage(locale: string, nonce?: string, path = '/'): Promise<string> {
  const messages = (await loadMessages(locale)) as PageMessages;
  const t = messages.rateLimit;
  return plainPage(locale, messages, { title: t.title, text: t.text, back: t.back, backHref: localePath(locale) }, nonce, path);
}

/**
 * The same kind of page for HTTP 503, when a plain sign-up post meets the database out of reach (a
 * restart, a failover): "try again in a minute" in the page's language, and a link back to the form.
 * Nothing was stored (the transaction left nothing behind).
 */
export async function tryAgainPage(locale: string, nonce?: string, path = '/'): Promise<string> {
  const messages = (await loadMessages(locale)) as PageMessages;
  const t = messages.errors;
  return plainPage(locale, messages, { title: t.errorPageTitle, text: t.tryAgain, back: t.errorPageRetry, backHref: localePath(locale, path) }, nonce, path);
}

/**
 * The same kind of page for a plain sign-up post that is refused before anything is counted or
 * stored: 403 for a post from another site, 400 for a body that is no form or too large. It says
 * nothing was stored and links to the form.
 */
export async function refusedPostPage(locale: string, why: 'forbidden' | 'badRequest', nonce?: string, path = '/'): Promise<string> {
  const messages = (await loadMessages(locale)) as PageMessages;
  const t = messages.errors;
  const text = why === 'forbidden' ? t.postForbidden : t.postBadRequest;
  return plainPage(locale, messages, { title: t.postRefusedTitle, text, back: t.postRefusedBack, backHref: `${localePath(locale, path)}#aanmelden` }, nonce, path);
}

function plainPage(
  locale: string,
  messages: PageMessages,
  t: { title: string; text: string; back: string; backHref: string },
  nonce: string | undefined,
  path: string,
): string {
  const languages = PUBLIC_LOCALES.map((l) => {
    const current = l === locale ? ' aria-current="true"' : '';
    return `<li><a href="${escape(chooseLocalePath(l, path))}" lang="${l}" dir="${dirFor(l)}" hreflang="${l}"${current}>${escape(messages.localeNames[l] ?? l)}</a></li>`;
  }).join('');
  return `<!doctype html>
<html lang="${locale}" dir="${dirFor(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t.title)} – ${escape(messages.common.appName)}</title>
<style${nonce ? ` nonce="${escape(nonce)}"` : ''}>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#0f172a;line-height:1.5}a{color:#00528c}nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}nav a{display:inline-block;padding:.25rem 0}[aria-current]{font-weight:700}${fontCssFor(locale) ?? ''}</style>
</head>
<body><header><nav aria-label="${escape(messages.common.languageMenu)}"><ul>${languages}</ul></nav></header>
<main><h1>${escape(t.title)}</h1><p>${ltr(escape(t.text))}</p><p><a href="${escape(t.backHref)}">${escape(t.back)}</a></p></main></body>
</html>`;
}
