import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, events, shiftAssignments, shifts } from '@/db/schema';
import { seedDemo } from '@/lib/demo';
import { seedShifts } from '@/lib/demo/shifts';
import { memoryTestDb } from '@/db/testing';
import { myShifts, openShiftsFor } from './queries';
import { addDays, isUpcoming, shiftStart, todayLocal } from '@/lib/dagdelen';

// Two moments: a Wednesday in winter and a Sunday in summer, so weekday alignment is exercised.
describe.each([new Date('2026-11-25T11:00:00Z'), new Date('2027-06-13T20:30:00Z')])('seedShifts at %s', (now) => {
  let h: DbHandle;
  const today = todayLocal(now);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await memoryTestDb();
    await seedDemo(h.db, now);
    // Until the lead calls seedShifts from seedDemo, seed the agenda here.
    if ((await h.db.select({ n: count() }).from(events))[0]!.n === 0) await h.db.transaction((tx) => seedShifts(tx, now));
    for (const code of ['AMB01', 'AMB02']) {
      const [a] = await h.db.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.referralCode, code));
      ids[code] = a!.id;
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates about eight events in the last six weeks and the next four, with shifts inside their dates', async () => {
    const rows = await h.db.select().from(events).orderBy(asc(events.startsOn));
    expect(rows.length).toBeGreaterThanOrEqual(7);
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(rows[0]!.startsOn >= addDays(today, -42)).toBe(true);
    expect(rows.at(-1)!.endsOn <= addDays(today, 31)).toBe(true);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['school', 'market', 'festival', 'home_visit', 'community', 'other']));
    const list = await h.db.select({ date: shifts.date, startsOn: events.startsOn, endsOn: events.endsOn, places: shifts.places }).from(shifts).innerJoin(events, eq(shifts.eventId, events.id));
    for (const s of list) expect(s.date >= s.startsOn && s.date <= s.endsOn).toBe(true);
    expect(list.filter((s) => s.places === 2).length).toBeGreaterThan(list.length / 2);
  });

  it('gives Fatima (AMB01) and Ahmad (AMB02) attended past shifts, one unmarked past shift each, and upcoming shifts', async () => {
    for (const code of ['AMB01', 'AMB02']) {
      const mine = await myShifts(h.db, ids[code]!, addDays(today, -60));
      const past = mine.filter((s) => !isUpcoming(s.date, s.dagdeel, now));
      expect(past.filter((s) => s.attended === true).length, code).toBeGreaterThanOrEqual(1);
      expect(past.filter((s) => s.attended === null), code).toHaveLength(1);
      expect(mine.filter((s) => isUpcoming(s.date, s.dagdeel, now)).length, code).toBeGreaterThanOrEqual(1);
    }
    const fatimaNext = (await myShifts(h.db, ids.AMB01!, today)).filter((s) => isUpcoming(s.date, s.dagdeel, now));
    expect(fatimaNext.some((s) => s.partners.length > 0)).toBe(true);
  });

  it('leaves open places in the coming two weeks, and marks attendance on most past assignments', async () => {
    const open = await openShiftsFor(h.db, ids.AMB02!, now);
    expect(open.filter((s) => s.date <= addDays(today, 14)).length).toBeGreaterThanOrEqual(1);
    const all = await h.db.select().from(shiftAssignments);
    const past = all.filter((a) => shiftStart(a.date, a.dagdeel).getTime() <= now.getTime());
    expect(past.filter((a) => a.attended !== null).length).toBeGreaterThan(past.length * 0.75);
    const future = all.filter((a) => shiftStart(a.date, a.dagdeel).getTime() > now.getTime());
    expect(future.every((a) => a.attended === null)).toBe(true);
    const unmarkedFuture = await h.db.select({ n: count() }).from(shiftAssignments).where(and(isNull(shiftAssignments.attended)));
    expect(unmarkedFuture[0]!.n).toBeGreaterThanOrEqual(future.length);
  });
});
