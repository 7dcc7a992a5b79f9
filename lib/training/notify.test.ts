import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { notifications, notificationSettings, trainingModules, trainingSessions, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addAmbassador } from '@/lib/field/test-helpers';
import { render } from '@/lib/notifications/templates';
import { addDefaultModules, createSession, recordAttendance } from './mutations';

describe.each(testDrivers)('training session messages on $name', ({ open }) => {
  let h: DbHandle;
  let coordinator: string;
  const amb: Record<string, { ambassadorId: string; userId: string }> = {};
  const moduleId: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'c@training.test', name: 'Marco', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinator = c!.id;
    await addDefaultModules(h.db, coordinator);
    for (const m of await h.db.select().from(trainingModules)) moduleId[m.key!] = m.id;
    amb.fatima = await addAmbassador(h, 'Fatima', { status: 'active' });
    amb.ahmad = await addAmbassador(h, 'Ahmad', { status: 'training' });
    amb.ayse = await addAmbassador(h, 'Ayse', { status: 'active' });
    amb.kees = await addAmbassador(h, 'Kees', { status: 'stopped' });
    amb.lina = await addAmbassador(h, 'Lina', { status: 'candidate' });
    amb.omar = await addAmbassador(h, 'Omar', { status: 'active' });
    // Omar turned training messages off.
    await h.db.insert(notificationSettings).values({ user_id: amb.omar!.userId, locale: 'en', muted: ['training'] });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('tells the active ambassadors and those in training who have not done the module: its name, date, dagdeel and room', async () => {
    // Ayse already did the module (present at an earlier session).
    const earlier = await createSession(h.db, coordinator, { moduleId: moduleId.integration_law!, date: '2026-01-05', dagdeel: 'morning', room: 'Zaal 1', trainer: 'T' });
    await recordAttendance(h.db, coordinator, { sessionId: earlier, marks: new Map([[amb.ayse!.ambassadorId, 'present']]) });
    await h.db.delete(notifications);

    const id = await createSession(h.db, coordinator, { moduleId: moduleId.integration_law!, date: '2026-12-15', dagdeel: 'evening', room: 'Zaal 2', trainer: 'Coachbureau' });
    const rows = await h.db.select().from(notifications).where(eq(notifications.template, 'trainingSession'));
    const to = new Set(rows.map((r) => r.recipient_user_id));
    expect(to).toEqual(new Set([amb.fatima!.userId, amb.ahmad!.userId]));
    expect(rows[0]!.dedupe_key).toMatch(new RegExp(`^training-session:${id}:`));
    const [mod] = await h.db.select().from(trainingModules).where(eq(trainingModules.id, moduleId.integration_law!));
    const nl = render('trainingSession', 'nl', rows[0]!.params, { name: 'Fatima', user: true });
    expect(nl.subject).toBe(`Training gepland: ${mod!.nameNl}`);
    expect(nl.text).toContain('dinsdag 15 december 2026');
    expect(nl.text).toContain('Zaal 2');
    expect(nl.text).toContain('/ambassador/training');
    expect(nl.text).toMatch(/avond/);
    const en = render('trainingSession', 'en', rows[0]!.params, { name: 'Fatima', user: true });
    expect(en.text).toContain(mod!.nameEn);
    expect(en.text).toContain('Tuesday, December 15, 2026');
  });

  it('a refused session (inactive module) leaves no message', async () => {
    await h.db.update(trainingModules).set({ active: false }).where(eq(trainingModules.id, moduleId.social_map!));
    await h.db.delete(notifications);
    const err = await createSession(h.db, coordinator, { moduleId: moduleId.social_map!, date: '2026-12-16', dagdeel: 'morning', room: 'Zaal 3', trainer: 'T' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect(await h.db.select().from(notifications)).toHaveLength(0);
    expect(await h.db.select().from(trainingSessions).where(eq(trainingSessions.room, 'Zaal 3'))).toHaveLength(0);
  });
});
