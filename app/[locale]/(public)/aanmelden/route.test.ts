import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DbHandle, rowsOf } from '@/db/client';
import { memoryTestDb } from '@/db/testing';

// The route handler as Next runs it for a phone without JavaScript: a plain form post, nobody
// signed in, the socket address passed on by our server (scripts/serve.mjs), PUBLIC_URL set.
const state = vi.hoisted(() => {
  process.env.SIGNUP_RATE_LIMIT = '4';
  process.env.WIJKWERF_PEER_TOKEN = 'test-token';
  process.env.PUBLIC_URL = 'https://wijkwerf.example';
  process.env.AUTH_SECRET = 'route-test-secret-0123456789abcdef0123456789';
  return { db: undefined as unknown as DbHandle['db'], broken: false, gateAsked: 0 };
});
vi.mock('@/lib/auth/gate', () => ({
  getCurrentUser: async () => {
    state.gateAsked++;
    return null;
  },
  requirePermission: async () => null,
}));
// `broken`: the database out of reach (a restart), as postgres.js reports a refused connection.
vi.mock('@/db/client', async (orig) => ({
  ...(await orig<object>()),
  getDb: () =>
    state.broken
      ? new Proxy(state.db, {
          get: () => () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
        })
      : state.db,
}));

const { POST, GET } = await import('./route');
const { SIGNUP_FLASH_COOKIE, readSignupFlash } = await import('@/lib/leads/signup/flash');

const ORIGIN = 'https://wijkwerf.example';
let n = 0;
const phone = () => `06 21${String(++n).padStart(6, '0')}`;
const stored = (p: string) => `+31${p.replace(/\D/g, '').slice(1)}`;
const valid = (extra: Record<string, string> = {}) => ({ name: 'Amina Route', phone: phone(), email: '', language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref: '', website: '', ...extra });

function post(
  fields: Record<string, string>,
  { locale = 'nl', ip = '203.0.113.10', headers = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' } as Record<string, string>, multipart = false } = {},
) {
  const body = multipart ? Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData()) : new URLSearchParams(fields);
  const req = new Request(`${ORIGIN}/${locale}/aanmelden`, { method: 'POST', body, headers: { 'x-wijkwerf-peer': `test-token ${ip}`, ...headers } });
  return POST(req, { params: Promise.resolve({ locale }) });
}

async function leadsWith(phoneTyped: string): Promise<number> {
  return rowsOf<{ n: number }>(await state.db.execute(sql`select count(*)::int as n from leads where phone = ${stored(phoneTyped)}`))[0]!.n;
}

async function signupCount(): Promise<number> {
  return rowsOf<{ n: number }>(await state.db.execute(sql`select coalesce(sum(count), 0)::int as n from rate_limits where key like 'signup:ip:%'`))[0]!.n;
}

