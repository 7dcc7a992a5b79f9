import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, events, expenseClaims, expenseRates, receipts, shiftAssignments, shifts, users } from '@/db/schema';
import { seedExpenses } from '@/lib/demo/expenses';
import { testDrivers } from '@/db/testing';
import { detectReceiptType } from './filetype';
import { claimableDagdelenOf } from './queries';

const NOW = new Date('2010-12-20T12:00:00Z');

describe.each(testDrivers)('seedExpenses on $name', ({ open }) => {
  let h: DbHandle;
  const amb: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    for (let i = 1; i <= 4; i++) {
      const code = `AMB0${i}`;
      const [a] = await h.db.insert(ambassadors).values({ displayName: `Ambassadeur ${i}`, status: 'active', referralCode: code }).returning({ id: ambassadors.id });
      amb[code] = a!.id;
    }
    await h.db.insert(users).values({ email: 'coordinator@test.nl', name: 'Marco', passwordHash: 'x', role: 'coordinator' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('without attended shifts it only makes sure there is a rate', async () => {
    await seedExpenses(h.db, NOW);
    expect(await h.db.select({ amountCents: expenseRates.amountCents, validFrom: expenseRates.validFrom }).from(expenseRates)).toEqual([
      { amountCents: 695, validFrom: '2010-01-01' },
    ]);
    expect((await h.db.select({ n: count() }).from(expenseClaims))[0]!.n).toBe(0);
  });

  it('claims attended shifts in every state, with valid receipts, and leaves the demo ambassador something to claim', async () => {
    const [e] = await h.db
      .insert(events)
      .values({ title: 'Markt Meerzicht', kind: 'market', startsOn: '2010-09-01', endsOn: '2010-12-01', place: 'Meerzicht' })
      .returning({ id: events.id });
    // 24 half-days in pairs: AMB01+AMB02, AMB03+AMB04; one not attended per pair of weeks.
    for (let d = 0; d < 24; d++) {
      const date = `2010-${String(9 + Math.floor(d / 8)).padStart(2, '0')}-${String(1 + (d % 8) * 3).padStart(2, '0')}`;
      const [s] = await h.db.insert(shifts).values({ eventId: e!.id, date, dagdeel: 'morning' }).returning({ id: shifts.id });
      const pair = d % 2 === 0 ? ['AMB01', 'AMB02'] : ['AMB03', 'AMB04'];
      for (const code of pair) {
        await h.db.insert(shiftAssignments).values({ shiftId: s!.id, ambassadorId: amb[code]!, date, dagdeel: 'morning', attended: d % 5 === 4 ? false : true });
      }
    }

    await seedExpenses(h.db, NOW);

    const claims = await h.db.select().from(expenseClaims);
    const statuses = new Set(claims.map((c) => c.status));
    expect([...statuses].sort()).toEqual(['approved', 'paid', 'rejected', 'submitted']);
    expect(claims.every((c) => c.amountCents === 695)).toBe(true);
    expect(claims.filter((c) => c.status === 'rejected').every((c) => (c.rejectReason ?? '').length > 5)).toBe(true);
    expect(claims.filter((c) => c.status === 'paid').every((c) => c.paidAt && c.decidedAt)).toBe(true);
    expect(claims.every((c) => c.submittedAt.getTime() <= NOW.getTime())).toBe(true);

    // Only attended shifts are claimed, each by its own ambassador.
    for (const c of claims) {
      const [a] = await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, c.shiftId!));
      expect(a).toBeDefined();
    }
    const notAttended = await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.attended, false));
    expect(claims.some((c) => notAttended.some((a) => a.shiftId === c.shiftId && a.ambassadorId === c.ambassadorId))).toBe(false);

    // Receipts: real PNGs and PDFs, of the claimant.
    const stored = await h.db.select().from(receipts);
    expect(stored).toHaveLength(claims.length);
    expect(new Set(stored.map((r) => r.contentType))).toEqual(new Set(['image/png', 'application/pdf']));
    for (const r of stored) {
      expect(detectReceiptType(r.data)).toBe(r.contentType);
      expect(r.size).toBe(r.data.length);
      expect(claims.find((c) => c.receiptId === r.id)?.ambassadorId).toBe(r.ambassadorId);
    }

    // The demo ambassador's most recent attended shifts are left to claim.
    const left = await claimableDagdelenOf(h.db, amb.AMB01!);
    expect(left.length).toBeGreaterThanOrEqual(1);
    expect(claims.some((c) => c.ambassadorId === amb.AMB01)).toBe(true);

    // Running it again adds no second default rate and still leaves the demo ambassador a shift.
    await seedExpenses(h.db, NOW);
    expect((await h.db.select({ n: count() }).from(expenseRates))[0]!.n).toBe(1);
    expect((await claimableDagdelenOf(h.db, amb.AMB01!)).length).toBeGreaterThanOrEqual(1);
  });
});
