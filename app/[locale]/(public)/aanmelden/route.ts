import { hasLocale } from 'next-intl';
import { getDb } from '@/db/client';
import { publicPost } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import { localePath, routing } from '@/lib/i18n/routing';
import { SIGNUP_FLASH_COOKIE, SIGNUP_FLASH_SECONDS, sealSignupFlash } from '@/lib/leads/signup/flash';
import { signUp } from '@/lib/leads/signup/mutations';
import { rateLimitPage, refusedPostPage, tryAgainPage } from '@/lib/leads/signup/rate-limit-page';
import { signupSchema } from '@/lib/leads/signup/schema';
import type { HitResult } from '@/lib/ratelimit';
import { readBodyLimited } from '@/lib/security/body';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';
import { clientIp, hashIp } from '@/lib/security/ip';
import { publicOrigin, sameOriginPost } from '@/lib/security/origin';

export const dynamic = 'force-dynamic';

/** Far more than the form's fields can hold (the schema caps each); a larger body is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /aanmelden (nl), /en/aanmelden, /ar/aanmelden, …: the public sign-up form posted without
 * JavaScript (with JavaScript the form calls its server action, lib/leads/signup/actions.ts). A
 * route handler, so a plain post costs what the sign-up costs, not a page render or the
 * framework's action decoding; proxy.ts is not in front of it (next.config.ts sends /aanmelden to
 * /nl/aanmelden). The same contract as the action: the gate and the zod schema through
 * `publicPost` (lib/actions), the same handler `signUp` (flood count, then `submitSignup`). Answers:
 * - stored (or a repeat, or a honeypot hit: the same answer) → 303 to the thank-you page, `?ref=` kept;
 * - errors → 303 back to the form with a sealed, short-lived cookie (lib/leads/signup/flash.ts) from
 *   which the page shows the errors in its language with what was typed;
 * - past the flood limit → 429, the readable page (as proxy.ts gives a plain post of an address
 *   already over it); the database out of reach → 503, "try again in a minute";
 * - a post from another site (Sec-Fetch-Site / Origin against PUBLIC_URL) → 403, nothing counted.
 */
export async function POST(req: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return plain(404, 'Not found');
  if (!sameOriginPost(req.headers)) return page(403, (nonce) => refusedPostPage(locale, 'forbidden', nonce));
  const formData = await readForm(req);
  if (!formData) return page(400, (nonce) => refusedPostPage(locale, 'badRequest', nonce));

  const ipHash = hashIp(clientIp(req.headers));
  let refused: HitResult | null = null;
  const state = await publicPost(signupSchema, formData, async (input): Promise<FormState> => {
    await signUp(getDb(), input, ipHash, (hit) => (refused = hit));
    return { status: 'success' };
  });

  const posted = formData.get('ref');
  const ref = signupSchema.shape.ref.parse(typeof posted === 'string' ? posted : undefined);
  const query = ref ? `?ref=${encodeURIComponent(ref)}` : '';
  if (state.status === 'success') return seeOther(`${localePath(locale, '/bedankt')}${query}`);
  if (state.formError === 'rateLimited') {
    const retryAfter = (refused as HitResult | null)?.retryAfter ?? 60;
    return page(429, (nonce) => rateLimitPage(locale, nonce, '/'), retryAfter);
  }
  if (state.formError === 'tryAgain') return page(503, (nonce) => tryAgainPage(locale, nonce, '/'), 60);
  // No #aanmelden: with a fragment in the address the browser skips autofocus, and the error
  // summary's autofocus is what brings the resident to the errors (and scrolls there).
  const res = seeOther(`${localePath(locale, '/')}${query}`);
  const secure = publicOrigin().startsWith('https:') ? '; Secure' : '';
  res.headers.append('set-cookie', `${SIGNUP_FLASH_COOKIE}=${sealSignupFlash(state)}; Path=/; Max-Age=${SIGNUP_FLASH_SECONDS}; HttpOnly; SameSite=Lax${secure}`);
  return res;
}

/** Someone who opens the address itself (a bookmark, a reload of an answer) finds the form. */
export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return plain(404, 'Not found');
  return seeOther(`${localePath(locale, '/')}#aanmelden`);
}

/** The body as FormData, as a browser sends a form (URL-encoded, or multipart); null when it is not one or too large. */
async function readForm(req: Request): Promise<FormData | null> {
  const type = req.headers.get('content-type') ?? '';
  const kind = type.toLowerCase();
  const body = await readBodyLimited(req.body, MAX_BODY_BYTES);
  if (!body) return null;
  try {
    if (kind.startsWith('application/x-www-form-urlencoded')) {
      const form = new FormData();
      for (const [k, v] of new URLSearchParams(Buffer.from(body).toString('utf8'))) form.append(k, v);
      return form;
    }
    if (kind.startsWith('multipart/form-data')) return await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    /* not a form */
  }
  return null;
}

const seeOther = (location: string) => new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/** One of the self-contained answer pages, with its own Content-Security-Policy (no proxy in front to set one). */
async function page(status: number, render: (nonce: string) => Promise<string>, retryAfter?: number): Promise<Response> {
  const nonce = newNonce();
  return new Response(await render(nonce), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}),
      'content-security-policy': contentSecurityPolicy(nonce, process.env.NODE_ENV === 'production'),
    },
  });
}
