import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, targetPeriods } from '@/db/schema';
import { DEMO_AMBASSADORS } from '@/lib/demo/data';
import { halfYearOf, seedTargets } from '@/lib/demo/targets';
import { memoryTestDb } from '@/db/testing';
import { currentPeriod, periodDetail } from './queries';

describe('seedTargets (demo data)', () => {
  let h: DbHandle;
  const now = new Date('2026-11-15T12:00:00Z');

  beforeAll(async () => {
    h = await memoryTestDb();
    await h.db.insert(ambassadors).values(
      DEMO_AMBASSADORS.map((a, i) => ({ displayName: a.name, status: a.status, referralCode: `AMB${String(i + 1).padStart(2, '0')}` })),
    );
    await seedTargets(h.db, now);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates the source period (75 plans in Q3+Q4 2010) and the current half-year (40)', async () => {
    const rows = await h.db.select().from(targetPeriods).orderBy(asc(targetPeriods.startsOn));
    expect(rows.map((p) => [p.name, p.startsOn, p.endsOn, p.groupTarget])).toEqual([
      ['Q3+Q4 2010', '2010-07-01', '2010-12-31', 75],
      ['Q3+Q4 2026', '2026-07-01', '2026-12-31', 40],
    ]);
    expect((await currentPeriod(h.db, '2026-11-15'))!.name).toBe('Q3+Q4 2026');
  });

  it('adjusts two personal targets in 2010; the other 19 active ambassadors share the rest', async () => {
    const [p2010] = await h.db.select().from(targetPeriods).orderBy(asc(targetPeriods.startsOn)).limit(1);
    const d = await periodDetail(h.db, p2010!, '2010-12-31');
    expect(d.rows).toHaveLength(21);
    const adjusted = d.rows.filter((r) => r.adjusted);
    expect(adjusted.map((r) => [r.name, r.target]).sort()).toEqual([
      ['Ahmad Karimi', 2],
      ['Fatima El Amrani', 5],
    ]);
    expect(d.total).toBe(75);
  });

  it('names the half-year by Dutch time', () => {
    expect(halfYearOf(new Date('2026-06-30T22:30:00Z'))).toEqual({ name: 'Q3+Q4 2026', startsOn: '2026-07-01', endsOn: '2026-12-31' });
    expect(halfYearOf(new Date('2027-03-01T12:00:00Z'))).toEqual({ name: 'Q1+Q2 2027', startsOn: '2027-01-01', endsOn: '2027-06-30' });
  });
});
