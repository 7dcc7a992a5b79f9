import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { MAX_WINDOW_SECONDS, hit, peek, purgeExpiredRateLimits, reset, type Window } from './index';
import { rowsOf } from '@/db/client';

const W: Window = { limit: 3, windowSeconds: 60 };
let n = 0;
/** A key of its own for each test, so tests never share counters. */
const freshKey = (label: string) => `test:${label}:${++n}`;

describe.each(testDrivers)('rate limits on $name', ({ name, open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts hits and stops allowing once the limit is exceeded', async () => {
    const key = freshKey('limit');
    const results = [];
    for (let i = 0; i < W.limit + 2; i++) results.push(await hit(h.db, key, W));
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5]);
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    for (const r of results) {
      expect(r.retryAfter).toBeGreaterThan(0);
      expect(r.retryAfter).toBeLessThanOrEqual(W.windowSeconds);
    }
  });

  it('keeps separate keys independent', async () => {
    const a = freshKey('a');
    const b = freshKey('b');
    for (let i = 0; i < W.limit + 1; i++) await hit(h.db, a, W);
    const first = await hit(h.db, b, W);
    expect(first).toMatchObject({ count: 1, allowed: true });
    expect(await peek(h.db, a, W)).toBe(W.limit + 1);
    expect(await peek(h.db, b, W)).toBe(1);
  });

  it('peek reports the count without counting', async () => {
    const key = freshKey('peek');
    expect(await peek(h.db, key, W)).toBe(0);
    await hit(h.db, key, W);
    await hit(h.db, key, W);
    expect(await peek(h.db, key, W)).toBe(2);
    expect(await peek(h.db, key, W)).toBe(2);
    expect((await hit(h.db, key, W)).count).toBe(3);
  });

  it('reset clears the counter for that key only', async () => {
    const key = freshKey('reset');
    const other = freshKey('other');
    for (let i = 0; i < W.limit + 1; i++) await hit(h.db, key, W);
    await hit(h.db, other, W);
    await reset(h.db, key);
    expect(await peek(h.db, key, W)).toBe(0);
    expect(await hit(h.db, key, W)).toMatchObject({ count: 1, allowed: true });
    expect(await peek(h.db, other, W)).toBe(1);
  });

  it('starts again at 1 when the window has expired', async () => {
    const key = freshKey('expiry');
    for (let i = 0; i < W.limit + 1; i++) await hit(h.db, key, W);
    expect((await hit(h.db, key, W)).allowed).toBe(false);

    await h.db.execute(sql`UPDATE rate_limits SET window_start = now() - interval '61 seconds' WHERE key = ${key}`);
    expect(await peek(h.db, key, W)).toBe(0);
    const again = await hit(h.db, key, W);
    expect(again).toMatchObject({ count: 1, allowed: true });
    expect(again.retryAfter).toBeGreaterThan(W.windowSeconds - 5);

    const rows = rowsOf<{ age: number }>(
      await h.db.execute(sql`SELECT EXTRACT(EPOCH FROM now() - window_start)::float AS age FROM rate_limits WHERE key = ${key}`),
    );
    expect(Number(rows[0]!.age)).toBeLessThan(5);
  });

  it('keeps counting within a window that has not yet expired', async () => {
    const key = freshKey('live');
    await hit(h.db, key, W);
    await h.db.execute(sql`UPDATE rate_limits SET window_start = now() - interval '50 seconds' WHERE key = ${key}`);
    const r = await hit(h.db, key, W);
    expect(r.count).toBe(2);
    expect(r.retryAfter).toBeGreaterThan(0);
    expect(r.retryAfter).toBeLessThanOrEqual(11);
  });

  it('purgeExpiredRateLimits deletes expired windows and keeps live ones', async () => {
    const old = freshKey('purge-old');
    const live = freshKey('purge-live');
    const young = freshKey('purge-young');
    for (const k of [old, live, young]) await hit(h.db, k, W);
    await h.db.execute(sql`UPDATE rate_limits SET window_start = now() - make_interval(secs => ${MAX_WINDOW_SECONDS + 60}) WHERE key = ${old}`);
    await h.db.execute(sql`UPDATE rate_limits SET window_start = now() - interval '30 seconds' WHERE key = ${young}`);

    const deleted = await purgeExpiredRateLimits(h.db, new Date());
    expect(deleted).toBeGreaterThanOrEqual(1);
    const keys = rowsOf<{ key: string }>(await h.db.execute(sql`SELECT key FROM rate_limits`)).map((r) => r.key);
    expect(keys).not.toContain(old);
    expect(keys).toContain(live);
    expect(keys).toContain(young);
    // The live counters still count where they were.
    expect(await peek(h.db, young, W)).toBe(1);
    expect((await hit(h.db, live, W)).count).toBe(2);

    // `now` decides what has expired: a day later the young window is gone too.
    await purgeExpiredRateLimits(h.db, new Date(Date.now() + (MAX_WINDOW_SECONDS + 60) * 1000));
    const after = rowsOf<{ key: string }>(await h.db.execute(sql`SELECT key FROM rate_limits WHERE key = ${young}`));
    expect(after).toHaveLength(0);
  });

  it('refuses a window longer than purging allows', async () => {
    await expect(hit(h.db, freshKey('long'), { limit: 1, windowSeconds: MAX_WINDOW_SECONDS + 1 })).rejects.toThrow();
  });

  it.runIf(name === 'postgres')('counts concurrent hits exactly', async () => {
    const key = freshKey('concurrent');
    const w: Window = { limit: 10, windowSeconds: 60 };
    const results = await Promise.all(Array.from({ length: 20 }, () => hit(h.db, key, w)));
    expect(results.map((r) => r.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(await peek(h.db, key, w)).toBe(20);
  });
});

describe.each(testDrivers)('hit without the WAL flush on its own, the caller\'s setting inside a transaction ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts the same either way, and a caller\'s transaction keeps synchronous_commit as it was', async () => {
    const w = { limit: 5, windowSeconds: 60 };
    const key = `unflushed:${Date.now()}:${Math.random()}`;
    expect((await hit(h.db, key, w)).count).toBe(1);
    const inside = await h.db.transaction(async (tx) => {
      const r = await hit(tx, key, w);
      const [s] = rowsOf<{ v: string }>(await tx.execute(sql`SELECT current_setting('synchronous_commit') AS v`));
      return { count: r.count, setting: s!.v };
    });
    expect(inside).toEqual({ count: 2, setting: 'on' });
    // The setting of the count's own transaction does not stay on the connection.
    const [after] = rowsOf<{ v: string }>(await h.db.execute(sql`SELECT current_setting('synchronous_commit') AS v`));
    expect(after!.v).toBe('on');
  });
});
