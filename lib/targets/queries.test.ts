import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, leads, neighbourhoods, targetPeriods } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { isOverdue, type LeadStatus } from '@/lib/leads/journey/steps';
import { createPeriod } from './mutations';
import {
  ambassadorOverview,
  currentPeriod,
  funnel,
  getPeriod,
  listPeriods,
  overdueCount,
  periodDetail,
  signedInPeriod,
  signupsThisWeek,
  staffStart,
} from './queries';

const DAY = 24 * 3600 * 1000;
let phoneSeq = 0;

type LeadSpec = {
  status?: LeadStatus;
  planSignedOn?: string | null;
  amb?: string | null;
  merged?: boolean;
  source?: 'public' | 'ambassador' | 'association' | 'network' | 'desk';
  createdAt?: Date;
  lastActivityAt?: Date;
};

async function addLeads(h: DbHandle, specs: LeadSpec[]) {
  if (!specs.length) return [];
  return h.db
    .insert(leads)
    .values(
      specs.map((s) => ({
        name: 'Test Persoon',
        phone: `+3161${String(++phoneSeq).padStart(7, '0')}`,
        preferredLanguage: 'ar',
        source: s.source ?? (s.amb ? ('ambassador' as const) : ('public' as const)),
        recruitedByAmbassadorId: s.amb ?? null,
        consentAt: s.createdAt ?? new Date('2010-01-01T10:00:00Z'),
        consentVersion: 'test',
        status: s.status ?? (s.planSignedOn ? ('plan_signed' as const) : ('new' as const)),
        planSignedOn: s.planSignedOn ?? null,
        // merged into some other lead (the column has no foreign key)
        mergedIntoId: s.merged ? randomUUID() : null,
        ...(s.createdAt ? { createdAt: s.createdAt } : {}),
        ...(s.lastActivityAt ? { lastActivityAt: s.lastActivityAt } : {}),
      })),
    )
    .returning({ id: leads.id });
}

async function addAmbassador(h: DbHandle, name: string, status: 'candidate' | 'active' | 'stopped', extra: Partial<typeof ambassadors.$inferInsert> = {}) {
  const [a] = await h.db
    .insert(ambassadors)
    .values({ displayName: name, status, referralCode: `${name.toUpperCase()}${Math.random().toString(36).slice(2, 8)}`, ...extra })
    .returning({ id: ambassadors.id });
  return a!.id;
}

async function period(h: DbHandle, name: string, startsOn: string, endsOn: string, groupTarget: number) {
  const id = await createPeriod(h.db, null, { name, startsOn, endsOn, groupTarget: String(groupTarget) });
  return (await getPeriod(h.db, id))!;
}

