import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addAmbassador, amsterdam } from '@/lib/field/test-helpers';
import { coachOverview, openCoachingRecord } from '../record/queries';
import { addGoalNote, logSession, saveGoal } from './mutations';
import { coachedMinutes, goalOf, sessionsOf } from './queries';
import { sessionSchema } from './schema';

describe.each(testDrivers)('coaching log and goals on $name', ({ open }) => {
  let h: DbHandle;
  let coachId: string;
  let fatima: string;
  let stopped: string;
  const NOW = amsterdam('2026-12-14T12:00');
  const keyOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e as ActionError).key);

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coach@test.nl', name: 'Coach Test', passwordHash: 'x', role: 'coach' }).returning({ id: users.id });
    coachId = u!.id;
    fatima = (await addAmbassador(h, 'Fatima')).ambassadorId;
    stopped = (await addAmbassador(h, 'Gestopt', { status: 'stopped' })).ambassadorId;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('adds up the coaching hours per ambassador against the target', async () => {
    await logSession(h.db, coachId, sessionSchema.parse({ ambassadorId: fatima, date: '2026-12-01', minutes: '90', topic: 'job_applications', note: 'CV besproken' }), NOW);
    await logSession(h.db, coachId, sessionSchema.parse({ ambassadorId: fatima, date: '2026-12-14', minutes: '45', topic: 'benefits' }), NOW);
    expect((await sessionsOf(h.db, fatima)).map((s) => [s.date, s.minutes, s.topic])).toEqual([
      ['2026-12-14', 45, 'benefits'],
      ['2026-12-01', 90, 'job_applications'],
    ]);
    expect((await coachedMinutes(h.db)).get(fatima)).toBe(135);
    const overview = await coachOverview(h.db, NOW);
    expect(overview.rows.find((r) => r.ambassadorId === fatima)).toMatchObject({ hours: 2.3 });
    expect(overview.settings.coachingHoursTarget).toBe(10);
    expect(overview.rows.map((r) => r.name)).toEqual(['Fatima']);
  });

  it('refuses a date after today in Amsterdam and an ambassador who is not active', async () => {
    // 23:30 UTC on the 14th is the 15th in Amsterdam: the 15th is allowed then, not at noon.
    const s = sessionSchema.parse({ ambassadorId: fatima, date: '2026-12-15', minutes: '30', topic: 'the_work' });
    expect(await keyOf(logSession(h.db, coachId, s, NOW))).toBe('invalidForm');
    expect(await keyOf(logSession(h.db, coachId, s, new Date('2026-12-14T23:30:00Z')))).toBeNull();
    expect(await keyOf(logSession(h.db, coachId, { ...s, ambassadorId: stopped, date: '2026-12-01' }, NOW))).toBe('coach.errors.notActive');
    expect(sessionSchema.safeParse({ ambassadorId: fatima, date: '2026-12-01', minutes: '600', topic: 'the_work' }).error?.issues[0]?.message).toBe('coach.errors.minutesRange');
  });

  it('keeps one development goal with dated progress notes, audited without their text', async () => {
    expect(await keyOf(addGoalNote(h.db, coachId, { ambassadorId: fatima, date: '2026-12-01', note: 'eerst' }, NOW))).toBe('coach.errors.noGoal');
    await saveGoal(h.db, coachId, { ambassadorId: fatima, goal: 'Betaald werk in de dienstverlening' });
    await saveGoal(h.db, coachId, { ambassadorId: fatima, goal: 'Betaald werk in de zorg' });
    await addGoalNote(h.db, coachId, { ambassadorId: fatima, date: '2026-12-10', note: 'Open dag ziekenhuis bezocht' }, NOW);
    const goal = await goalOf(h.db, fatima);
    expect(goal).toMatchObject({ goal: 'Betaald werk in de zorg', notes: [{ date: '2026-12-10', note: 'Open dag ziekenhuis bezocht', authorName: 'Coach Test' }] });
    expect(await keyOf(saveGoal(h.db, coachId, { ambassadorId: stopped, goal: 'x' }))).toBe('coach.errors.notActive');
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, fatima));
    expect(entries.map((e) => e.action).sort()).toEqual(['coaching.goal_note_added', 'coaching.goal_saved', 'coaching.goal_saved', 'coaching.session_logged', 'coaching.session_logged', 'coaching.session_logged']);
    expect(JSON.stringify(entries)).not.toMatch(/zorg|ziekenhuis|CV/);
  });

  it('opening a record is audited in the same call; an inactive ambassador is no record and writes nothing', async () => {
    const record = await openCoachingRecord(h.db, coachId, fatima, NOW);
    expect(record).toMatchObject({ ambassador: { name: 'Fatima' }, hours: 2.8 });
    expect(await openCoachingRecord(h.db, coachId, stopped, NOW)).toBeNull();
    const viewed = await h.db.select().from(auditLog).where(eq(auditLog.action, 'coaching.viewed'));
    expect(viewed.map((v) => v.entityId)).toEqual([fatima]);
  });
});
