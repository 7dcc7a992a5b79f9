import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';

// A small limit keeps the test quick; it must be set before the module reads it.
const saved = vi.hoisted(() => {
  const value = process.env.SIGNUP_RATE_LIMIT;
  process.env.SIGNUP_RATE_LIMIT = '4';
  return value;
});
afterAll(() => {
  if (saved === undefined) delete process.env.SIGNUP_RATE_LIMIT;
  else process.env.SIGNUP_RATE_LIMIT = saved;
});

const { SIGNUP_WINDOW, countSignup, refusePlainPost } = await import('./flood');
const freshIp = () => `iphash-${randomBytes(6).toString('hex')}`;

describe.each(testDrivers)('sign-up flood control on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('the action counts every sign-up and refuses past the limit', async () => {
    const ip = freshIp();
    const results = [];
    for (let i = 0; i < SIGNUP_WINDOW.limit + 2; i++) results.push((await countSignup(h.db, ip)).allowed);
    expect(results).toEqual([true, true, true, true, false, false]);
    expect((await countSignup(h.db, freshIp())).allowed).toBe(true);
  });

  it('the proxy does not count a plain post under the limit, so a request is counted once (by the action)', async () => {
    const ip = freshIp();
    for (let i = 0; i < SIGNUP_WINDOW.limit; i++) {
      expect(await refusePlainPost(h.db, ip)).toBeNull(); // the proxy lets it through ...
      expect((await countSignup(h.db, ip)).allowed).toBe(true); // ... and the action counts it: all 4 get in
    }
    // The next plain post is answered by the proxy with the 429 page and how long to wait.
    const refused = await refusePlainPost(h.db, ip);
    expect(refused).not.toBeNull();
    expect(refused!.allowed).toBe(false);
    expect(refused!.retryAfter).toBeGreaterThan(0);
    expect(refused!.retryAfter).toBeLessThanOrEqual(SIGNUP_WINDOW.windowSeconds);
  });
});
