import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { databaseReady } from './queries';

describe.each(testDrivers)('databaseReady ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is ready while the database answers', async () => {
    expect(await databaseReady(h.db)).toEqual({ ready: true });
  });

  it('is not ready, without throwing, when the database does not answer in time', async () => {
    const slow = { execute: () => new Promise(() => {}) } as unknown as typeof h.db;
    expect(await databaseReady(slow, 50)).toEqual({ ready: false, code: 'TIMEOUT' });
  });

  it('is not ready when the query fails, and names only the error code', async () => {
    const broken = { execute: () => h.db.execute(sql`select * from no_such_table`) } as unknown as typeof h.db;
    const r = await databaseReady(broken);
    expect(r.ready).toBe(false);
    expect(r.code).toMatch(/^(42P01|ERROR)$/);
  });
});
