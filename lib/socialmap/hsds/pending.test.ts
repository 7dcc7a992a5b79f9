import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { hsdsPendingImports } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createUser } from '@/lib/users/mutations';
import { loadPending, purgeExpiredPendingImports, removePending, savePending } from './pending';
import { sampleOrganization } from './test-fixtures';

describe.each(testDrivers)('pending HSDS uploads in the database ($name)', ({ name, open }) => {
  let h: DbHandle;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    h = await open();
    alice = await createUser(h.db, { email: `alice-${name}@t.nl`, name: 'A', role: 'coordinator', password: 'a-long-password' });
    bob = await createUser(h.db, { email: `bob-${name}@t.nl`, name: 'B', role: 'admin', password: 'a-long-password' });
  });
  afterAll(async () => h?.close());

  it('keeps the package in the database under a random token: another instance (handle) finds it', async () => {
    const pkg = [sampleOrganization({ name: 'Bieb' })];
    const token = await savePending(h.db, alice, 'kaart.json', pkg);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const [row] = await h.db.select().from(hsdsPendingImports).where(eq(hsdsPendingImports.id, token));
    expect(row).toMatchObject({ user_id: alice, file_name: 'kaart.json' });
    const p = await loadPending(h.db, token, alice);
    expect(p).toMatchObject({ userId: alice, fileName: 'kaart.json', payload: pkg });
    const second = await savePending(h.db, alice, 'kaart.json', pkg);
    expect(second).not.toBe(token);
  });

  it('only the uploader can read or remove it; a malformed token is nothing', async () => {
    const token = await savePending(h.db, alice, 'a.json', []);
    expect(await loadPending(h.db, token, bob)).toBeNull();
    await removePending(h.db, token, bob);
    expect(await loadPending(h.db, token, alice)).not.toBeNull();
    expect(await loadPending(h.db, '../../etc/passwd', alice)).toBeNull();
    await removePending(h.db, token, alice);
    expect(await loadPending(h.db, token, alice)).toBeNull();
  });

  it('is gone after a day: not loaded, and purged', async () => {
    const token = await savePending(h.db, alice, 'oud.json', []);
    const fresh = await savePending(h.db, alice, 'nieuw.json', []);
    await h.db.update(hsdsPendingImports).set({ created_at: new Date(Date.now() - 25 * 3600 * 1000) }).where(eq(hsdsPendingImports.id, token));
    expect(await loadPending(h.db, token, alice)).toBeNull();
    expect(await purgeExpiredPendingImports(h.db)).toBe(1);
    expect(await h.db.select().from(hsdsPendingImports).where(eq(hsdsPendingImports.id, token))).toEqual([]);
    expect(await loadPending(h.db, fresh, alice)).not.toBeNull();
  });
});