/** The flash cookie a 303 back to the form sets, read as the page reads it. */
function flashOf(res: Response) {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SIGNUP_FLASH_COOKIE}=`));
  expect(cookie, 'the errors go back in a cookie').toBeDefined();
  return { cookie: cookie!, state: readSignupFlash(cookie!.split(';')[0]!.slice(SIGNUP_FLASH_COOKIE.length + 1)) };
}

describe('POST /aanmelden: the sign-up form without JavaScript', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await memoryTestDb();
    state.db = h.db;
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('stores a valid sign-up and answers 303 to the thank-you page in its language, referral code kept; the gate is asked', async () => {
    const asked = state.gateAsked;
    const a = valid();
    const res = await post(a, { ip: '203.0.113.1' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/bedankt');
    expect(await leadsWith(a.phone)).toBe(1);
    expect(state.gateAsked).toBe(asked + 1);

    const b = valid({ ref: 'amb01' });
    const ar = await post(b, { locale: 'ar', ip: '203.0.113.1', multipart: true });
    expect(ar.status).toBe(303);
    expect(ar.headers.get('location')).toBe('/ar/bedankt?ref=AMB01');
    expect(await leadsWith(b.phone)).toBe(1);
  }, 60_000);

  it('sends a form with errors back to the form with the errors and what was typed in a sealed cookie; nothing stored', async () => {
    const typed = valid({ name: 'Omar Zonderjs', phone: '12345', email: 'geen-email', consent: '', ref: 'AMB01' });
    const res = await post(typed, { locale: 'en', ip: '203.0.113.2' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en?ref=AMB01');
    const { cookie, state: back } = flashOf(res);
    expect(cookie).toMatch(/; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
    // Sealed: nothing typed can be read from the cookie itself.
    expect(cookie).not.toContain('Omar');
    expect(Buffer.from(cookie.split(';')[0]!.split('=')[1]!, 'base64url').toString('latin1')).not.toContain('Omar');
    expect(back).toMatchObject({
      status: 'error',
      fieldErrors: { phone: 'phoneInvalid', email: 'emailInvalid', consent: 'consentRequired' },
      values: { name: 'Omar Zonderjs', phone: '12345', email: 'geen-email', ref: 'AMB01' },
    });
    expect(await leadsWith('12345')).toBe(0);
    // A changed cookie is no state at all.
    const value = cookie.split(';')[0]!.slice(SIGNUP_FLASH_COOKIE.length + 1);
    expect(readSignupFlash(value.slice(0, -2) + (value.endsWith('AA') ? 'BB' : 'AA'))).toBeNull();
  });

  it('answers a filled honeypot like a sign-up and stores nothing', async () => {
    const bot = valid({ website: 'https://spam.example' });
    const res = await post(bot, { ip: '203.0.113.3' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/bedankt');
    expect(await leadsWith(bot.phone)).toBe(0);
  });

  it('past the per-address limit: 429 with the readable page in its language and Retry-After; nothing stored', async () => {
    const ip = '203.0.113.4';
    for (let i = 0; i < 4; i++) expect((await post(valid(), { ip })).status).toBe(303);
    const late = valid();
    const res = await post(late, { locale: 'en', ip });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    const html = await res.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('Please wait');
    // Its own CSP, with the nonce of its <style>.
    const nonce = /<style nonce="([^"]+)"/.exec(html)?.[1];
    expect(res.headers.get('content-security-policy')).toContain(`'nonce-${nonce}'`);
    expect(await leadsWith(late.phone)).toBe(0);
    // Another address is not held back.
    expect((await post(valid(), { ip: '203.0.113.5' })).status).toBe(303);
  }, 60_000);

  it('refuses a post from another site (Origin or Sec-Fetch-Site) with 403, counting and storing nothing; a client without either passes', async () => {
    const before = await signupCount();
    const a = valid();
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.wijkwerf.example' },
      { origin: 'null' },
      // The request's Host is never believed: a post from the host it names is not PUBLIC_URL's.
      { origin: 'http://localhost:3000', host: 'localhost:3000' },
    ];
    for (const headers of crossSite) {
      const res = await post(a, { ip: '203.0.113.6', headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    // A readable page in the post's language, not a bare word.
    const refused = await post(a, { locale: 'ar', ip: '203.0.113.6', headers: crossSite[0]! });
    const html = await refused.text();
    expect(refused.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('لم يتم حفظ أي شيء');
    expect(html).toContain('href="/ar#aanmelden"');
    expect(await signupCount()).toBe(before);
    expect(await leadsWith(a.phone)).toBe(0);
    expect((await post(a, { ip: '203.0.113.6', headers: {} })).status).toBe(303);
    expect(await leadsWith(a.phone)).toBe(1);
  });

  it('with the database out of reach: 503 and "try again in a minute" in the page\'s language, no stack', async () => {
    state.broken = true;
    try {
      const res = await post(valid(), { locale: 'en', ip: '203.0.113.7' });
      expect(res.status).toBe(503);
      const html = await res.text();
      expect(html).toContain('This is not working right now. Please try again in a minute.');
      expect(html).not.toMatch(/ECONNREFUSED|at \w+ \(/);
    } finally {
      state.broken = false;
    }
  });

  it('refuses an unknown locale, a body that is not a form and one that is too large', async () => {
    expect((await post(valid(), { locale: 'xx' })).status).toBe(404);
    const json = new Request(`${ORIGIN}/aanmelden`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    const notAForm = await POST(json, { params: Promise.resolve({ locale: 'nl' }) });
    expect(notAForm.status).toBe(400);
    expect(await notAForm.text()).toContain('Het formulier was niet compleet of te groot. Er is niets opgeslagen.');
    // A file where a text field belongs is a field error, not a crash.
    const withFile = new FormData();
    for (const [k, v] of Object.entries(valid())) withFile.append(k, v);
    withFile.set('ref', new Blob(['x']), 'ref.txt');
    withFile.set('name', new Blob(['x']), 'name.txt');
    const fileRes = await POST(new Request(`${ORIGIN}/aanmelden`, { method: 'POST', body: withFile }), { params: Promise.resolve({ locale: 'nl' }) });
    expect(fileRes.status).toBe(303);
    expect(fileRes.headers.get('location')).toBe('/');
    const huge = valid({ name: 'x'.repeat(100_000) });
    expect((await post(huge, { ip: '203.0.113.8' })).status).toBe(400);
    expect(await leadsWith(huge.phone)).toBe(0);
  });

  it('sends someone who opens the address to the form', async () => {
    const res = await GET(new Request(`${ORIGIN}/en/aanmelden`), { params: Promise.resolve({ locale: 'en' }) });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en#aanmelden');
  });
});
