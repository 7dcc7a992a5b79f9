import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { render } from '@/lib/notifications/templates';
import { assignAmbassador, cancelOwnShift, createShift, saveEvent, unassignAmbassador } from './mutations';
import { enqueueShiftReminders } from './notify';

/** Saturday 28 November 2026, 23:30 in Amsterdam (22:30 UTC): "tomorrow" is the 29th. */
const NOW = new Date('2026-11-28T22:30:00Z');

describe.each(testDrivers)('shift messages on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const amb: Record<string, { ambassadorId: string; userId: string }> = {};

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'c@notify.test', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinatorId = c!.id;
    for (const name of ['Fatima Amrani', 'Ahmad Rahimi', 'Ayse Yilmaz']) {
      const [a] = await h.db.insert(ambassadors).values({ displayName: name, status: 'active', referralCode: name.slice(0, 4).toUpperCase(), vogReceivedOn: '2010-01-04' }).returning({ id: ambassadors.id });
      const [u] = await h.db.insert(users).values({ email: `${name.split(' ')[0]!.toLowerCase()}@notify.test`, name, passwordHash: 'x', role: 'ambassador', ambassadorId: a!.id }).returning({ id: users.id });
      amb[name.split(' ')[0]!] = { ambassadorId: a!.id, userId: u!.id };
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  const shiftOn = async (date: string) => {
    const eventId = await saveEvent(h.db, coordinatorId, {
      eventId: null, title: 'Markt Meerzicht', kind: 'market', startsOn: '2026-11-01', endsOn: '2026-12-31', place: 'Dorpsstraat 1',
      neighbourhood: null, targetLanguages: [], targetGroup: null, notes: null,
    });
    return createShift(h.db, coordinatorId, { eventId, date, dagdeel: 'morning', places: 2 });
  };
  const messagesTo = async (who: string) =>
    h.db.select().from(notifications).where(eq(notifications.recipient_user_id, amb[who]!.userId));

  it('tells the partner when the coordinator takes someone off their shift, in the same transaction', async () => {
    const shiftId = await shiftOn('2026-12-10');
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Fatima!.ambassadorId });
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ahmad!.ambassadorId });
    await h.db.delete(notifications);
    await unassignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ahmad!.ambassadorId });
    const [toFatima] = await messagesTo('Fatima');
    expect(toFatima).toMatchObject({ template: 'shiftChanged', params: { change: 'partnerLeft', partner: 'Ahmad', place: 'Dorpsstraat 1', date: '2026-12-10' } });
    const text = render('shiftChanged', 'nl', toFatima!.params, { name: 'Fatima', user: true }).text;
    expect(text).toContain('Ahmad komt niet naar jullie dienst.');
    expect(text).toContain('donderdag 10 december 2026, ochtend');
    const [toAhmad] = await messagesTo('Ahmad');
    expect(toAhmad!.params.change).toBe('removed');
  });

  it('writes no message when the change is refused', async () => {
    const shiftId = await shiftOn('2026-12-11');
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Fatima!.ambassadorId });
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ayse!.ambassadorId });
    await h.db.delete(notifications);
    // A third person on a shift of two: refused, so nobody hears of it.
    await expect(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ahmad!.ambassadorId })).rejects.toThrow();
    expect(await h.db.select().from(notifications)).toEqual([]);
  });

  it('tells the partner when an ambassador cancels their own shift, and not the one who cancelled', async () => {
    const shiftId = await shiftOn('2026-12-20');
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Fatima!.ambassadorId });
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ahmad!.ambassadorId });
    await h.db.delete(notifications);
    await cancelOwnShift(h.db, amb.Fatima!, shiftId, NOW);
    expect(await messagesTo('Fatima')).toEqual([]);
    expect((await messagesTo('Ahmad'))[0]!.params).toMatchObject({ change: 'partnerLeft', partner: 'Fatima' });
  });

  it('reminds everyone on tomorrow’s shifts once, with the partner’s first name and the place', async () => {
    const shiftId = await shiftOn('2026-11-29');
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Fatima!.ambassadorId });
    await assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: amb.Ayse!.ambassadorId });
    const later = await shiftOn('2026-11-30');
    await assignAmbassador(h.db, coordinatorId, { shiftId: later, ambassadorId: amb.Ahmad!.ambassadorId });
    await h.db.delete(notifications);
    expect(await enqueueShiftReminders(h.db, NOW)).toBe(2);
    expect(await enqueueShiftReminders(h.db, NOW)).toBe(0);
    expect(await enqueueShiftReminders(h.db, new Date(NOW.getTime() + 20 * 60_000))).toBe(0);
    const [toFatima] = await messagesTo('Fatima');
    expect(toFatima!.params).toMatchObject({ partner: 'Ayse', place: 'Dorpsstraat 1', event: 'Markt Meerzicht' });
    expect(render('shiftReminder', 'en', toFatima!.params, { name: 'Fatima', user: true }).text).toContain('together with Ayse');
    expect(await messagesTo('Ahmad')).toEqual([]);
  });
});
