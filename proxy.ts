import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from '@/lib/i18n/routing';
import { getDb } from '@/db/client';
import { refusePlainPost } from '@/lib/leads/flood';
import { clientIp, hashIp } from '@/lib/security/ip';
import { rateLimitPage } from '@/lib/leads/rate-limit-page';

const intl = createMiddleware(routing);
const PORTAL = /^\/(staff|ambassador|association|admin)(\/|$)/;
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/**
 * Routing comfort only. Authorization is decided by the gate (lib/auth/gate.ts) in every page,
 * action and route handler; this file never grants or refuses access to data.
 * - portal paths without a session cookie are sent to the login page, remembering where they were going;
 * - public pages get their locale (next-intl); a plain (no-JavaScript) form post from an address
 *   that has used up its sign-ups gets a readable 429 page. The counting itself is done by the
 *   sign-up action (lib/leads/actions.ts), so an action posted to any other path counts too.
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

  if (req.method === 'POST' && !req.headers.has('next-action')) {
    const refused = await refusePlainPost(getDb(), hashIp(clientIp(req.headers)));
    if (refused) {
      const locale = routing.locales.find((l) => pathname === `/${l}` || pathname.startsWith(`/${l}/`)) ?? routing.defaultLocale;
      return new NextResponse(await rateLimitPage(locale), {
        status: 429,
        headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(refused.retryAfter) },
      });
    }
  }
  return intl(req);
}

export const config = {
  // Everything but Next's assets, the auth API, the HSDS API and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
