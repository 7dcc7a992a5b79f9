import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { associations, hsdsPendingImports, importBatches, rateLimits, referralEvents, referrals, service } from '@/db/schema';
import { seedSocialMap } from '@/lib/demo/socialmap';
import { testDrivers } from '@/db/testing';
import { purgeUnconfirmedImports } from '@/lib/privacy/retention';
import { hit, purgeExpiredRateLimits } from '@/lib/ratelimit';
import { purgeExpiredPendingImports, savePending } from '@/lib/socialmap/hsds/pending';
import { expireStaleReferrals } from '@/lib/socialmap/referrals/mutations';
import { getReferral, listReferrals } from '@/lib/socialmap/referrals/queries';
import { createUser } from '@/lib/users/mutations';

const HOUR = 3600 * 1000;

describe.each(testDrivers)('maintenance purges ($name)', ({ name, open }) => {
  let h: DbHandle;
  let associationId: string;
  let userId: string;
  beforeAll(async () => {
    h = await open();
    const [a] = await h.db.insert(associations).values({ name: `Onderhoud ${name}`, community: 'Test' }).returning();
    associationId = a!.id;
    userId = await createUser(h.db, { email: `m-${name}@t.nl`, name: 'M', role: 'association', password: 'a-long-password', associationId });
  });
  afterAll(async () => h?.close());

  it('deletes association previews not confirmed within 24 hours; keeps newer ones and imported batches', async () => {
    const now = new Date();
    const batch = (ageHours: number, status: 'previewed' | 'imported') => ({
      associationId,
      userId,
      fileName: 'f.csv',
      fileSha256: 'x',
      status,
      rowCount: 1,
      validCount: 1,
      rows: [{ name: 'Naam', phone: '+31612345678' }],
      createdAt: new Date(now.getTime() - ageHours * HOUR),
    });
    const rows = await h.db.insert(importBatches).values([batch(25, 'previewed'), batch(23, 'previewed'), batch(48, 'imported')]).returning({ id: importBatches.id });
    expect(await purgeUnconfirmedImports(h.db, now)).toBe(1);
    const left = await h.db.select({ id: importBatches.id }).from(importBatches).where(inArray(importBatches.id, rows.map((r) => r.id)));
    expect(left.map((r) => r.id).sort()).toEqual([rows[1]!.id, rows[2]!.id].sort());
  });

  it('deletes pending HSDS uploads older than 24 hours', async () => {
    const old = await savePending(h.db, userId, 'oud.json', []);
    const fresh = await savePending(h.db, userId, 'nieuw.json', []);
    await h.db.update(hsdsPendingImports).set({ created_at: new Date(Date.now() - 30 * HOUR) }).where(eq(hsdsPendingImports.id, old));
    expect(await purgeExpiredPendingImports(h.db)).toBe(1);
    expect((await h.db.select({ id: hsdsPendingImports.id }).from(hsdsPendingImports)).map((r) => r.id)).toEqual([fresh]);
  });

  it('deletes rate-limit counters whose window has ended, keeps live ones (which still count)', async () => {
    const w = { limit: 3, windowSeconds: 900 };
    await hit(h.db, 'login:acct:old', w);
    await hit(h.db, 'login:acct:live', w);
    await h.db.update(rateLimits).set({ windowStart: new Date(Date.now() - 2 * 24 * HOUR) }).where(eq(rateLimits.key, 'login:acct:old'));
    expect(await purgeExpiredRateLimits(h.db)).toBe(1);
    const keys = (await h.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key);
    expect(keys).toEqual(['login:acct:live']);
    expect((await hit(h.db, 'login:acct:live', w)).count).toBe(2);
  });

  it('stores the expiry of open referrals without news for 30 days, dated when it ran out, so what users see does not change', async () => {
    await h.db.transaction((tx) => seedSocialMap(tx));
    const [svc] = await h.db.select({ id: service.id }).from(service).limit(1);
    const now = new Date();
    const DAY = 24 * HOUR;
    const referral = (daysAgo: number, status: 'sent' | 'in_contact' | 'helped') => ({
      service_id: svc!.id,
      first_name: 'Yara',
      phone: '+31619981234',
      consent_at: new Date(now.getTime() - daysAgo * DAY),
      referred_by_user_id: userId,
      contact_preference: 'phone' as const,
      status,
      last_update_at: new Date(now.getTime() - daysAgo * DAY),
    });
    const [old, inContact, recent, done] = await h.db
      .insert(referrals)
      .values([referral(40, 'sent'), referral(31, 'in_contact'), referral(10, 'sent'), referral(60, 'helped')])
      .returning({ id: referrals.id });
    const seen = async () => ({
      list: (await listReferrals(h.db, { userId }, {}, 50, now)).rows,
      page: await getReferral(h.db, old!.id, { userId }, now).then((r) => ({ ...r, events: r?.events.map(({ id: _, ...e }) => e) })),
    });
    const before = await seen();

    const stored = await expireStaleReferrals(h.db, now);
    expect(stored.sort()).toEqual([old!.id, inContact!.id].sort());
    const rows = await h.db.select().from(referrals).where(inArray(referrals.id, [old!.id, inContact!.id, recent!.id, done!.id]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old!.id)).toMatchObject({ status: 'expired', last_update_at: new Date(now.getTime() - 10 * DAY) });
    expect(byId.get(inContact!.id)).toMatchObject({ status: 'expired', last_update_at: new Date(now.getTime() - 1 * DAY) });
    expect(byId.get(recent!.id)!.status).toBe('sent');
    expect(byId.get(done!.id)!.status).toBe('helped');
    expect(await h.db.select({ from: referralEvents.from_status, to: referralEvents.to_status }).from(referralEvents).where(eq(referralEvents.referral_id, old!.id))).toEqual([
      { from: 'sent', to: 'expired' },
    ]);
    expect(await seen()).toEqual(before);
    expect(await expireStaleReferrals(h.db, now)).toEqual([]);
  });
});
