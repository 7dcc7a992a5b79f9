import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { associations, importBatches } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createUser } from '@/lib/users/mutations';
import { purgeOldImportData } from './mutations';

describe.each(testDrivers)('import data retention on $name', ({ name, open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('clears the rows of batches older than 14 days and keeps newer ones and all counts', async () => {
    const [a] = await h.db.insert(associations).values({ name: `Purge ${name}`, community: 'Test' }).returning();
    const userId = await createUser(h.db, { email: `purge-${name}@t.nl`, name: 'P', role: 'association', password: 'a-long-password', associationId: a!.id });
    const now = new Date('2026-11-28T12:00:00Z');
    const day = 24 * 3600 * 1000;
    const batch = (ageDays: number) => ({
      associationId: a!.id,
      userId,
      fileName: 'f.csv',
      fileSha256: 'x',
      rowCount: 2,
      validCount: 1,
      rows: [{ name: 'Naam', phone: '+31612345678' }],
      failedRows: [{ row: 3, values: { name: '' }, errors: { name: 'required' } }],
      createdAt: new Date(now.getTime() - ageDays * day),
    });
    const [old, fresh] = await h.db.insert(importBatches).values([batch(15), batch(13)]).returning();
    await purgeOldImportData(h.db, now);
    const [o] = await h.db.select().from(importBatches).where(eq(importBatches.id, old!.id));
    const [f] = await h.db.select().from(importBatches).where(eq(importBatches.id, fresh!.id));
    expect(o).toMatchObject({ rows: null, failedRows: null, rowCount: 2, validCount: 1 });
    expect(f!.rows).toHaveLength(1);
    expect(f!.failedRows).toHaveLength(1);
  });
});
