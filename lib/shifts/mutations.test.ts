import { and, count, eq, ne, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, expenseClaims, neighbourhoods, receipts, shiftAssignments, shifts, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import {
  type Self,
  assignAmbassador,
  cancelOwnShift,
  createShift,
  renewCalendarToken,
  saveEvent,
  setAttendance,
  setOwnAttendance,
  signUp,
  swapAssignments,
  undoUnassign,
  unassignAmbassador,
} from './mutations';
import { UNDO_UNASSIGN_MS } from './schema';
import { ambassadorByCalendarToken, calendarTokenOf, eventShifts, feedShiftsOf, getEvent, myShifts, openShiftsFor, suggestionsForShifts } from './queries';
import { shiftStart } from '@/lib/dagdelen';

/** "Now" for these tests: Saturday 28 November 2026, 11:00 in Amsterdam. */
const NOW = new Date('2026-11-28T10:00:00Z');
const HOUR = 3600 * 1000;

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ActionError);

describe.each(testDrivers)('shift mutations on $name', ({ name, open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const amb: Record<string, string> = {};
  const self: Record<string, Self> = {};
  let meerzicht: string;

  let n = 0;
  /** A fresh event (December 2026) with the given shifts; returns the shift ids in order. */
  async function eventWith(
    list: { date: string; dagdeel: 'morning' | 'afternoon' | 'evening'; places?: number }[],
    extra: Partial<Parameters<typeof saveEvent>[2]> = {},
  ): Promise<{ eventId: string; shiftIds: string[] }> {
    n++;
    const eventId = await saveEvent(h.db, coordinatorId, {
      eventId: null,
      title: `Evenement ${n}`,
      kind: 'market',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      place: 'Dorpsstraat',
      neighbourhood: null,
      targetLanguages: [],
      targetGroup: null,
      notes: null,
      ...extra,
    });
    const shiftIds: string[] = [];
    for (const s of list) shiftIds.push(await createShift(h.db, coordinatorId, { eventId, date: s.date, dagdeel: s.dagdeel, places: s.places ?? 2 }));
    return { eventId, shiftIds };
  }

  const onShift = async (shiftId: string) =>
    (await h.db.select({ a: shiftAssignments.ambassadorId }).from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId))).map((r) => r.a).sort();
  const assignmentCount = async () => (await h.db.select({ n: count() }).from(shiftAssignments))[0]!.n;
  const attendedOf = async (shiftId: string, ambassadorId: string) =>
    (
      await h.db
        .select({ attended: shiftAssignments.attended })
        .from(shiftAssignments)
        .where(and(eq(shiftAssignments.shiftId, shiftId), eq(shiftAssignments.ambassadorId, ambassadorId)))
    )[0]?.attended;

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'coordinator@test.nl', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinatorId = c!.id;
    [{ id: meerzicht }] = (await h.db.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, 'meerzicht'))) as [{ id: string }];
    const people = [
      ['Fatima', 'active', ['nl', 'ar', 'ber'], 'Marokko', true],
      ['Ahmad', 'active', ['nl', 'prs'], 'Afghanistan', true],
      ['Ayse', 'active', ['nl', 'tr'], 'Turkije', true],
      ['Semhar', 'active', ['nl', 'ti'], 'Eritrea', false],
      ['Hodan', 'active', ['nl', 'so'], 'Somalië', true],
      ['Samira', 'active', ['nl', 'ar'], 'Syrië', false],
      ['Mehmet', 'active', ['nl', 'tr'], 'Turkije', true],
      ['Farid', 'stopped', ['nl', 'prs'], 'Afghanistan', true],
    ] as const;
    for (const [displayName, status, languages, countryOfOrigin, hasChildren] of people) {
      const [a] = await h.db
        .insert(ambassadors)
        .values({ displayName, status, languages: [...languages], countryOfOrigin, hasChildren, referralCode: displayName.toUpperCase(), neighbourhoodId: displayName === 'Fatima' ? meerzicht : null, vogReceivedOn: '2010-01-04' })
        .returning({ id: ambassadors.id });
      const [u] = await h.db
        .insert(users)
        .values({ email: `${displayName.toLowerCase()}@test.nl`, name: displayName, passwordHash: 'x', role: 'ambassador', ambassadorId: a!.id })
        .returning({ id: users.id });
      amb[displayName] = a!.id;
      self[displayName] = { userId: u!.id, ambassadorId: a!.id };
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('signing up', () => {
    it('puts the ambassador on the shift with its date and dagdeel, and audits it without names', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-01', dagdeel: 'morning' }]);
      await signUp(h.db, self.Fatima!, s!, NOW);
      const [row] = await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, s!));
      expect(row).toMatchObject({ ambassadorId: amb.Fatima, date: '2026-12-01', dagdeel: 'morning', attended: null, assignedByUserId: self.Fatima!.userId });
      const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, s!), eq(auditLog.action, 'shift.signed_up')));
      expect(entry).toMatchObject({ actorUserId: self.Fatima!.userId, entityType: 'shift', details: { ambassadorId: amb.Fatima } });
      expect(JSON.stringify(entry)).not.toContain('Fatima');
    });

    it('refuses a second shift at the same date and dagdeel (conflict), and the database itself refuses it too', async () => {
      const { shiftIds: [first] } = await eventWith([{ date: '2026-12-02', dagdeel: 'afternoon' }]);
      const { shiftIds: [second, sameDayEvening] } = await eventWith([
        { date: '2026-12-02', dagdeel: 'afternoon' },
        { date: '2026-12-02', dagdeel: 'evening' },
      ]);
      await signUp(h.db, self.Ahmad!, first!, NOW);
      const before = await assignmentCount();
      const err = await errorOf(signUp(h.db, self.Ahmad!, second!, NOW));
      expect(err).toBeInstanceOf(ActionError);
      expect(err!.key).toBe('shifts.errors.conflict');
      expect(await assignmentCount()).toBe(before);
      // The coordinator is refused in the same way.
      expect((await errorOf(assignAmbassador(h.db, coordinatorId, { shiftId: second!, ambassadorId: amb.Ahmad! })))!.key).toBe('events.errors.conflict');
      // Bypassing the code: the unique index still says no.
      await expect(
        h.db.insert(shiftAssignments).values({ shiftId: second!, ambassadorId: amb.Ahmad!, date: '2026-12-02', dagdeel: 'afternoon' }),
      ).rejects.toThrow();
      // Another dagdeel the same day is fine.
      await signUp(h.db, self.Ahmad!, sameDayEvening!, NOW);
      expect(await onShift(sameDayEvening!)).toEqual([amb.Ahmad]);
    });

    it('refuses a full shift', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-03', dagdeel: 'morning', places: 2 }]);
      await signUp(h.db, self.Ayse!, s!, NOW);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Semhar! });
      expect((await errorOf(signUp(h.db, self.Hodan!, s!, NOW)))!.key).toBe('shifts.errors.full');
      expect((await errorOf(assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! })))!.key).toBe('events.errors.full');
      expect(await onShift(s!)).toEqual([amb.Ayse, amb.Semhar].sort());
    });

    it('refuses a shift that has started, and a stopped ambassador', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-04', dagdeel: 'morning' }]);
      expect((await errorOf(signUp(h.db, self.Hodan!, s!, new Date(shiftStart('2026-12-04', 'morning').getTime() + 60_000))))!.key).toBe('shifts.errors.started');
      expect((await errorOf(signUp(h.db, self.Farid!, s!, NOW)))!.key).toBe('shifts.errors.notActive');
      expect((await errorOf(assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Farid! })))!.key).toBe('events.errors.notActive');
      expect(await onShift(s!)).toEqual([]);
    });

    it.skipIf(name === 'pglite')('lets exactly one of several simultaneous sign-ups take the last place', async () => {
      for (let round = 0; round < 3; round++) {
        const { shiftIds: [s] } = await eventWith([{ date: `2026-12-1${round}`, dagdeel: 'evening', places: 2 }]);
        await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! });
        const racers = ['Ahmad', 'Ayse', 'Semhar', 'Hodan', 'Samira', 'Mehmet'];
        const results = await Promise.allSettled(racers.map((r) => signUp(h.db, self[r]!, s!, NOW)));
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.map((r) => (r.reason as ActionError).key)).toEqual(Array(5).fill('shifts.errors.full'));
        expect(await onShift(s!)).toHaveLength(2);
      }
    });
  });

  describe('cancelling one’s own shift', () => {
    it('works until 24 hours before the dagdeel starts, and is refused after that', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-05', dagdeel: 'afternoon' }]);
      const start = shiftStart('2026-12-05', 'afternoon').getTime();
      await signUp(h.db, self.Samira!, s!, NOW);

      const late = await errorOf(cancelOwnShift(h.db, self.Samira!, s!, new Date(start - 23 * HOUR)));
      expect(late!.key).toBe('shifts.errors.tooLate');
      expect(await onShift(s!)).toEqual([amb.Samira]);

      await cancelOwnShift(h.db, self.Samira!, s!, new Date(start - 25 * HOUR));
      expect(await onShift(s!)).toEqual([]);
      const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, s!), eq(auditLog.action, 'shift.cancelled')));
      expect(entry).toMatchObject({ actorUserId: self.Samira!.userId, details: { ambassadorId: amb.Samira } });
    });

    it('cannot touch another ambassador’s assignment', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-06', dagdeel: 'morning' }]);
      await signUp(h.db, self.Fatima!, s!, NOW);
      expect((await errorOf(cancelOwnShift(h.db, self.Ahmad!, s!, NOW)))!.key).toBe('shifts.errors.notFound');
      expect(await onShift(s!)).toEqual([amb.Fatima]);
    });
  });

  describe('swapping', () => {
    it('moves two ambassadors between two shifts at once, with attendance starting over', async () => {
      const { shiftIds: [s1, s2] } = await eventWith([
        { date: '2026-12-07', dagdeel: 'morning' },
        { date: '2026-12-08', dagdeel: 'morning' },
      ]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s1!, ambassadorId: amb.Fatima! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: s2!, ambassadorId: amb.Ahmad! });
      await swapAssignments(h.db, coordinatorId, { shiftId: s1!, ambassadorId: amb.Fatima!, with: { shiftId: s2!, ambassadorId: amb.Ahmad! } });
      expect(await onShift(s1!)).toEqual([amb.Ahmad]);
      expect(await onShift(s2!)).toEqual([amb.Fatima]);
      const [moved] = await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, s2!));
      expect(moved).toMatchObject({ date: '2026-12-08', dagdeel: 'morning', attended: null });
      const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'shift.swapped'));
      expect(entry).toMatchObject({ entityId: s1, details: { ambassadorId: amb.Fatima, otherShiftId: s2, otherAmbassadorId: amb.Ahmad } });
    });

    it('changes nothing when one side would end up with two shifts at one dagdeel', async () => {
      const { shiftIds: [s1, s2] } = await eventWith([
        { date: '2026-12-09', dagdeel: 'morning' },
        { date: '2026-12-09', dagdeel: 'afternoon' },
      ]);
      const { shiftIds: [elsewhere] } = await eventWith([{ date: '2026-12-09', dagdeel: 'afternoon' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s1!, ambassadorId: amb.Ayse! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: s2!, ambassadorId: amb.Mehmet! });
      // Ayşe already works elsewhere that afternoon.
      await assignAmbassador(h.db, coordinatorId, { shiftId: elsewhere!, ambassadorId: amb.Ayse! });
      const err = await errorOf(swapAssignments(h.db, coordinatorId, { shiftId: s1!, ambassadorId: amb.Ayse!, with: { shiftId: s2!, ambassadorId: amb.Mehmet! } }));
      expect(err!.key).toBe('events.errors.conflict');
      // Rolled back as a whole: both are where they were.
      expect(await onShift(s1!)).toEqual([amb.Ayse]);
      expect(await onShift(s2!)).toEqual([amb.Mehmet]);
    });
  });

  describe('attendance', () => {
    it('can be marked from the start of the shift, by the ambassador for themselves and by the coordinator for anyone', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-11-20', dagdeel: 'morning' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! });

      const before = new Date(shiftStart('2026-11-20', 'morning').getTime() - 60_000);
      expect((await errorOf(setOwnAttendance(h.db, self.Fatima!, { shiftId: s!, attended: true }, before)))!.key).toBe('shifts.errors.notYet');
      expect(await attendedOf(s!, amb.Fatima!)).toBeNull();

      const during = new Date(shiftStart('2026-11-20', 'morning').getTime() + HOUR);
      await setOwnAttendance(h.db, self.Fatima!, { shiftId: s!, attended: true }, during);
      expect(await attendedOf(s!, amb.Fatima!)).toBe(true);
      // Only her own row.
      expect(await attendedOf(s!, amb.Hodan!)).toBeNull();

      await setAttendance(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan!, attended: false }, NOW);
      expect(await attendedOf(s!, amb.Hodan!)).toBe(false);
      const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, s!), eq(auditLog.action, 'shift.attendance')));
      expect(entries.map((e) => e.details)).toEqual(
        expect.arrayContaining([
          { ambassadorId: amb.Fatima, attended: true, by: 'self' },
          { ambassadorId: amb.Hodan, attended: false, by: 'coordinator' },
        ]),
      );
    });

    const markOf = async (shiftId: string, ambassadorId: string) =>
      (
        await h.db
          .select({ attended: shiftAssignments.attended, setBy: shiftAssignments.attendanceSetBy, selfAttested: shiftAssignments.selfAttested })
          .from(shiftAssignments)
          .where(and(eq(shiftAssignments.shiftId, shiftId), eq(shiftAssignments.ambassadorId, ambassadorId)))
      )[0];

    it('an ambassador cannot overrule the coordinator’s mark, absent or present', async () => {
      const { shiftIds: [s, t] } = await eventWith([
        { date: '2026-11-28', dagdeel: 'morning' },
        { date: '2026-11-27', dagdeel: 'evening' },
      ]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Mehmet! });
      await setAttendance(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Mehmet!, attended: false }, NOW);
      // Same day, shift started: only the coordinator's decision stands in the way.
      expect((await errorOf(setOwnAttendance(h.db, self.Mehmet!, { shiftId: s!, attended: true }, NOW)))!.key).toBe('shifts.errors.decided');
      expect(await markOf(s!, amb.Mehmet!)).toEqual({ attended: false, setBy: coordinatorId, selfAttested: false });

      await assignAmbassador(h.db, coordinatorId, { shiftId: t!, ambassadorId: amb.Samira! });
      const evening = new Date(shiftStart('2026-11-27', 'evening').getTime() + HOUR);
      await setAttendance(h.db, coordinatorId, { shiftId: t!, ambassadorId: amb.Samira!, attended: true }, evening);
      expect((await errorOf(setOwnAttendance(h.db, self.Samira!, { shiftId: t!, attended: false }, evening)))!.key).toBe('shifts.errors.decided');
      expect(await markOf(t!, amb.Samira!)).toEqual({ attended: true, setBy: coordinatorId, selfAttested: false });
    });

    it('an ambassador marks their own attendance only on the shift’s own day (Amsterdam), recorded as self-attested', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-11-26', dagdeel: 'evening' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Ayse! });
      // 00:05 the next day in Amsterdam (still 26 November in UTC): too late.
      const nextDay = new Date('2026-11-26T23:05:00Z');
      expect((await errorOf(setOwnAttendance(h.db, self.Ayse!, { shiftId: s!, attended: true }, nextDay)))!.key).toBe('shifts.errors.notToday');
      expect((await errorOf(setOwnAttendance(h.db, self.Ayse!, { shiftId: s!, attended: true }, NOW)))!.key).toBe('shifts.errors.notToday');
      expect(await markOf(s!, amb.Ayse!)).toEqual({ attended: null, setBy: null, selfAttested: false });
      // 23:55 on the day itself in Amsterdam: fine, and she may correct her own mark that day.
      const lateThatDay = new Date('2026-11-26T22:55:00Z');
      await setOwnAttendance(h.db, self.Ayse!, { shiftId: s!, attended: false }, lateThatDay);
      await setOwnAttendance(h.db, self.Ayse!, { shiftId: s!, attended: true }, lateThatDay);
      expect(await markOf(s!, amb.Ayse!)).toEqual({ attended: true, setBy: self.Ayse!.userId, selfAttested: true });
    });

    it('the coordinator can still overrule a self-reported mark, later too, and then it is no longer self-attested', async () => {
      const { shiftIds: [s, t] } = await eventWith([
        { date: '2026-11-25', dagdeel: 'afternoon' },
        { date: '2026-11-24', dagdeel: 'afternoon' },
      ]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: t!, ambassadorId: amb.Hodan! });
      const onS = new Date(shiftStart('2026-11-25', 'afternoon').getTime() + HOUR);
      const onT = new Date(shiftStart('2026-11-24', 'afternoon').getTime() + HOUR);
      await setOwnAttendance(h.db, self.Hodan!, { shiftId: s!, attended: true }, onS);
      await setOwnAttendance(h.db, self.Hodan!, { shiftId: t!, attended: true }, onT);
      // Days later (NOW is 28 November): absent on one, confirmed present on the other.
      await setAttendance(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan!, attended: false }, NOW);
      await setAttendance(h.db, coordinatorId, { shiftId: t!, ambassadorId: amb.Hodan!, attended: true }, NOW);
      expect(await markOf(s!, amb.Hodan!)).toEqual({ attended: false, setBy: coordinatorId, selfAttested: false });
      expect(await markOf(t!, amb.Hodan!)).toEqual({ attended: true, setBy: coordinatorId, selfAttested: false });
      // And from then on the ambassador cannot change it back, not even on that day.
      expect((await errorOf(setOwnAttendance(h.db, self.Hodan!, { shiftId: s!, attended: true }, onS)))!.key).toBe('shifts.errors.decided');
    });

    it('an ambassador cannot mark someone else’s attendance', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-11-21', dagdeel: 'afternoon' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! });
      expect((await errorOf(setOwnAttendance(h.db, self.Ahmad!, { shiftId: s!, attended: false }, NOW)))!.key).toBe('shifts.errors.notFound');
      expect(await attendedOf(s!, amb.Fatima!)).toBeNull();
      expect(await onShift(s!)).toEqual([amb.Fatima]);
    });

    it('keeps an attended shift with an expense claim attended, and keeps its assignment', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-11-22', dagdeel: 'evening' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Semhar! });
      const during = new Date(shiftStart('2026-11-22', 'evening').getTime() + HOUR);
      await setOwnAttendance(h.db, self.Semhar!, { shiftId: s!, attended: true }, during);
      const [r] = await h.db
        .insert(receipts)
        .values({ ambassadorId: amb.Semhar!, contentType: 'image/png', size: 1, sha256: 'x', data: new Uint8Array([1]) })
        .returning({ id: receipts.id });
      await h.db.insert(expenseClaims).values({ ambassadorId: amb.Semhar!, shiftId: s!, amountCents: 695, receiptId: r!.id });
      expect((await errorOf(setOwnAttendance(h.db, self.Semhar!, { shiftId: s!, attended: false }, during)))!.key).toBe('shifts.errors.hasClaim');
      expect((await errorOf(unassignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Semhar! })))!.key).toBe('events.errors.hasClaim');
      expect(await attendedOf(s!, amb.Semhar!)).toBe(true);
    });
  });

  describe('events and shifts', () => {
    it('refuses an end before the start, a shift outside the event, a second shift at the same dagdeel, and moving dates past shifts', async () => {
      const base = { eventId: null, title: 'Markt', kind: 'market' as const, place: 'Dorpsstraat', neighbourhood: null, targetLanguages: [], targetGroup: null, notes: null };
      expect((await errorOf(saveEvent(h.db, coordinatorId, { ...base, startsOn: '2026-12-10', endsOn: '2026-12-09' })))!.fieldErrors).toEqual({ endsOn: 'events.errors.endBeforeStart' });
      const id = await saveEvent(h.db, coordinatorId, { ...base, startsOn: '2026-12-10', endsOn: '2026-12-12', neighbourhood: 'meerzicht', targetLanguages: ['ar', 'tr'] });
      expect(await getEvent(h.db, id)).toMatchObject({ wijkName: 'Meerzicht', targetLanguages: ['ar', 'tr'] });
      expect((await errorOf(createShift(h.db, coordinatorId, { eventId: id, date: '2026-12-13', dagdeel: 'morning', places: 2 })))!.fieldErrors).toEqual({ date: 'events.errors.dateOutsideEvent' });
      await createShift(h.db, coordinatorId, { eventId: id, date: '2026-12-12', dagdeel: 'morning', places: 2 });
      expect((await errorOf(createShift(h.db, coordinatorId, { eventId: id, date: '2026-12-12', dagdeel: 'morning', places: 3 })))!.key).toBe('events.errors.shiftExists');
      expect((await errorOf(saveEvent(h.db, coordinatorId, { ...base, eventId: id, startsOn: '2026-12-10', endsOn: '2026-12-11' })))!.key).toBe('events.errors.shiftsOutside');
      expect((await errorOf(saveEvent(h.db, coordinatorId, { ...base, neighbourhood: 'atlantis', startsOn: '2026-12-10', endsOn: '2026-12-11' })))!.fieldErrors).toEqual({ neighbourhood: 'invalidChoice' });
      await saveEvent(h.db, coordinatorId, { ...base, eventId: id, title: 'Markt (verplaatst)', startsOn: '2026-12-11', endsOn: '2026-12-14' });
      expect(await getEvent(h.db, id)).toMatchObject({ title: 'Markt (verplaatst)', startsOn: '2026-12-11', wijkName: null });
      expect(await h.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'event.saved')))).toEqual([{ n: 2 }]);
    });

    it('suggests free, active ambassadors, best match first, with reasons', async () => {
      const { eventId, shiftIds: [s] } = await eventWith([{ date: '2026-12-15', dagdeel: 'morning' }], {
        kind: 'school',
        targetLanguages: ['ar', 'ber'],
        targetGroup: 'Marokkaanse ouders',
        neighbourhood: 'meerzicht',
      });
      // Samira is busy elsewhere that morning.
      const { shiftIds: [elsewhere] } = await eventWith([{ date: '2026-12-15', dagdeel: 'morning' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: elsewhere!, ambassadorId: amb.Samira! });
      const event = (await getEvent(h.db, eventId))!;
      const list = await eventShifts(h.db, eventId);
      const ranked = (await suggestionsForShifts(h.db, event, list)).get(s!)!;
      expect(ranked[0]).toMatchObject({ id: amb.Fatima, reasons: ['language', 'background', 'children', 'wijk'] });
      const ids = ranked.map((r) => r.id);
      expect(ids).not.toContain(amb.Samira);
      expect(ids).not.toContain(amb.Farid);
      expect(ids).toHaveLength(6);
    });
  });

  describe('the ambassador’s lists and calendar feed', () => {
    it('lists open shifts (not full, not started, not mine) and flags a clash; my shifts show the partner, the feed does not', async () => {
      const { shiftIds: [mine, openOne, full, started, laterToday] } = await eventWith([
        { date: '2026-12-20', dagdeel: 'morning' },
        { date: '2026-12-20', dagdeel: 'afternoon' },
        { date: '2026-12-20', dagdeel: 'evening', places: 1 },
        { date: '2026-11-28', dagdeel: 'morning' },
        { date: '2026-11-28', dagdeel: 'evening' },
      ]);
      const { shiftIds: [clash] } = await eventWith([{ date: '2026-12-20', dagdeel: 'morning' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: mine!, ambassadorId: amb.Mehmet! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: mine!, ambassadorId: amb.Hodan! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: full!, ambassadorId: amb.Ayse! });

      const openList = await openShiftsFor(h.db, amb.Mehmet!, NOW);
      const openIds = openList.map((o) => o.shiftId);
      expect(openIds).toContain(openOne);
      expect(openIds).toContain(clash);
      expect(openIds).not.toContain(mine);
      expect(openIds).not.toContain(full);
      expect(openIds).not.toContain(started);
      // Today's evening has not started at 11:00.
      expect(openIds).toContain(laterToday);
      expect(openList.find((o) => o.shiftId === clash)).toMatchObject({ clash: true, free: 2 });
      expect(openList.find((o) => o.shiftId === openOne)).toMatchObject({ clash: false });

      const my = await myShifts(h.db, amb.Mehmet!, '2026-11-01');
      expect(my.find((m) => m.shiftId === mine)).toMatchObject({ partners: ['Hodan'] });
      const feed = await feedShiftsOf(h.db, amb.Mehmet!, NOW);
      expect(feed.map((f) => f.shiftId)).toContain(mine);
      expect(JSON.stringify(feed)).not.toContain('Hodan');
    });

    it('renewing the calendar token makes the old one stop working', async () => {
      const old = (await calendarTokenOf(h.db, amb.Fatima!))!;
      expect(old).toMatch(/^[0-9a-f]{64}$/);
      expect(await ambassadorByCalendarToken(h.db, old)).toEqual({ id: amb.Fatima });
      const fresh = await renewCalendarToken(h.db, self.Fatima!);
      expect(fresh).not.toBe(old);
      expect(await ambassadorByCalendarToken(h.db, old)).toBeNull();
      expect(await ambassadorByCalendarToken(h.db, fresh)).toEqual({ id: amb.Fatima });
      // Only her own token changed.
      expect(await ambassadorByCalendarToken(h.db, (await calendarTokenOf(h.db, amb.Ahmad!))!)).toEqual({ id: amb.Ahmad });
      const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'calendar.renewed'));
      expect(JSON.stringify(entry)).not.toContain(fresh);
      expect(JSON.stringify(entry)).not.toContain(old);
    });

    it('finds nobody for malformed, unknown or stopped ambassadors’ tokens', async () => {
      expect(await ambassadorByCalendarToken(h.db, "x' or '1'='1")).toBeNull();
      expect(await ambassadorByCalendarToken(h.db, 'a'.repeat(64))).toBeNull();
      const stopped = (await calendarTokenOf(h.db, amb.Farid!))!;
      expect(await ambassadorByCalendarToken(h.db, stopped)).toBeNull();
    });
  });

  it('keeps the shifts table consistent: assignments always carry their shift’s date and dagdeel', async () => {
    const mismatched = await h.db
      .select({ n: count() })
      .from(shiftAssignments)
      .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
      .where(or(ne(shiftAssignments.date, shifts.date), ne(shiftAssignments.dagdeel, shifts.dagdeel)));
    expect(mismatched[0]!.n).toBe(0);
  });
  describe('undoing a removal from a shift', () => {
    it('puts the ambassador back for the coordinator who removed them, within the time limit, and audits it', async () => {
      const { eventId, shiftIds: [s] } = await eventWith([{ date: '2026-12-14', dagdeel: 'morning' }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! });
      await unassignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! });
      expect(await onShift(s!)).toEqual([]);
      expect(await undoUnassign(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! })).toBe(eventId);
      expect(await onShift(s!)).toEqual([amb.Hodan]);
      const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, s!), eq(auditLog.action, 'shift.assigned')));
      expect(entries.map((e) => e.details)).toContainEqual({ ambassadorId: amb.Hodan, undo: true });
      // A second undo of the same removal changes nothing.
      expect((await errorOf(undoUnassign(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Hodan! })))!.key).toBe('events.errors.alreadyOnShift');
      expect(await onShift(s!)).toEqual([amb.Hodan]);
    });

    it('refuses after the time limit, for another coordinator, and for someone who was never removed', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-15', dagdeel: 'afternoon' }]);
      const [other] = await h.db.insert(users).values({ email: 'other-coordinator@test.nl', name: 'Els de Boer', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Mehmet! });
      await unassignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Mehmet! });
      const later = new Date(Date.now() + UNDO_UNASSIGN_MS + 60_000);
      expect((await errorOf(undoUnassign(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Mehmet! }, later)))!.key).toBe('events.errors.undoExpired');
      expect((await errorOf(undoUnassign(h.db, other!.id, { shiftId: s!, ambassadorId: amb.Mehmet! })))!.key).toBe('events.errors.undoExpired');
      expect((await errorOf(undoUnassign(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Ayse! })))!.key).toBe('events.errors.undoExpired');
      expect(await onShift(s!)).toEqual([]);
    });

    it('refuses when the place was taken in the meantime', async () => {
      const { shiftIds: [s] } = await eventWith([{ date: '2026-12-16', dagdeel: 'evening', places: 1 }]);
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! });
      await unassignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! });
      await assignAmbassador(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Ahmad! });
      expect((await errorOf(undoUnassign(h.db, coordinatorId, { shiftId: s!, ambassadorId: amb.Fatima! })))!.key).toBe('events.errors.full');
      expect(await onShift(s!)).toEqual([amb.Ahmad]);
    });
  });
});
