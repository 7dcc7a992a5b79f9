import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { getDb } from '@/db/client';
import { isDatabaseUnavailable } from '@/db/errors';
import { refusePlainPost } from '@/lib/leads/signup/flood';
import { SIGNUP_FLASH_COOKIE, SIGNUP_FLASH_HEADER } from '@/lib/leads/signup/flash';
import { clientIp, hashIp } from '@/lib/security/ip';
import { rateLimitPage } from '@/lib/leads/signup/rate-limit-page';
import { contentSecurityPolicy, newNonce, staticSecurityHeaders } from '@/lib/security/headers';
import { publicOrigin } from '@/lib/security/origin';
import { auth } from '@/lib/auth/config';
import { redirectWithoutTrailingSlash } from '@/lib/socialmap/hsds/http';

const intl = createMiddleware(routing);
const PORTAL = /^\/(staff|ambassador|association|admin|coach|provider|account)(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Routing comfort only. Authorization is decided by the gate (lib/auth/gate.ts) in every page,
 * action and route handler; this file never grants or refuses access to data.
 * - portal paths without a session cookie are sent to the login page, remembering where they were going;
 *   with one, the session's activity time is refreshed (lib/auth/timeouts.ts);
 * - public pages get their locale (next-intl); a plain (no-JavaScript) form post from an address
 *   that has used up its sign-ups gets a readable 429 page. The counting itself is done by the
 *   sign-up (lib/leads/signup/mutations.ts signUp), so an action posted to any other path counts
 *   too; the form's own plain post goes to /aanmelden, a route handler this proxy is not in front of;
 * - the sign-up form's error cookie after such a post is cleared once the page has been served with it;
 * - every page gets a Content-Security-Policy with a fresh nonce (lib/security/headers.ts).
 */
export default async function proxy(req: NextRequest) {
  const slash = withoutTrailingSlash(req);
  if (slash) return slash;
  const production = process.env.NODE_ENV === 'production';
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, production);
  // Next.js reads the nonce from the request's CSP header and puts it on its inline scripts;
  // pages that add an element of their own (a <style>) read it from x-nonce. A client's own
  // values for these headers are overwritten (and one of its own for the sign-up's flash dropped).
  const headers = new Headers(req.headers);
  headers.set('x-nonce', nonce);
  headers.delete(SIGNUP_FLASH_HEADER);
  headers.set('content-security-policy', csp);
  const res = await route(req, headers);
  res.headers.set('content-security-policy', csp);
  for (const { key, value } of staticSecurityHeaders(production)) res.headers.set(key, value);
  return res;
}

/**
 * A path with a trailing slash: a permanent redirect (308) to the path without it, query kept —
 * what Next.js does itself, but its redirect cannot carry headers, and the open API's answers all
 * carry API-Version (NL GOV API Design Rules), so next.config.ts turns Next's off
 * (skipTrailingSlashRedirect) and this does it for every path (the second matcher below).
 * `/.well-known/…` keeps its slash, like Next's own.
 */
function withoutTrailingSlash(req: NextRequest): Response | null {
  const { pathname } = req.nextUrl;
  if (pathname.length <= 1 || !pathname.endsWith('/')) return null;
  if (pathname.startsWith('/.well-known/')) return NextResponse.next();
  if (pathname.startsWith('/api/hsds/')) return redirectWithoutTrailingSlash(req);
  // A plain URL: a NextURL would put the request's trailing slash back when formatted.
  return NextResponse.redirect(new URL(pathname.replace(/\/+$/, '') + req.nextUrl.search, req.url), 308);
}

async function route(req: NextRequest, headers: Headers): Promise<Response> {
  const { pathname, search } = req.nextUrl;

  if (PORTAL.test(pathname)) {
    if (!SESSION_COOKIES.some((c) => req.cookies.has(c))) {
      // Next.js sends a same-host redirect from the proxy as a relative Location.
      const url = new URL('/login', req.url);
      url.searchParams.set('next', pathname + search);
      return NextResponse.redirect(url);
    }
    const res = NextResponse.next({ request: { headers } });
    // Auth.js's jwt callback records the activity (or ends an idle or too old session) and
    // rewrites the session cookie on this response; a page cannot set cookies itself. The gate
    // checks the same times again, so this is comfort, not the check.
    // (The "API route" form of auth(): reads the request's cookie, appends Set-Cookie to the response.)
    await (auth as unknown as (req: NextRequest, res: NextResponse) => Promise<unknown>)(req, res);
    return res;
  }
  // The login page and invite links (/invite/<token>) are portal pages without a session and without a locale prefix.
  if (pathname === '/login' || pathname.startsWith('/login/') || pathname === '/setup' || pathname.startsWith('/invite/') || pathname.startsWith('/reset/')) return NextResponse.next({ request: { headers } });

  if (req.method === 'POST' && !req.headers.has('next-action')) {
    // The database out of reach (a restart): no verdict here; the sign-up itself fails and says "try again".
    const refused = await refusePlainPost(getDb(), hashIp(clientIp(req.headers))).catch((e: unknown) => {
      if (isDatabaseUnavailable(e)) return null;
      throw e;
    });
    if (refused) {
      const prefixed = routing.locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`));
      const locale = prefixed ?? routing.defaultLocale;
      const page = (prefixed ? pathname.slice(prefixed.length + 1) : pathname) || '/';
      return new NextResponse(await rateLimitPage(locale, headers.get('x-nonce') ?? undefined, page), {
        status: 429,
        headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(refused.retryAfter) },
      });
    }
  }
  // The sign-up form's errors after a plain post (lib/leads/signup/flash.ts) are shown once: the
  // page gets the cookie's value in a request header, and this answer tells the browser to drop
  // the cookie (a cookie dropped here is dropped from the page's cookies() too).
  const flash = req.cookies.get(SIGNUP_FLASH_COOKIE)?.value;
  if (flash) headers.set(SIGNUP_FLASH_HEADER, flash);
  const res = withPublicUrls(await intl(new NextRequest(req, { headers })));
  if (flash && !res.headers.has('location')) res.cookies.delete(SIGNUP_FLASH_COOKIE);
  return res;
}

/**
 * next-intl builds its alternate-language Link header from the request's Host / X-Forwarded-Host;
 * it gets PUBLIC_URL's origin instead. (Its redirects, `/nl` → `/`, go out relative: Next.js
 * relativizes a same-host redirect from the proxy.)
 */
function withPublicUrls(res: NextResponse): NextResponse {
  const link = res.headers.get('link');
  if (link) res.headers.set('link', link.replace(/<https?:\/\/[^/>]*/gi, `<${publicOrigin()}`));
  return res;
}

export const config = {
  // Everything but Next's assets, the API routes (auth, HSDS, calendar…), the health checks, files
  // with an extension and the public sign-up's plain post (`/aanmelden`, `/en/aanmelden`, …: a
  // route handler that counts, refuses and answers itself, so the post pays for none of this);
  // and every path with a trailing slash (withoutTrailingSlash).
  matcher: ['/((?!api|healthz|readyz|_next|_vercel|.*\\..*|(?:[a-zA-Z-]+/)?aanmelden$).*)', '/:slash(.+/)'],
};
