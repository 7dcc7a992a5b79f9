import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadorAbsences, auditLog, shiftAssignments, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addAmbassador, addShift, amsterdam } from '@/lib/field/test-helpers';
import { assignAmbassador, signUp, swapAssignments } from '@/lib/shifts/mutations';
import { openShiftsFor, shiftOffers, suggestionsForShifts } from '@/lib/shifts/queries';
import { addAbsence, removeAbsence, saveWeek } from './mutations';
import { availabilityFor } from './queries';
import { type Availability, currentOrNextAbsence, slotReasons } from './rules';
import { absenceSchema, weekSchema } from './schema';

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

const absence = (startsOn: string, endsOn: string) => ({ id: `${startsOn}`, startsOn, endsOn, reason: 'holiday' as const });

describe('availability rules (pure)', () => {
  // 2026-12-21 is a Monday.
  it('nothing set: available on every half-day', () => {
    expect(slotReasons({ slots: [], absences: [] }, '2026-12-21', 'evening')).toEqual([]);
  });
  it('a weekly pattern: only the ticked weekday × dagdeel', () => {
    const av: Availability = { slots: [{ weekday: 'MO', dagdeel: 'morning' }], absences: [] };
    expect(slotReasons(av, '2026-12-21', 'morning')).toEqual([]);
    expect(slotReasons(av, '2026-12-21', 'afternoon')).toEqual([{ key: 'availability.errors.notAvailableOn', weekday: 'MO', dagdeel: 'afternoon' }]);
    expect(slotReasons(av, '2026-12-22', 'morning')).toEqual([{ key: 'availability.errors.notAvailableOn', weekday: 'TU', dagdeel: 'morning' }]);
  });
  it('absent on both end days; "until" runs on through a period that follows directly', () => {
    const av: Availability = { slots: [], absences: [absence('2026-12-20', '2026-12-24'), absence('2026-12-25', '2026-12-31')] };
    expect(slotReasons(av, '2026-12-20', 'morning')).toEqual([{ key: 'availability.errors.absentUntil', until: '2026-12-31' }]);
    expect(slotReasons(av, '2026-12-31', 'evening')).toEqual([{ key: 'availability.errors.absentUntil', until: '2026-12-31' }]);
    expect(slotReasons(av, '2027-01-01', 'morning')).toEqual([]);
  });
  it('the current absence, else the next one', () => {
    const list = [absence('2026-12-20', '2026-12-24'), absence('2027-01-10', '2027-01-12')];
    expect(currentOrNextAbsence(list, '2026-12-22')?.startsOn).toBe('2026-12-20');
    expect(currentOrNextAbsence(list, '2026-12-25')?.startsOn).toBe('2027-01-10');
    expect(currentOrNextAbsence(list, '2027-02-01')).toBeNull();
  });
  it('the week form: one checkbox group per weekday; the absence form: end not before start', () => {
    expect(weekSchema.parse({ MO: ['morning', 'evening'], FR: 'afternoon' })).toEqual([
      { weekday: 'MO', dagdeel: 'morning' },
      { weekday: 'MO', dagdeel: 'evening' },
      { weekday: 'FR', dagdeel: 'afternoon' },
    ]);
    expect(weekSchema.safeParse({ MO: 'night' }).success).toBe(false);
    const r = absenceSchema.safeParse({ startsOn: '2026-12-10', endsOn: '2026-12-09', reason: 'holiday' });
    expect(r.success ? null : r.error.issues[0]!.message).toBe('availability.errors.endBeforeStart');
    expect(absenceSchema.safeParse({ startsOn: '2026-12-10', endsOn: '2026-12-10', reason: 'sick' }).success).toBe(false);
  });
});

