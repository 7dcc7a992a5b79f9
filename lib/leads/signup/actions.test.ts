import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { memoryTestDb } from '@/db/testing';

// The action as Next runs it for a direct POST that no proxy counted: request headers without
// any flag, the socket address passed on by our server, nobody signed in.
const state = vi.hoisted(() => {
  process.env.SIGNUP_RATE_LIMIT = '3';
  process.env.WIJKWERF_PEER_TOKEN = 'test-token';
  return { db: undefined as unknown as DbHandle['db'] };
});
vi.mock('next/headers', () => ({ headers: async () => new Headers({ 'x-wijkwerf-peer': 'test-token 203.0.113.77' }) }));
vi.mock('@/lib/auth/gate', () => ({ getCurrentUser: async () => null, requirePermission: async () => null }));
vi.mock('@/db/client', async (orig) => ({ ...(await orig<object>()), getDb: () => state.db }));

const { signupAction } = await import('./actions');

function form(i: number): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries({ name: 'Bot', phone: `0620${String(i).padStart(6, '0')}`, language: 'ar', neighbourhood: 'other', forWhom: 'self', consent: 'on' })) f.set(k, v);
  return f;
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
