import { randomUUID } from 'node:crypto';
import { and, count, eq, gte, inArray, isNull, lt, lte, notInArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { CLOSED_STATUSES, type LeadStatus } from '@/lib/leads/journey/steps';
import { createdBySource, quietSince, signedCount, statusCounts } from './counts';

const DAY = 24 * 3600 * 1000;
const STATUSES: LeadStatus[] = ['new', 'contacted', 'registered', 'intake', 'offer', 'plan_signed', 'started', 'completed', 'closed'];
const SOURCES = ['public', 'ambassador', 'association', 'network', 'desk'] as const;
const CHANNELS = ['public', 'ambassador', 'association', 'network', 'desk', 'participant'] as const;

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

// Around the autumn clock change (25 October 2026, 03:00 → 02:00 in Amsterdam), so day edges in
// local time differ from UTC ones and one day has 25 hours.
const BASE = Date.parse('2026-10-20T00:00:00Z');

// The direct counts over `leads` the summary must equal.
async function directStatus(h: DbHandle) {
  const rows = await h.db.select({ s: leads.status, n: count() }).from(leads).where(isNull(leads.mergedIntoId)).groupBy(leads.status);
  return new Map(rows.filter((r) => r.n > 0).map((r) => [r.s, r.n]));
}
async function directSigned(h: DbHandle, from: string, to: string, channel: (typeof CHANNELS)[number] | null) {
  const [r] = await h.db
    .select({ n: count() })
    .from(leads)
    .where(and(isNull(leads.mergedIntoId), gte(leads.planSignedOn, from), lte(leads.planSignedOn, to), channel ? eq(leads.channel, channel) : undefined));
  return r!.n;
}
async function directCreated(h: DbHandle, from: Date, to: Date) {
  const rows = await h.db
    .select({ s: leads.source, n: count() })
    .from(leads)
    .where(and(isNull(leads.mergedIntoId), gte(leads.createdAt, from), lte(leads.createdAt, to)))
    .groupBy(leads.source);
  return new Map(rows.map((r) => [r.s as string, r.n]));
}
async function directQuiet(h: DbHandle, cutoff: Date) {
  const [r] = await h.db
    .select({ n: count() })
    .from(leads)
    .where(and(isNull(leads.mergedIntoId), notInArray(leads.status, [...CLOSED_STATUSES]), lt(leads.lastActivityAt, cutoff)));
  return r!.n;
}
const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, n]) => n !== 0));

describe.each(testDrivers)('lead summary counts on $name', ({ open }) => {
  let h: DbHandle;
  const random = rng(42);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const instant = () => new Date(BASE + Math.floor(random() * 12 * DAY));
  const day = () => new Date(BASE + Math.floor(random() * 12) * DAY).toISOString().slice(0, 10);

  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function expectEqualEverywhere() {
    expect(nonZero(await statusCounts(h.db))).toEqual(await directStatus(h));
    for (const [from, to] of [
      ['2026-10-20', '2026-10-31'],
      ['2026-10-24', '2026-10-25'],
      ['2026-10-26', '2026-10-26'],
      ['2026-11-01', '2026-12-31'],
    ] as const) {
      for (const channel of [null, 'ambassador', 'participant'] as const) {
        expect(await signedCount(h.db, from, to, channel), `${from}..${to} ${channel}`).toBe(await directSigned(h, from, to, channel));
      }
    }
    for (let i = 0; i < 12; i++) {
      // Instants on the hour, on local midnights and in between, before and after the clock change.
      const to = new Date(BASE + i * DAY + (i % 3) * 7.5 * 3600 * 1000 - (i % 2) * 3600 * 1000);
      const from = new Date(to.getTime() - (1 + (i % 7)) * DAY + (i % 4) * 1000);
      expect(nonZero(await createdBySource(h.db, from, to)), `${from.toISOString()}..${to.toISOString()}`).toEqual(await directCreated(h, from, to));
      expect(await quietSince(h.db, to), to.toISOString()).toBe(await directQuiet(h, to));
    }
  }

  it('equals the direct counts after sign-ups, steps, merges, activity, plan dates and deletions', async () => {
    const ids: string[] = [];
    for (let round = 0; round < 4; round++) {
      const rows = await h.db
        .insert(leads)
        .values(
          Array.from({ length: 40 }, (_, i) => {
            const created = instant();
            const status = pick(STATUSES);
            return {
              name: 'Test Persoon',
              phone: `+3161${String(round * 100 + i).padStart(7, '0')}`,
              preferredLanguage: 'ar',
              source: pick(SOURCES),
              channel: pick(CHANNELS),
              consentAt: created,
              consentVersion: 'test',
              status,
              planSignedOn: random() < 0.4 ? day() : null,
              mergedIntoId: random() < 0.1 ? randomUUID() : null,
              createdAt: created,
              lastActivityAt: new Date(created.getTime() + Math.floor(random() * 3 * DAY)),
            };
          }),
        )
        .returning({ id: leads.id });
      ids.push(...rows.map((r) => r.id));
      await expectEqualEverywhere();

      // Steps, activity, plan dates, channels, merges and unmerges, one lead at a time and in bulk.
      for (let i = 0; i < 25; i++) {
        const id = pick(ids);
        const change = Math.floor(random() * 6);
        const set =
          change === 0
            ? { status: pick(STATUSES) }
            : change === 1
              ? { lastActivityAt: instant() }
              : change === 2
                ? { planSignedOn: random() < 0.3 ? null : day(), channel: pick(CHANNELS) }
                : change === 3
                  ? { mergedIntoId: random() < 0.5 ? randomUUID() : null }
                  : change === 4
                    ? { source: pick(SOURCES), createdAt: instant() }
                    : { name: 'Andere Naam' }; // a change the summary does not depend on
        await h.db.update(leads).set(set).where(eq(leads.id, id));
      }
      await h.db
        .update(leads)
        .set({ status: 'closed', lastActivityAt: instant() })
        .where(inArray(leads.id, ids.slice(round * 5, round * 5 + 5)));
      await expectEqualEverywhere();
    }

    // Deleted leads (erasure) leave the figures, inside a transaction that is rolled back nothing changes.
    const gone = ids.splice(0, 30);
    await h.db.delete(leads).where(inArray(leads.id, gone));
    await expectEqualEverywhere();
    const before = await statusCounts(h.db);
    await h.db
      .transaction(async (tx) => {
        await tx.update(leads).set({ status: 'closed' }).where(inArray(leads.id, ids));
        const [closed] = await tx.select({ n: count() }).from(leads).where(and(isNull(leads.mergedIntoId), eq(leads.status, 'closed')));
        expect((await statusCounts(tx)).get('closed')).toBe(closed!.n);
        tx.rollback();
      })
      .catch(() => {});
    expect(await statusCounts(h.db)).toEqual(before);
  });

  it('starts again from nothing when the leads are truncated', async () => {
    await h.db.execute(sql`truncate leads cascade`);
    expect(nonZero(await statusCounts(h.db))).toEqual(new Map());
    expect(await quietSince(h.db, new Date(BASE + 30 * DAY))).toBe(0);
  });
});