describe.each(testDrivers)('period progress and personal results on $name', ({ open }) => {
  let h: DbHandle;
  let anna: string, bram: string, cem: string, dina: string, eva: string;

  beforeAll(async () => {
    h = await open();
    anna = await addAmbassador(h, 'Anna', 'active');
    bram = await addAmbassador(h, 'Bram', 'active');
    cem = await addAmbassador(h, 'Cem', 'active');
    dina = await addAmbassador(h, 'Dina', 'stopped');
    eva = await addAmbassador(h, 'Eva', 'candidate');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts plans by their signed date inside the period only: first and last day included, merged leads out, moved-on leads in', async () => {
    const p = await period(h, 'Q3+Q4 2010', '2010-07-01', '2010-12-31', 75);
    await addLeads(h, [
      { planSignedOn: '2010-07-01' }, // first day
      { planSignedOn: '2010-12-31', status: 'completed' }, // last day, course completed since
      { planSignedOn: '2010-09-15', status: 'started' },
      { planSignedOn: '2010-10-01', status: 'closed' }, // dropped out after signing: the plan was signed
      { planSignedOn: '2010-06-30' }, // the day before
      { planSignedOn: '2011-01-01', status: 'started' }, // the day after
      { planSignedOn: '2010-08-01', merged: true }, // a merged duplicate
      { status: 'offer' }, // not signed yet
    ]);
    expect(await signedInPeriod(h.db, p)).toBe(4);
    const listed = (await listPeriods(h.db)).find((x) => x.id === p.id)!;
    expect(listed).toMatchObject({ name: 'Q3+Q4 2010', groupTarget: 75, signed: 4 });
    const detail = await periodDetail(h.db, p, '2010-12-18');
    expect(detail.signed).toBe(4);
    // 71 still needed in 14 days: 35.5 a week.
    expect(detail.pace).toMatchObject({ kind: 'needed', remaining: 71, daysLeft: 14, perWeek: 35.5 });
  });

  it("gives each active ambassador the equal split and their own signed plans in the period as result", async () => {
    const p = await period(h, 'H1 2012', '2012-01-01', '2012-06-30', 10);
    await addLeads(h, [
      { amb: anna, planSignedOn: '2012-01-01' },
      { amb: anna, planSignedOn: '2012-06-30', status: 'completed' },
      { amb: anna, planSignedOn: '2012-03-01', merged: true },
      { amb: bram, planSignedOn: '2012-02-02' },
      { amb: bram, planSignedOn: '2012-07-01' }, // next period
      { amb: bram, status: 'intake' },
      { amb: dina, planSignedOn: '2012-04-04' }, // stopped since
      { planSignedOn: '2012-05-05' }, // public sign-up, nobody's
    ]);
    const d = await periodDetail(h.db, p, '2012-03-01');
    expect(d.signed).toBe(5);
    expect(d.rows.map((r) => [r.name, r.target, r.adjusted, r.result])).toEqual([
      ['Anna', 4, false, 2],
      ['Bram', 3, false, 1],
      ['Cem', 3, false, 0],
    ]);
    expect(d.total).toBe(10);
    expect(d.signedByOthers).toBe(1);
    // Candidates and stopped ambassadors carry no personal target.
    expect(d.rows.map((r) => r.ambassadorId)).not.toContain(dina);
    expect(d.rows.map((r) => r.ambassadorId)).not.toContain(eva);
    expect(d.rows.map((r) => r.ambassadorId)).toEqual([anna, bram, cem]);
  });

  it('lists every ambassador in the overview, with target and result only for the current period', async () => {
    const [wijk] = await h.db.select().from(neighbourhoods).limit(1);
    const fay = await addAmbassador(h, 'Fay', 'active', { languages: ['nl', 'ti'], nt2Level: 'A2', neighbourhoodId: wijk!.id });
    const { period: p, rows } = await ambassadorOverview(h.db, '2012-03-01');
    expect(p!.name).toBe('H1 2012');
    expect(rows.map((r) => [r.name, r.status])).toEqual([
      ['Anna', 'active'],
      ['Bram', 'active'],
      ['Cem', 'active'],
      ['Fay', 'active'],
      ['Eva', 'candidate'],
      ['Dina', 'stopped'],
    ]);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    // Four active now: 10 = 3 + 3 + 2 + 2.
    expect([byName.Anna!.target, byName.Bram!.target, byName.Cem!.target, byName.Fay!.target]).toEqual([3, 3, 2, 2]);
    expect(byName.Fay).toMatchObject({ id: fay, languages: ['nl', 'ti'], nt2Level: 'A2', wijk: wijk!.name, result: 0 });
    expect(byName.Dina).toMatchObject({ target: null, result: 1 });
    expect(byName.Eva).toMatchObject({ target: null, result: 0 });
    expect(byName.Anna!.result).toBe(2);
      });
});

