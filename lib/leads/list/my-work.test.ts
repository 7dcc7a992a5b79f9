import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { myWork, myWorkFilters } from './my-work';

const DAY = 24 * 3600 * 1000;

describe('myWorkFilters', () => {
  it('takes the Amsterdam week from Monday to Sunday around today', () => {
    expect(myWorkFilters('2026-12-03').intakesThisWeek).toEqual({ assigned: 'me', intakeFrom: '2026-11-30', intakeTo: '2026-12-06' });
    expect(myWorkFilters('2026-11-30').intakesThisWeek.intakeFrom).toBe('2026-11-30');
    expect(myWorkFilters('2026-12-06').intakesThisWeek.intakeTo).toBe('2026-12-06');
  });
});

describe.each(testDrivers)("a caseworker's own work on $name", ({ open }) => {
  let h: DbHandle;
  let me: string;
  let colleague: string;
  const today = '2026-12-02'; // a Wednesday; the week runs 30 Nov – 6 Dec
  const now = new Date('2026-12-02T10:00:00Z');
  let seq = 0;
  const lead = (assignedToUserId: string | null, over: Partial<typeof leads.$inferInsert> = {}) =>
    h.db.insert(leads).values({
      name: `Lead ${++seq}`,
      phone: `+316177${String(10000 + seq)}`,
      preferredLanguage: 'ar',
      source: 'desk',
      consentAt: now,
      consentVersion: 't',
      assignedToUserId,
      lastActivityAt: now,
      ...over,
    });

  beforeAll(async () => {
    h = await open();
    const rows = await h.db
      .insert(users)
      .values([
        { email: 'mw-me@example.test', name: 'Sanne Bakker', passwordHash: 'x', role: 'caseworker' },
        { email: 'mw-other@example.test', name: 'Karim Ouali', passwordHash: 'x', role: 'caseworker' },
      ])
      .returning({ id: users.id });
    [me, colleague] = [rows[0]!.id, rows[1]!.id];
    // Intakes: Monday 00:00 and Sunday 23:59 in Amsterdam are this week; a minute before and after are not.
    await lead(me, { status: 'intake', intakeAt: new Date('2026-11-29T23:00:00Z') }); // Mon 30 Nov 00:00 CET
    await lead(me, { status: 'intake', intakeAt: new Date('2026-12-06T22:59:00Z') }); // Sun 6 Dec 23:59 CET
    await lead(me, { status: 'intake', intakeAt: new Date('2026-11-29T22:59:00Z') }); // Sun 29 Nov: last week
    await lead(me, { status: 'intake', intakeAt: new Date('2026-12-06T23:00:00Z') }); // Mon 7 Dec: next week
    await lead(colleague, { status: 'intake', intakeAt: new Date('2026-12-02T09:00:00Z') }); // someone else's
    // Overdue: open and quiet for more than the limit; a closed or fresh one is not.
    await lead(me, { status: 'contacted', lastActivityAt: new Date(now.getTime() - 30 * DAY) });
    await lead(me, { status: 'closed', lastActivityAt: new Date(now.getTime() - 30 * DAY) });
    await lead(colleague, { status: 'contacted', lastActivityAt: new Date(now.getTime() - 30 * DAY) });
    // Offers waiting for a signed plan.
    await lead(me, { status: 'offer', offerOn: '2026-11-20' });
    await lead(me, { status: 'offer', offerOn: '2026-11-25' });
    await lead(null, { status: 'offer', offerOn: '2026-11-25' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts only their own leads, each figure with the link to the list it counts', async () => {
    const work = await myWork(h.db, me, today, now);
    expect(work.map((w) => [w.key, w.count])).toEqual([
      ['intakesThisWeek', 2],
      ['overdue', 1],
      ['offersWaiting', 2],
    ]);
    expect(work[0]!.href).toBe('/staff/leads?assigned=me&intakeFrom=2026-11-30&intakeTo=2026-12-06');
    expect(work[1]!.href).toBe('/staff/leads?assigned=me&overdue=1');
    expect(work[2]!.href).toBe('/staff/leads?assigned=me&step=offer');
    const theirs = await myWork(h.db, colleague, today, now);
    expect(theirs.map((w) => w.count)).toEqual([1, 1, 0]);
  });
});
