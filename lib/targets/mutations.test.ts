import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadorTargets, ambassadors, auditLog, targetPeriods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { createPeriod, setPersonalTarget } from './mutations';
import { getPeriod, periodDetail } from './queries';

describe.each(testDrivers)('target mutations on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const amb: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db
      .insert(users)
      .values({ email: 'coordinator@test.nl', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' })
      .returning({ id: users.id });
    coordinatorId = u!.id;
    for (const [name, status] of [
      ['Anna', 'active'],
      ['Bram', 'active'],
      ['Cem', 'active'],
      ['Dina', 'stopped'],
    ] as const) {
      const [a] = await h.db.insert(ambassadors).values({ displayName: name, status, referralCode: name.toUpperCase() }).returning({ id: ambassadors.id });
      amb[name] = a!.id;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const periodCount = async () => (await h.db.select({ n: count() }).from(targetPeriods))[0]!.n;
  const auditCount = async () => (await h.db.select({ n: count() }).from(auditLog))[0]!.n;
  const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ActionError);

  describe('createPeriod', () => {
    it('stores a valid period and records who created it, without personal data', async () => {
      const id = await createPeriod(h.db, coordinatorId, { name: ' Q3+Q4 2010 ', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: '75' });
      expect(await getPeriod(h.db, id)).toMatchObject({ name: 'Q3+Q4 2010', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: 75 });
      const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ action: 'target.period_created', entityType: 'target', actorUserId: coordinatorId });
      expect(JSON.stringify(entries[0])).not.toContain('Marco');
    });

    it.each([
      [{ endsOn: '2010-06-01' }, { endsOn: 'targets.errors.endNotAfterStart' }],
      [{ endsOn: '2010-07-01' }, { endsOn: 'targets.errors.endNotAfterStart' }],
      [{ groupTarget: '0' }, { groupTarget: 'targets.errors.targetRange' }],
      [{ groupTarget: '100001' }, { groupTarget: 'targets.errors.targetRange' }],
      [{ name: '   ' }, { name: 'targets.errors.required' }],
      [{ startsOn: '2010-13-01' }, { startsOn: 'targets.errors.invalidDate' }],
    ])('refuses %j with field errors and stores nothing', async (change, fieldErrors) => {
      const [periods, audits] = [await periodCount(), await auditCount()];
      const err = await errorOf(createPeriod(h.db, coordinatorId, { name: 'Fout', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: '75', ...change }));
      expect(err).toBeInstanceOf(ActionError);
      expect(err!.fieldErrors).toEqual(fieldErrors);
      expect(await periodCount()).toBe(periods);
      expect(await auditCount()).toBe(audits);
    });
  });

  describe('setPersonalTarget', () => {
    async function detail(periodId: string) {
      const p = (await getPeriod(h.db, periodId))!;
      const d = await periodDetail(h.db, p, '2011-03-01');
      return Object.fromEntries(d.rows.map((r) => [r.name, `${r.target}${r.adjusted ? '*' : ''}`]));
    }

    it('adjusts one ambassador, shares the rest equally over the others, and can return to the equal split', async () => {
      const periodId = await createPeriod(h.db, coordinatorId, { name: 'H1 2011', startsOn: '2011-01-01', endsOn: '2011-06-30', groupTarget: '10' });
      expect(await detail(periodId)).toEqual({ Anna: '4', Bram: '3', Cem: '3' });

      await setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId, ambassadorId: amb.Bram!, target: 6 });
      // 4 left for Anna and Cem.
      expect(await detail(periodId)).toEqual({ Anna: '2', Bram: '6*', Cem: '2' });

      // Saving again replaces the override.
      await setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId, ambassadorId: amb.Bram!, target: 1 });
      expect(await detail(periodId)).toEqual({ Anna: '5', Bram: '1*', Cem: '4' });
      const rows = await h.db.select().from(ambassadorTargets).where(eq(ambassadorTargets.periodId, periodId));
      expect(rows).toEqual([{ periodId, ambassadorId: amb.Bram, target: 1 }]);

      await setPersonalTarget(h.db, coordinatorId, { intent: 'clear', periodId, ambassadorId: amb.Bram! });
      expect(await detail(periodId)).toEqual({ Anna: '4', Bram: '3', Cem: '3' });
      expect(await h.db.select().from(ambassadorTargets).where(eq(ambassadorTargets.periodId, periodId))).toEqual([]);

      const entries = await h.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, periodId), eq(auditLog.action, 'target.updated')));
      expect(entries.map((e) => e.details)).toEqual(
        expect.arrayContaining([
          { ambassadorId: amb.Bram, target: 6, cleared: false },
          { ambassadorId: amb.Bram, target: 1, cleared: false },
          { ambassadorId: amb.Bram, target: null, cleared: true },
        ]),
      );
      expect(entries.every((e) => e.actorUserId === coordinatorId && e.entityType === 'target')).toBe(true);
    });

    it('gives the others 0 when an override is larger than the group target', async () => {
      const periodId = await createPeriod(h.db, coordinatorId, { name: 'Klein', startsOn: '2012-01-01', endsOn: '2012-01-31', groupTarget: '5' });
      await setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId, ambassadorId: amb.Anna!, target: 8 });
      expect(await detail(periodId)).toEqual({ Anna: '8*', Bram: '0', Cem: '0' });
    });

    it('keeps overrides per period', async () => {
      const a = await createPeriod(h.db, coordinatorId, { name: 'A', startsOn: '2013-01-01', endsOn: '2013-06-30', groupTarget: '9' });
      const b = await createPeriod(h.db, coordinatorId, { name: 'B', startsOn: '2013-07-01', endsOn: '2013-12-31', groupTarget: '9' });
      await setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId: a, ambassadorId: amb.Cem!, target: 0 });
      expect(await detail(a)).toEqual({ Anna: '5', Bram: '4', Cem: '0*' });
      // The table stays in name order, adjusted or not.
      expect(Object.keys(await detail(a))).toEqual(['Anna', 'Bram', 'Cem']);
      expect(await detail(b)).toEqual({ Anna: '3', Bram: '3', Cem: '3' });
    });

    it('refuses a personal target for a stopped ambassador, an unknown ambassador or an unknown period, and changes nothing', async () => {
      const periodId = await createPeriod(h.db, coordinatorId, { name: 'C', startsOn: '2014-01-01', endsOn: '2014-06-30', groupTarget: '9' });
      const audits = await auditCount();
      expect((await errorOf(setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId, ambassadorId: amb.Dina!, target: 3 })))!.key).toBe('targets.errors.notActive');
      expect((await errorOf(setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId, ambassadorId: randomUUID(), target: 3 })))!.key).toBe('targets.errors.notFound');
      expect((await errorOf(setPersonalTarget(h.db, coordinatorId, { intent: 'set', periodId: randomUUID(), ambassadorId: amb.Anna!, target: 3 })))!.key).toBe('targets.errors.notFound');
      expect(await h.db.select().from(ambassadorTargets).where(eq(ambassadorTargets.periodId, periodId))).toEqual([]);
      expect(await auditCount()).toBe(audits);
    });

    it('records nothing when clearing a target that was not adjusted', async () => {
      const periodId = await createPeriod(h.db, coordinatorId, { name: 'D', startsOn: '2015-01-01', endsOn: '2015-06-30', groupTarget: '9' });
      const audits = await auditCount();
      await setPersonalTarget(h.db, coordinatorId, { intent: 'clear', periodId, ambassadorId: amb.Anna! });
      expect(await auditCount()).toBe(audits);
    });
  });
});
