import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { RATE_LIMITED_HEADER, countPublicPost } from '@/lib/leads/flood';
import { clientIp, hashIp } from '@/lib/security/ip';
import { rateLimitPage } from '@/lib/leads/rate-limit-page';

const intl = createMiddleware(routing);
const PORTAL = /^\/(staff|ambassador|association|admin)(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Routing comfort only. Authorization is decided by the gate (lib/auth/gate.ts) in every page,
 * action and route handler; this file never grants or refuses access to data.
 * - portal paths without a session cookie are sent to the login page, remembering where they were going;
 * - public pages get their locale (next-intl), and POSTs to them (the sign-up form) are counted
 *   per IP: past the limit a plain form post gets a 429 page, a JavaScript post a flag the action reads.
 */
export default async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;

  if (PORTAL.test(pathname)) {
    if (!SESSION_COOKIES.some((c) => req.cookies.has(c))) {
      const url = new URL('/login', req.url);
      url.searchParams.set('next', pathname + search);
      return NextResponse.redirect(url);
    }
    return NextResponse.next();
  }
  if (pathname === '/login') return NextResponse.next();

  const headers = new Headers(req.headers);
  headers.delete(RATE_LIMITED_HEADER);
  if (req.method === 'POST') {
    const result = await countPublicPost(hashIp(clientIp(req.headers)));
    if (!result.allowed) {
      if (!req.headers.has('next-action')) {
        const locale = routing.locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`)) ?? routing.defaultLocale;
        return new NextResponse(await rateLimitPage(locale), {
          status: 429,
          headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(result.retryAfter) },
        });
      }
      headers.set(RATE_LIMITED_HEADER, '1');
    }
  }
  return intl(new NextRequest(req, { headers }));
}

export const config = {
  // Everything but Next's assets, the auth API, the HSDS API and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
