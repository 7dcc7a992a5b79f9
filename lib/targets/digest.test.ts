import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { render } from '@/lib/notifications/templates';
import { enqueueStaffDigests } from './digest';

describe.each(testDrivers)('the staff digest on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
    await h.db.insert(users).values([
      { email: 'c@digest.test', name: 'Marco', passwordHash: 'x', role: 'coordinator' },
      { email: 'w@digest.test', name: 'Sanne', passwordHash: 'x', role: 'caseworker' },
      { email: 'a@digest.test', name: 'Admin', passwordHash: 'x', role: 'admin' },
    ]);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('goes to coordinators and caseworkers once a week, with counts only', async () => {
    const monday = new Date('2026-11-30T06:00:00Z');
    expect((await enqueueStaffDigests(h.db, monday)).digest).toBe(2);
    // The same week (Sunday evening, Amsterdam): nothing new.
    expect((await enqueueStaffDigests(h.db, new Date('2026-12-06T20:00:00Z'))).digest).toBe(0);
    // The next week: again.
    expect((await enqueueStaffDigests(h.db, new Date('2026-12-07T06:00:00Z'))).digest).toBe(2);
    const rows = await h.db.select().from(notifications).where(eq(notifications.template, 'staffDigest'));
    expect(rows).toHaveLength(4);
    const text = render('staffDigest', 'nl', rows[0]!.params, { name: 'Marco', user: true }).text;
    expect(text).toContain('0 leads zijn over tijd');
    // No claims waiting: no notice about them.
    expect(await h.db.select().from(notifications).where(eq(notifications.template, 'staffClaimsWaiting'))).toEqual([]);
  });
});
