import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/lib/demo';
import { AFGHAN_OFFERS_2010, AFGHAN_OFFERS_TOTAL, seedCommunity } from '@/lib/demo/community';
import { associations, keyFigures, leadEvents, leads, networkOrganisations, signalReplies, signals } from '@/db/schema';
import { memoryTestDb } from '@/db/testing';
import { listOrganisations } from '@/lib/network/queries';
import { associationResults } from './queries';

describe('community demo data (full seedDemo on PGlite)', () => {
  let h: DbHandle;
  let afghanId: string;
  const now = new Date('2026-11-15T12:00:00Z');

  beforeAll(async () => {
    h = await memoryTestDb();
    await seedDemo(h.db, now);
    // seedDemo calls seedCommunity at its end once wired; until then (or if it did), this is safe to repeat.
    await seedCommunity(h.db, now);
    const [a] = await h.db.select({ id: associations.id }).from(associations).where(eq(associations.name, 'Afghaanse Vereniging Zoetermeer'));
    afghanId = a!.id;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('has the source’s Afghan figures: 62 offers in total, 13 of them in 2010', async () => {
    expect([AFGHAN_OFFERS_TOTAL, AFGHAN_OFFERS_2010]).toEqual([62, 13]);
    const r = await associationResults(h.db, afghanId);
    expect(r.total.offers).toBe(62);
    expect(r.years.find((y) => y.year === 2010)?.offers).toBe(13);
    expect(r.years.filter((y) => y.year < 2010).reduce((s, y) => s + y.offers, 0) + r.years.filter((y) => y.year > 2010).reduce((s, y) => s + y.offers, 0) + 13).toBe(62);
  });

  it('gives every added lead a consent, a creation event and a step at or past the offer', async () => {
    const own = and(eq(leads.associationId, afghanId), isNull(leads.mergedIntoId), isNotNull(leads.offerOn));
    const rows = await h.db.select().from(leads).where(own);
    for (const l of rows) {
      expect(['offer', 'plan_signed', 'started', 'completed']).toContain(l.status);
      expect(l.source).toBe('association');
      expect(l.consentVersion).toBeTruthy();
      expect(l.phone).toMatch(/^\+31619\d{6}$/);
    }
    const [{ n: leadsTotal }] = (await h.db.select({ n: count() }).from(leads)) as [{ n: number }];
    const [{ n: created }] = (await h.db.select({ n: count() }).from(leadEvents).where(eq(leadEvents.kind, 'created'))) as [{ n: number }];
    expect(created).toBe(leadsTotal);
    const phones = await h.db.select({ phone: leads.phone, n: count() }).from(leads).groupBy(leads.phone).having(sql`count(*) > 1`);
    expect(phones).toEqual([]);
  });

  it('fills the associations, signals in both states with replies, and a network with recent and overdue organisations', async () => {
    const assoc = await h.db.select().from(associations);
    expect(assoc.every((a) => a.contactPerson && a.subsidyNote)).toBe(true);
    const figures = await h.db.select({ a: keyFigures.associationId, n: count() }).from(keyFigures).groupBy(keyFigures.associationId);
    expect(figures).toHaveLength(4);
    for (const f of figures) expect(f.n).toBeGreaterThanOrEqual(2);
    const states = await h.db.select({ status: signals.status, n: count() }).from(signals).groupBy(signals.status);
    expect(Object.fromEntries(states.map((s) => [s.status, s.n > 0]))).toEqual({ new: true, handled: true });
    expect((await h.db.select({ n: count() }).from(signalReplies))[0]!.n).toBeGreaterThan(0);

    const orgs = await listOrganisations(h.db, {}, '2026-11-15');
    expect(orgs.length).toBeGreaterThanOrEqual(10);
    expect(orgs.some((o) => o.daysSince === null)).toBe(true);
    expect(orgs.some((o) => o.overdue && o.daysSince !== null)).toBe(true);
    expect(orgs.some((o) => !o.overdue)).toBe(true);
    expect(orgs.filter((o) => o.mayApproachMembers)).toHaveLength(2);
    expect(new Set(orgs.map((o) => o.kind)).size).toBeGreaterThanOrEqual(5);
  });

  it('changes nothing when run again', async () => {
    const counts = async () => [
      (await h.db.select({ n: count() }).from(leads))[0]!.n,
      (await h.db.select({ n: count() }).from(networkOrganisations))[0]!.n,
      (await h.db.select({ n: count() }).from(signals))[0]!.n,
      (await h.db.select({ n: count() }).from(keyFigures))[0]!.n,
    ];
    const before = await counts();
    await seedCommunity(h.db, now);
    expect(await counts()).toEqual(before);
    expect((await associationResults(h.db, afghanId)).total.offers).toBe(62);
  });
});