describe.each(testDrivers)('start page figures on $name', ({ open }) => {
  let h: DbHandle;
  const now = new Date('2026-03-10T12:00:00Z');

  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has no current period before any is made', async () => {
    expect(await currentPeriod(h.db, '2026-03-10')).toBeNull();
    const s = await staffStart(h.db, now, '2026-03-10');
    expect(s.period).toBeNull();
    expect(s.pace).toBeNull();
  });

  it('picks the period containing today (the latest started), else the last one ended, else the next one', async () => {
    await h.db.insert(targetPeriods).values([
      { name: 'Later', startsOn: '2027-01-01', endsOn: '2027-06-30', groupTarget: 5 },
      { name: 'H1 2026', startsOn: '2026-01-01', endsOn: '2026-06-30', groupTarget: 40 },
    ]);
    expect((await currentPeriod(h.db, '2020-01-01'))!.name).toBe('H1 2026'); // none yet: the first to come
    expect((await currentPeriod(h.db, '2026-01-01'))!.name).toBe('H1 2026');
    expect((await currentPeriod(h.db, '2026-06-30'))!.name).toBe('H1 2026');
    expect((await currentPeriod(h.db, '2026-09-01'))!.name).toBe('H1 2026'); // between periods: the last one ended
    await h.db.insert(targetPeriods).values({ name: 'Sprint maart', startsOn: '2026-03-01', endsOn: '2026-03-14', groupTarget: 4 });
    expect((await currentPeriod(h.db, '2026-03-10'))!.name).toBe('Sprint maart');
    expect((await currentPeriod(h.db, '2026-03-15'))!.name).toBe('H1 2026');
    expect((await currentPeriod(h.db, '2027-08-01'))!.name).toBe('Later');
  });

  it('counts the leads per step by their current status, closed apart, merged leads left out', async () => {
    const before = await funnel(h.db);
    await addLeads(h, [
      { status: 'new' },
      { status: 'new' },
      { status: 'contacted' },
      { status: 'intake' },
      { status: 'plan_signed', planSignedOn: '2026-02-01' },
      { status: 'completed', planSignedOn: '2025-01-01' },
      { status: 'closed' },
      { status: 'new', merged: true },
      { status: 'closed', merged: true },
    ]);
    const f = await funnel(h.db);
    const delta = Object.fromEntries(f.steps.map((s, i) => [s.status, s.count - before.steps[i]!.count]));
    expect(delta).toEqual({ new: 2, contacted: 1, registered: 0, intake: 1, offer: 0, plan_signed: 1, started: 0, completed: 1 });
    expect(f.steps.map((s) => s.status)).toEqual(['new', 'contacted', 'registered', 'intake', 'offer', 'plan_signed', 'started', 'completed']);
    expect(f.closed - before.closed).toBe(1);
    expect(f.total - before.total).toBe(7);
  });

  it('counts the sign-ups of the last seven days per source', async () => {
    const before = await signupsThisWeek(h.db, now);
    await addLeads(h, [
      { source: 'public', createdAt: new Date(now.getTime() - 1 * DAY) },
      { source: 'ambassador', createdAt: new Date(now.getTime() - 2 * DAY) },
      { source: 'ambassador', createdAt: new Date(now.getTime() - 7 * DAY + 60_000) },
      { source: 'association', createdAt: new Date(now.getTime() - 7 * DAY - 60_000) }, // just over a week
      { source: 'public', createdAt: new Date(now.getTime() - 30 * DAY) },
      { source: 'desk', createdAt: new Date(now.getTime() - DAY), merged: true },
    ]);
    const after = await signupsThisWeek(h.db, now);
    const delta = Object.fromEntries(after.bySource.map((s, i) => [s.source, s.count - before.bySource[i]!.count]));
    expect(delta).toEqual({ public: 1, ambassador: 2, association: 0, network: 0, desk: 0 });
    expect(after.total - before.total).toBe(3);
  });

  it('counts open leads without activity for more than 14 days as overdue, the same as the lead list does', async () => {
    const before = await overdueCount(h.db, now);
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const specs: LeadSpec[] = [
      { status: 'contacted', lastActivityAt: ago(15) },
      { status: 'offer', lastActivityAt: ago(40) },
      { status: 'new', lastActivityAt: ago(13) },
      { status: 'new', lastActivityAt: ago(14) }, // exactly 14 days: not yet
      { status: 'closed', lastActivityAt: ago(30) },
      { status: 'completed', planSignedOn: '2025-01-01', lastActivityAt: ago(30) },
      { status: 'new', lastActivityAt: ago(30), merged: true },
    ];
    await addLeads(h, specs);
    expect((await overdueCount(h.db, now)) - before).toBe(2);
    expect(specs.filter((s) => !s.merged && isOverdue(s.status!, s.lastActivityAt!, now))).toHaveLength(2);
  });

  it('puts it together for the start page: the current period, signed plans in it and the pace', async () => {
    const s = await staffStart(h.db, now, '2026-03-10');
    expect(s.period!.name).toBe('Sprint maart');
    // One plan signed 2026-02-01: outside the sprint.
    expect(s.signed).toBe(0);
    await addLeads(h, [{ planSignedOn: '2026-03-02', status: 'started' }, { planSignedOn: '2026-03-14' }]);
    const again = await staffStart(h.db, now, '2026-03-10');
    expect(again.signed).toBe(2);
    // 2 of 4 left over 10 … 14 March (5 days): 2.8 a week.
    expect(again.pace).toEqual({ kind: 'needed', remaining: 2, daysLeft: 5, weeksLeft: 5 / 7, perWeek: 2.8 });
    expect(again.overdue).toBe(await overdueCount(h.db, now));
  });
});
