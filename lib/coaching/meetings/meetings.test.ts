import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, coachingSessions, expenseClaims, targetPeriods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { demoPng } from '@/lib/expenses/demo-receipts';
import { addRate, approveClaim, claimExpense, ensureDefaultRate } from '@/lib/expenses/mutations';
import { claimableDagdelenOf, listClaims, payoutOfMonth } from '@/lib/expenses/queries';
import { logSession } from '../log/mutations';
import { sessionSchema } from '../log/schema';
import { addObstacle, createMeeting, recordMeetingAttendance, saveBudget, updateObstacle } from './mutations';
import { getMeeting, intervisionUse, listMeetings, unresolvedObstacles } from './queries';
import { budgetSchema, meetingAttendanceSchema, obstacleStatusSchema } from './schema';

const PNG = { bytes: new Uint8Array(demoPng()), type: 'image/png' as const };
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ActionError);
/** Well after every meeting in this file has started. */
const LATER = new Date('2011-04-01T10:00:00Z');

describe('meeting attendance form', () => {
  it('reads one mark per ambassador and the page path; refuses anything else', () => {
    const m = '6b1f1c2e-1111-4a4a-8888-000000000001';
    const a = '6b1f1c2e-1111-4a4a-8888-000000000002';
    const ok = meetingAttendanceSchema.safeParse({ meetingId: m, base: '/staff/coaching', [`a-${a}`]: 'present' });
    expect(ok.success && [...ok.data.marks]).toEqual([[a, 'present']]);
    expect(meetingAttendanceSchema.safeParse({ meetingId: m, [`a-${a}`]: 'maybe' }).success).toBe(false);
    expect(meetingAttendanceSchema.safeParse({ meetingId: m, base: 'https://evil.example/' }).success).toBe(false);
  });

  it('resolving an obstacle needs its resolution; budgets are whole numbers', () => {
    const id = '6b1f1c2e-1111-4a4a-8888-000000000003';
    const r = obstacleStatusSchema.safeParse({ base: '/staff/coaching', obstacleId: id, status: 'resolved', resolution: ' ' });
    expect(r.success ? null : r.error.issues[0]!.message).toBe('meetings.errors.resolutionRequired');
    expect(obstacleStatusSchema.safeParse({ base: '/staff/coaching', obstacleId: id, status: 'passed_on' }).success).toBe(true);
    expect(budgetSchema.safeParse({ base: '/staff/coaching', periodId: id, intervisionHalfDays: '20', coachingHours: '7,5' }).success).toBe(false);
    expect(budgetSchema.parse({ base: '/coach/coaching', periodId: id, intervisionHalfDays: ' 24 ', coachingHours: '180' })).toMatchObject({ intervisionHalfDays: 24, coachingHours: 180 });
    // The page path is one of the two mounts, never another path of the site.
    expect(budgetSchema.safeParse({ base: '/staff/leads', periodId: id, intervisionHalfDays: '24', coachingHours: '180' }).success).toBe(false);
  });
});