describe.each(testDrivers)('availability on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const NOW = amsterdam('2026-12-02T10:00');
  const MONDAY = '2026-12-21';
  const event = { kind: 'market' as const, targetLanguages: ['ar'], targetGroup: null, neighbourhoodId: null, startsOn: MONDAY, endsOn: MONDAY };

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coord@availability.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    coordinatorId = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('suggestions skip an absent ambassador and one not available on that dagdeel, and say why; no week set still counts as available', async () => {
    const away = await addAmbassador(h, 'Afwezig');
    const mornings = await addAmbassador(h, 'Alleen ochtend');
    const free = await addAmbassador(h, 'Niets ingevuld');
    const shiftId = await addShift(h, MONDAY, 'afternoon', []);
    await addAbsence(h.db, away, { startsOn: '2026-12-19', endsOn: '2026-12-23', reason: 'holiday' }, NOW);
    await saveWeek(h.db, mornings, [{ weekday: 'MO', dagdeel: 'morning' }, { weekday: 'TU', dagdeel: 'afternoon' }]);

    const slot = [{ id: shiftId, date: MONDAY, dagdeel: 'afternoon' as const }];
    const offers = await shiftOffers(h.db, event, slot);
    const suggested = offers.suggestions.get(shiftId)!.map((s) => s.id);
    expect(suggested).toContain(free.ambassadorId);
    expect(suggested).not.toContain(away.ambassadorId);
    expect(suggested).not.toContain(mornings.ambassadorId);
    expect((await suggestionsForShifts(h.db, event, slot)).get(shiftId)!.map((s) => s.id)).toEqual(suggested);
    const why = new Map(offers.unavailable.get(shiftId)!.map((u) => [u.id, u.reasons]));
    expect(why.get(away.ambassadorId)).toEqual([{ key: 'availability.errors.absentUntil', until: '2026-12-23' }]);
    expect(why.get(mornings.ambassadorId)).toEqual([{ key: 'availability.errors.notAvailableOn', weekday: 'MO', dagdeel: 'afternoon' }]);
    expect(why.has(free.ambassadorId)).toBe(false);

    // The morning of the same Monday suits the morning person; after the absence, the absent one is back.
    const morning = await addShift(h, MONDAY, 'morning', []);
    expect((await suggestionsForShifts(h.db, event, [{ id: morning, date: MONDAY, dagdeel: 'morning' }])).get(morning)!.map((s) => s.id)).toContain(mornings.ambassadorId);
    const later = await addShift(h, '2026-12-24', 'afternoon', []);
    const laterEvent = { ...event, startsOn: '2026-12-24', endsOn: '2026-12-24' };
    expect((await suggestionsForShifts(h.db, laterEvent, [{ id: later, date: '2026-12-24', dagdeel: 'afternoon' }])).get(later)!.map((s) => s.id)).toContain(away.ambassadorId);
  });

  it('the coordinator cannot assign someone absent, but may assign someone outside their week; an ambassador cannot sign up during their own absence', async () => {
    const away = await addAmbassador(h, 'Op vakantie');
    const evenings = await addAmbassador(h, 'Alleen avond');
    await addAbsence(h.db, away, { startsOn: MONDAY, endsOn: MONDAY, reason: 'other' }, NOW);
    await saveWeek(h.db, evenings, [{ weekday: 'SA', dagdeel: 'evening' }]);
    const shiftId = await addShift(h, MONDAY, 'evening', []);

    expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: away.ambassadorId }))).toBe('availability.errors.assignAbsent');
    expect(await errorKey(signUp(h.db, away, shiftId, NOW))).toBe('availability.errors.signUpAbsent');
    expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: evenings.ambassadorId }))).toBeNull();
    const on = await h.db.select({ a: shiftAssignments.ambassadorId }).from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId));
    expect(on.map((r) => r.a)).toEqual([evenings.ambassadorId]);

    // A swap that would put the absent one on a shift that day is refused as well; nothing changes.
    const other = await addShift(h, '2026-12-28', 'morning', [{ ambassadorId: away.ambassadorId }]);
    expect(await errorKey(swapAssignments(h.db, coordinatorId, { shiftId: other, ambassadorId: away.ambassadorId, with: { shiftId, ambassadorId: evenings.ambassadorId } }))).toBe('availability.errors.assignAbsent');
    expect((await h.db.select({ a: shiftAssignments.ambassadorId }).from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId))).map((r) => r.a)).toEqual([evenings.ambassadorId]);

    // Her open shifts say which day she is away; the day after the absence, signing up works again.
    const tuesday = await addShift(h, '2026-12-22', 'evening', []);
    const open = await openShiftsFor(h.db, away.ambassadorId, NOW);
    expect(open.find((o) => o.shiftId === shiftId)?.away).toBe(true);
    expect(open.find((o) => o.shiftId === tuesday)?.away).toBe(false);
    expect(await errorKey(signUp(h.db, away, tuesday, NOW))).toBeNull();
  });

  it('an overlapping absence is refused, touching is fine; a start in the past is refused', async () => {
    const a = await addAmbassador(h, 'Overlap');
    await addAbsence(h.db, a, { startsOn: '2026-12-10', endsOn: '2026-12-15', reason: 'holiday' }, NOW);
    expect(await errorKey(addAbsence(h.db, a, { startsOn: '2026-12-15', endsOn: '2026-12-20', reason: 'holiday' }, NOW))).toBe('availability.errors.overlap');
    expect(await errorKey(addAbsence(h.db, a, { startsOn: '2026-12-01', endsOn: '2026-12-31', reason: 'other' }, NOW))).not.toBeNull();
    expect(await errorKey(addAbsence(h.db, a, { startsOn: '2026-12-16', endsOn: '2026-12-20', reason: 'holiday' }, NOW))).toBeNull();
    let pastError: ActionError | null = null;
    await addAbsence(h.db, a, { startsOn: '2026-12-01', endsOn: '2026-12-03', reason: 'holiday' }, NOW).catch((e) => (pastError = e));
    expect(pastError!.fieldErrors).toEqual({ startsOn: 'availability.errors.startInPast' });
    const own = await availabilityFor(h.db, a.ambassadorId, '2026-12-02');
    expect(own.absences.map((x) => [x.startsOn, x.endsOn])).toEqual([
      ['2026-12-10', '2026-12-15'],
      ['2026-12-16', '2026-12-20'],
    ]);
    // Another ambassador's periods do not count as an overlap.
    const b = await addAmbassador(h, 'Ander');
    expect(await errorKey(addAbsence(h.db, b, { startsOn: '2026-12-10', endsOn: '2026-12-15', reason: 'holiday' }, NOW))).toBeNull();
  });

  it("another ambassador's absence cannot be removed with its id from a form; one's own can, audited without dates", async () => {
    const owner = await addAmbassador(h, 'Eigenaar');
    const intruder = await addAmbassador(h, 'Indringer');
    const id = await addAbsence(h.db, owner, { startsOn: '2027-01-04', endsOn: '2027-01-08', reason: 'holiday' }, NOW);
    expect(await errorKey(removeAbsence(h.db, intruder, id))).toBe('availability.errors.notFound');
    expect(await h.db.select().from(ambassadorAbsences).where(eq(ambassadorAbsences.id, id))).toHaveLength(1);
    await removeAbsence(h.db, owner, id);
    expect(await h.db.select().from(ambassadorAbsences).where(eq(ambassadorAbsences.id, id))).toHaveLength(0);
    const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, owner.ambassadorId)));
    expect(entries.map((e) => e.action).sort()).toEqual(['ambassador.absence_added', 'ambassador.absence_removed']);
    expect(JSON.stringify(entries)).not.toMatch(/2027-01|holiday/);
  });

  it('saving the week replaces it; ticking nothing clears it (available again)', async () => {
    const a = await addAmbassador(h, 'Week');
    await saveWeek(h.db, a, [{ weekday: 'WE', dagdeel: 'morning' }]);
    await saveWeek(h.db, a, [{ weekday: 'TH', dagdeel: 'evening' }, { weekday: 'MO', dagdeel: 'afternoon' }]);
    expect((await availabilityFor(h.db, a.ambassadorId, '2026-12-02')).slots).toEqual([
      { weekday: 'MO', dagdeel: 'afternoon' },
      { weekday: 'TH', dagdeel: 'evening' },
    ]);
    await saveWeek(h.db, a, []);
    expect((await availabilityFor(h.db, a.ambassadorId, '2026-12-02')).slots).toEqual([]);
  });
});
