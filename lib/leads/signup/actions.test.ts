import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { memoryTestDb } from '@/db/testing';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';

// The action as Next runs it for a direct POST that no proxy counted: request headers without
// any flag, the socket address passed on by our server, nobody signed in.
const state = vi.hoisted(() => {
  process.env.SIGNUP_RATE_LIMIT = '3';
  process.env.WIJKWERF_PEER_TOKEN = 'test-token';
  return { db: undefined as unknown as DbHandle['db'], fetchAction: true, peer: '203.0.113.77', locale: 'nl' };
});
// `fetchAction`: posted by the form's JavaScript (Next sends the Next-Action header); else a plain form post.
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-wijkwerf-peer': `test-token ${state.peer}`, ...(state.fetchAction ? { 'next-action': 'abc123' } : {}) }),
}));
vi.mock('next-intl/server', () => ({ getLocale: async () => state.locale }));
vi.mock('@/lib/auth/gate', () => ({ getCurrentUser: async () => null, requirePermission: async () => null }));
vi.mock('@/db/client', async (orig) => ({ ...(await orig<object>()), getDb: () => state.db }));

const { signupAction } = await import('./actions');

function form(i: number, extra: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries({ name: 'Bot', phone: `0620${String(i).padStart(6, '0')}`, language: 'ar', neighbourhood: 'other', forWhom: 'self', consent: 'on', ...extra })) f.set(k, v);
  return f;
}

/** Where a plain form post was redirected to (the error Next turns into a 303), or what it returned. */
async function plainPost(f: FormData): Promise<{ location: string } | { state: unknown }> {
  state.fetchAction = false;
  try {
    return { state: await signupAction({ status: 'idle' }, f) };
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? '');
    if (!digest.startsWith('NEXT_REDIRECT')) throw e;
    return { location: digest.split(';')[2]! };
  } finally {
    state.fetchAction = true;
  }
}

describe('signupAction flood control', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await memoryTestDb();
    state.db = h.db;
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('refuses a direct POST of the action past the limit, with the form error and the typed values', async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await signupAction({ status: 'idle' }, form(i)));
    expect(results.slice(0, 3).map((r) => r.status)).toEqual(['success', 'success', 'success']);
    expect(results[3]).toMatchObject({ status: 'error', formError: 'rateLimited', values: { name: 'Bot' } });
    expect(results[4]).toMatchObject({ status: 'error', formError: 'rateLimited' });
  }, 120_000);
});

describe('signupAction without JavaScript (Post/Redirect/Get)', () => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await memoryTestDb();
    state.db = h.db;
    state.peer = '198.51.100.9';
  }, 240_000);
  afterAll(async () => {
    await h?.close();
  });

  it('redirects a stored sign-up to the thank-you page in its language, keeping the referral code', async () => {
    expect(await plainPost(form(101))).toEqual({ location: '/bedankt' });
    state.locale = 'ar';
    expect(await plainPost(form(102, { ref: 'AMB01' }))).toEqual({ location: '/ar/bedankt?ref=AMB01' });
    state.locale = 'nl';
    const stored = await h.db.execute<{ n: number }>(sql`select count(*)::int as n from leads where phone in ('+31620000101', '+31620000102')`);
    expect(rowsOf<{ n: number }>(stored)[0]!.n).toBe(2);
  }, 120_000);

  it('does not redirect a form with errors: the page is rendered again with the values', async () => {
    const out = await plainPost(form(103, { phone: '12345' }));
    expect(out).toMatchObject({ state: { status: 'error', fieldErrors: { phone: expect.any(String) }, values: { phone: '12345', name: 'Bot' } } });
  });

  it('answers the JavaScript form with its success state instead of a redirect', async () => {
    expect(await signupAction({ status: 'idle' }, form(104))).toMatchObject({ status: 'success' });
  });
});