describe.each(testDrivers)('meetings on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const people: Record<string, { userId: string; ambassadorId: string }> = {};
  let intervision: string;
  let group: string;

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'c@test.nl', name: 'Marco', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinatorId = c!.id;
    for (const [displayName, code, status] of [
      ['Anna', 'A1', 'active'],
      ['Bram', 'B1', 'active'],
      ['Cees', 'C1', 'stopped'],
    ] as const) {
      const [a] = await h.db.insert(ambassadors).values({ displayName, status, referralCode: code }).returning({ id: ambassadors.id });
      const [u] = await h.db
        .insert(users)
        .values({ email: `${code}@test.nl`, name: displayName, passwordHash: 'x', role: 'ambassador', ambassadorId: a!.id })
        .returning({ id: users.id });
      people[displayName] = { userId: u!.id, ambassadorId: a!.id };
    }
    await ensureDefaultRate(h.db); // EUR 6.95 from 2010
    await addRate(h.db, coordinatorId, { amount: 725, validFrom: '2011-03-01' });
    intervision = await createMeeting(h.db, coordinatorId, { kind: 'intervision', date: '2011-03-10', dagdeel: 'afternoon', place: 'Stadhuis', agenda: 'Casus' });
    group = await createMeeting(h.db, coordinatorId, { kind: 'group', date: '2011-02-14', dagdeel: 'morning', place: 'Wijkhuis', agenda: null });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists the attendance list of active ambassadors only, and marks only once the meeting started', async () => {
    const m = await getMeeting(h.db, intervision);
    expect(m!.attendees.map((a) => [a.name, a.attended])).toEqual([
      ['Anna', null],
      ['Bram', null],
    ]);
    const marks = new Map([[people.Anna!.ambassadorId, 'present' as const]]);
    expect((await errorOf(recordMeetingAttendance(h.db, coordinatorId, { meetingId: intervision, marks }, new Date('2011-03-10T08:00:00Z'))))?.message).toBe(
      'meetings.errors.notYet',
    );
    const stopped = new Map([[people.Cees!.ambassadorId, 'present' as const]]);
    expect((await errorOf(recordMeetingAttendance(h.db, coordinatorId, { meetingId: intervision, marks: stopped }, LATER)))?.message).toBe(
      'meetings.errors.notOnList',
    );
  });

  it('attendance makes a claimable dagdeel at the rate of the meeting date; absent makes none', async () => {
    const { Anna, Bram } = people as Record<string, { userId: string; ambassadorId: string }>;
    await recordMeetingAttendance(
      h.db,
      coordinatorId,
      { meetingId: intervision, marks: new Map([[Anna!.ambassadorId, 'present'], [Bram!.ambassadorId, 'absent']]) },
      LATER,
    );
    await recordMeetingAttendance(h.db, coordinatorId, { meetingId: group, marks: new Map([[Anna!.ambassadorId, 'present']]) }, LATER);

    const annas = await claimableDagdelenOf(h.db, Anna!.ambassadorId);
    expect(annas.map((d) => [d.meetingId, d.meetingKind, d.date, d.dagdeel, d.amountCents])).toEqual([
      [intervision, 'intervision', '2011-03-10', 'afternoon', 725],
      [group, 'group', '2011-02-14', 'morning', 695],
    ]);
    expect(await claimableDagdelenOf(h.db, Bram!.ambassadorId)).toEqual([]);
    expect((await errorOf(claimExpense(h.db, Bram!, { meetingId: intervision, receipt: PNG })))?.message).toBe('expenses.errors.notAttended');
    // Not on the list at all: the meeting is not theirs to claim.
    expect((await errorOf(claimExpense(h.db, people.Cees!, { meetingId: group, receipt: PNG })))?.message).toBe('expenses.errors.shiftNotFound');
  });

  it('the ambassador claims a meeting once; the queue and payout show it as a meeting', async () => {
    const Anna = people.Anna!;
    const { claimId, amountCents } = await claimExpense(h.db, Anna, { meetingId: intervision, receipt: PNG });
    expect(amountCents).toBe(725);
    expect((await errorOf(claimExpense(h.db, Anna, { meetingId: intervision, receipt: PNG })))?.message).toBe('expenses.errors.alreadyClaimed');
    expect((await claimableDagdelenOf(h.db, Anna.ambassadorId)).map((d) => d.meetingId)).toEqual([group]);

    const { rows } = await listClaims(h.db, { month: '2011-03' });
    expect(rows.map((r) => [r.id, r.meetingKind, r.eventTitle, r.shiftDate, r.dagdeel, r.amountCents])).toEqual([
      [claimId, 'intervision', null, '2011-03-10', 'afternoon', 725],
    ]);
    await approveClaim(h.db, coordinatorId, claimId);
    const payout = await payoutOfMonth(h.db, '2011-03');
    expect(payout.ambassadors.map((a) => [a.name, a.dagdelen, a.totalCents, a.lines[0]!.meetingKind])).toEqual([['Anna', 1, 725, 'intervision']]);

    // A claimed meeting can no longer be marked absent.
    expect(
      (await errorOf(recordMeetingAttendance(h.db, coordinatorId, { meetingId: intervision, marks: new Map([[Anna.ambassadorId, 'absent']]) }, LATER)))?.message,
    ).toBe('meetings.errors.alreadyClaimed');
    const [{ n }] = (await h.db.select({ n: count() }).from(expenseClaims).where(eq(expenseClaims.meetingId, intervision))) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('obstacles stay on the open list until resolved, with the resolution', async () => {
    const id = await addObstacle(h.db, coordinatorId, { meetingId: intervision, text: 'Geen ruimte in de bibliotheek op vrijdag' });
    expect((await unresolvedObstacles(h.db)).map((o) => [o.text, o.status, o.meetingKind])).toEqual([
      ['Geen ruimte in de bibliotheek op vrijdag', 'open', 'intervision'],
    ]);
    const listed = async () => (await listMeetings(h.db, '2000-01-01')).upcoming.find((m) => m.id === intervision)!.openObstacles;
    expect(await listed()).toBe(1);
    await updateObstacle(h.db, coordinatorId, { obstacleId: id, status: 'passed_on', resolution: null });
    expect((await unresolvedObstacles(h.db)).map((o) => o.status)).toEqual(['passed_on']);
    expect(await listed()).toBe(1);
    await updateObstacle(h.db, coordinatorId, { obstacleId: id, status: 'resolved', resolution: 'Wijkhuis Oost stelt een zaal beschikbaar' });
    expect(await unresolvedObstacles(h.db)).toEqual([]);
    expect(await listed()).toBe(0);
    expect((await getMeeting(h.db, intervision))!.obstacles.map((o) => o.resolution)).toEqual(['Wijkhuis Oost stelt een zaal beschikbaar']);
    // The audit holds the ids, never the text.
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(JSON.stringify(entries)).not.toContain('bibliotheek');
  });

  it('counts intervision half-days held and attended in the period against the budget', async () => {
    const [p] = await h.db
      .insert(targetPeriods)
      .values({ name: 'H1 2011', startsOn: '2011-01-01', endsOn: '2011-06-30', groupTarget: 75 })
      .returning();
    await createMeeting(h.db, coordinatorId, { kind: 'intervision', date: '2011-05-12', dagdeel: 'morning', place: 'Stadhuis', agenda: null });
    const second = await createMeeting(h.db, coordinatorId, { kind: 'intervision', date: '2011-03-24', dagdeel: 'morning', place: 'Stadhuis', agenda: null });
    await createMeeting(h.db, coordinatorId, { kind: 'intervision', date: '2010-12-01', dagdeel: 'morning', place: 'Stadhuis', agenda: null });
    await recordMeetingAttendance(
      h.db,
      coordinatorId,
      { meetingId: second, marks: new Map([[people.Anna!.ambassadorId, 'present'], [people.Bram!.ambassadorId, 'present']]) },
      LATER,
    );

    const use = await intervisionUse(h.db, p!, '2011-04-01');
    expect(use).toMatchObject({ used: 2, planned: 1, attendedTotal: 3, budget: { intervisionHalfDays: 20, coachingHours: 200, own: false } });
    expect(use.byAmbassador.map((a) => [a.name, a.halfDays])).toEqual([
      ['Anna', 2],
      ['Bram', 1],
    ]);

    // Coaching hours come from the coaching log: only conversations dated in the period count, also
    // for an ambassador who attended no intervision.
    const [dirk] = await h.db.insert(ambassadors).values({ displayName: 'Dirk', status: 'active', referralCode: 'D1' }).returning({ id: ambassadors.id });
    const talk = (ambassadorId: string, date: string, minutes: string) =>
      logSession(h.db, coordinatorId, sessionSchema.parse({ ambassadorId, date, minutes, topic: 'job_applications' }), new Date('2011-08-01T10:00:00Z'));
    await talk(people.Bram!.ambassadorId, '2011-02-01', '90');
    await talk(dirk!.id, '2011-06-30', '60');
    await talk(dirk!.id, '2011-07-01', '240'); // the next period
    const withHours = await intervisionUse(h.db, p!, '2011-04-01');
    expect(withHours.coachingMinutes).toBe(150);
    expect(withHours.byAmbassador.map((a) => [a.name, a.halfDays, a.coachingMinutes])).toEqual([
      ['Anna', 2, 0],
      ['Bram', 1, 90],
      ['Dirk', 0, 60],
    ]);
    await h.db.delete(coachingSessions);
    await h.db.update(ambassadors).set({ status: 'stopped' }).where(eq(ambassadors.id, dirk!.id));
    await saveBudget(h.db, coordinatorId, { periodId: p!.id, intervisionHalfDays: 24, coachingHours: 180 });
    await saveBudget(h.db, coordinatorId, { periodId: p!.id, intervisionHalfDays: 22, coachingHours: 180 });
    expect((await intervisionUse(h.db, p!, '2011-04-01')).budget).toEqual({ intervisionHalfDays: 22, coachingHours: 180, own: true });
  });

  it('lists upcoming meetings soonest first and past ones latest first, with attendance counts', async () => {
    const { upcoming, past } = await listMeetings(h.db, '2011-04-01');
    expect(upcoming.map((m) => m.date)).toEqual(['2011-05-12']);
    expect(past.map((m) => [m.date, m.present, m.absent])).toEqual([
      ['2011-03-24', 2, 0],
      ['2011-03-10', 1, 1],
      ['2011-02-14', 1, 0],
      ['2010-12-01', 0, 0],
    ]);
  });
});
