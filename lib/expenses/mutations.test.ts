import { createHash } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, events, expenseClaims, expenseRates, notifications, receipts, shiftAssignments, shifts, users } from '@/db/schema';
import { render } from '@/lib/notifications/templates';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { demoPdf, demoPng } from './demo-receipts';
import { addRate, approveClaim, claimExpense, ensureDefaultRate, markPaid, rejectClaim } from './mutations';
import { setAttendance, setOwnAttendance } from '@/lib/shifts/mutations';
import { shiftStart } from '@/lib/dagdelen';
import { claimableDagdelenOf, claimsOf, listClaims, openReceipt, payoutOfMonth, rateOnDate, receiptFor } from './queries';

const PNG = { bytes: new Uint8Array(demoPng()), type: 'image/png' as const };
const PDF = { bytes: new Uint8Array(demoPdf(['Bon', 'EUR 6,95'])), type: 'application/pdf' as const };
const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ActionError);

describe.each(testDrivers)('expenses on $name', ({ name, open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  let anna: { userId: string; ambassadorId: string };
  let bram: { userId: string; ambassadorId: string };
  let eventId: string;

  /** A shift on `date`, with assignments: ambassadorId → attended (true/false/null). */
  async function shift(date: string, dagdeel: 'morning' | 'afternoon' | 'evening', who: [string, boolean | null][]): Promise<string> {
    const [s] = await h.db.insert(shifts).values({ eventId, date, dagdeel }).returning({ id: shifts.id });
    for (const [ambassadorId, attended] of who) {
      await h.db.insert(shiftAssignments).values({ shiftId: s!.id, ambassadorId, date, dagdeel, attended });
    }
    return s!.id;
  }

  const counts = async () => ({
    claims: (await h.db.select({ n: count() }).from(expenseClaims))[0]!.n,
    receipts: (await h.db.select({ n: count() }).from(receipts))[0]!.n,
  });

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db
      .insert(users)
      .values({ email: 'coordinator@test.nl', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' })
      .returning({ id: users.id });
    coordinatorId = c!.id;
    const people: Record<string, { userId: string; ambassadorId: string }> = {};
    for (const [displayName, code] of [
      ['Anna', 'A1'],
      ['Bram', 'B1'],
    ] as const) {
      const [a] = await h.db.insert(ambassadors).values({ displayName, status: 'active', referralCode: code }).returning({ id: ambassadors.id });
      const [u] = await h.db
        .insert(users)
        .values({ email: `${code}@test.nl`, name: displayName, passwordHash: 'x', role: 'ambassador', ambassadorId: a!.id })
        .returning({ id: users.id });
      people[displayName] = { userId: u!.id, ambassadorId: a!.id };
    }
    anna = people.Anna!;
    bram = people.Bram!;
    const [e] = await h.db
      .insert(events)
      .values({ title: 'Schoolplein De Regenboog', kind: 'school', startsOn: '2009-01-01', endsOn: '2012-12-31', place: 'Meerzicht' })
      .returning({ id: events.id });
    eventId = e!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  describe('rates', () => {
    it('a fresh database gets the source rate once: EUR 6.95 from 2010-01-01', async () => {
      expect(await rateOnDate(h.db, '2010-09-14')).toBeNull();
      expect(await ensureDefaultRate(h.db)).toBe(true);
      expect(await ensureDefaultRate(h.db)).toBe(false);
      expect(await h.db.select({ amountCents: expenseRates.amountCents, validFrom: expenseRates.validFrom }).from(expenseRates)).toEqual([
        { amountCents: 695, validFrom: '2010-01-01' },
      ]);
    });

    it('the coordinator adds a rate from a day on; the same day twice is refused', async () => {
      const id = await addRate(h.db, coordinatorId, { amount: 750, validFrom: '2011-04-01' });
      const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
      expect(entry).toMatchObject({ action: 'expense.rate_added', actorUserId: coordinatorId, entityType: 'expense' });
      const err = await errorOf(addRate(h.db, coordinatorId, { amount: 800, validFrom: '2011-04-01' }));
      expect(err).toBeInstanceOf(ActionError);
      expect(err!.fieldErrors).toEqual({ validFrom: 'expenses.errors.rateExists' });
      expect(await rateOnDate(h.db, '2011-03-31')).toMatchObject({ amountCents: 695 });
      expect(await rateOnDate(h.db, '2011-04-01')).toMatchObject({ amountCents: 750 });
    });
  });

  describe('claiming', () => {
    it('pays the rate of the shift date: before and on the day of a change', async () => {
      const before = await shift('2011-03-31', 'afternoon', [[anna.ambassadorId, true]]);
      const on = await shift('2011-04-01', 'morning', [[anna.ambassadorId, true]]);
      expect((await claimableDagdelenOf(h.db, anna.ambassadorId)).map((s) => [s.date, s.amountCents])).toEqual([
        ['2011-04-01', 750],
        ['2011-03-31', 695],
      ]);

      const r1 = await claimExpense(h.db, anna, { shiftId: before, receipt: PNG });
      const r2 = await claimExpense(h.db, anna, { shiftId: on, receipt: PDF });
      expect(r1.amountCents).toBe(695);
      expect(r2.amountCents).toBe(750);

      const mine = await claimsOf(h.db, anna.ambassadorId);
      expect(mine.map((c) => [c.shiftDate, c.amountCents, c.status])).toEqual(
        expect.arrayContaining([
          ['2011-03-31', 695, 'submitted'],
          ['2011-04-01', 750, 'submitted'],
        ]),
      );
      expect(await claimableDagdelenOf(h.db, anna.ambassadorId)).toEqual([]);

      // The receipt is stored as uploaded, with the detected type, size and checksum.
      const stored = await receiptFor(h.db, r2.receiptId, { kind: 'ambassador', ambassadorId: anna.ambassadorId });
      expect(stored).toMatchObject({ contentType: 'application/pdf', size: PDF.bytes.length, ambassadorId: anna.ambassadorId });
      expect(Buffer.from(stored!.data).equals(Buffer.from(PDF.bytes))).toBe(true);
      expect(stored!.sha256).toBe(createHash('sha256').update(PDF.bytes).digest('hex'));

      const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, r1.claimId));
      expect(entry).toMatchObject({ action: 'expense.claimed', actorUserId: anna.userId, entityType: 'expense' });
      expect(JSON.stringify(entry)).not.toContain('Anna');
    });

    it('refuses a shift that was not attended (no, or not marked yet), and stores nothing', async () => {
      const absent = await shift('2011-05-02', 'morning', [[anna.ambassadorId, false]]);
      const unmarked = await shift('2011-05-03', 'morning', [[anna.ambassadorId, null]]);
      const before = await counts();
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: absent, receipt: PNG })))?.key).toBe('expenses.errors.notAttended');
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: unmarked, receipt: PNG })))?.key).toBe('expenses.errors.notAttended');
      expect(await counts()).toEqual(before);
      expect((await claimableDagdelenOf(h.db, anna.ambassadorId)).map((s) => s.shiftId)).not.toContain(absent);
    });

    it("refuses another ambassador's shift, even when that ambassador attended it", async () => {
      const bramsShift = await shift('2011-05-04', 'afternoon', [[bram.ambassadorId, true]]);
      const before = await counts();
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: bramsShift, receipt: PNG })))?.key).toBe('expenses.errors.shiftNotFound');
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: '00000000-0000-4000-8000-000000000000', receipt: PNG })))?.key).toBe(
        'expenses.errors.shiftNotFound',
      );
      expect(await counts()).toEqual(before);
    });

    it('one claim per shift per ambassador; the partner on the same shift claims their own', async () => {
      const pair = await shift('2011-05-05', 'morning', [
        [anna.ambassadorId, true],
        [bram.ambassadorId, true],
      ]);
      await claimExpense(h.db, anna, { shiftId: pair, receipt: PNG });
      const before = await counts();
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: pair, receipt: PDF })))?.key).toBe('expenses.errors.alreadyClaimed');
      expect(await counts()).toEqual(before);
      await claimExpense(h.db, bram, { shiftId: pair, receipt: PDF });
      expect((await counts()).claims).toBe(before.claims + 1);
    });

    it('refuses a shift on a day no rate covers', async () => {
      const early = await shift('2009-12-31', 'evening', [[anna.ambassadorId, true]]);
      expect((await claimableDagdelenOf(h.db, anna.ambassadorId)).find((s) => s.shiftId === early)?.amountCents).toBeNull();
      const before = await counts();
      expect((await errorOf(claimExpense(h.db, anna, { shiftId: early, receipt: PNG })))?.key).toBe('expenses.errors.noRate');
      expect(await counts()).toEqual(before);
    });

    it.skipIf(name === 'pglite')('two claims for the same shift at the same moment: one wins, one receipt stored', async () => {
      const s = await shift('2011-05-06', 'morning', [[anna.ambassadorId, true]]);
      const before = await counts();
      // The race made certain: the first claim is written but not yet committed while the second
      // one runs, so the second passes the "already claimed?" read and meets the unique index.
      let second!: Promise<PromiseSettledResult<unknown>>;
      await h.db.transaction(async (tx) => {
        await claimExpense(tx, anna, { shiftId: s, receipt: PNG });
        second = claimExpense(h.db, anna, { shiftId: s, receipt: PDF }).then(
          (value) => ({ status: 'fulfilled' as const, value }),
          (reason: unknown) => ({ status: 'rejected' as const, reason }),
        );
        await new Promise((r) => setTimeout(r, 300));
      });
      const lost = await second;
      expect(lost.status).toBe('rejected');
      expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(ActionError);
      expect(((lost as PromiseRejectedResult).reason as ActionError).key).toBe('expenses.errors.alreadyClaimed');
      expect(await counts()).toEqual({ claims: before.claims + 1, receipts: before.receipts + 1 });
      expect((await claimsOf(h.db, anna.ambassadorId)).filter((c) => c.shiftDate === '2011-05-06')).toHaveLength(1);
    });
  });

  describe('deciding and paying', () => {
    async function newClaim(date: string, who = anna) {
      const s = await shift(date, 'evening', [[who.ambassadorId, true]]);
      return (await claimExpense(h.db, who, { shiftId: s, receipt: PNG })).claimId;
    }
    const statusOf = async (id: string) =>
      (await h.db.select().from(expenseClaims).where(eq(expenseClaims.id, id)))[0]!;

    it('approve: submitted → approved, once', async () => {
      const id = await newClaim('2011-06-01');
      await approveClaim(h.db, coordinatorId, id);
      expect(await statusOf(id)).toMatchObject({ status: 'approved', decidedByUserId: coordinatorId });
      expect((await statusOf(id)).decidedAt).toBeInstanceOf(Date);
      expect((await errorOf(approveClaim(h.db, coordinatorId, id)))?.key).toBe('expenses.errors.notSubmitted');
      expect((await errorOf(approveClaim(h.db, coordinatorId, '00000000-0000-4000-8000-000000000000')))?.key).toBe('expenses.errors.claimNotFound');
      // Anna hears of it once (the refused second approval wrote nothing).
      const told = await h.db.select().from(notifications).where(and(eq(notifications.recipient_user_id, anna.userId), eq(notifications.template, 'expenseDecided')));
      expect(told.filter((n) => n.params.date === '2011-06-01').map((n) => n.params.decision)).toEqual(['approved']);
      expect(render('expenseDecided', 'nl', told.find((n) => n.params.date === '2011-06-01')!.params, { name: 'Anna', user: true }).subject).toBe('Je vergoeding: goedgekeurd');
    });

    it('reject needs a reason, and only a submitted claim can be rejected', async () => {
      const id = await newClaim('2011-06-02');
      const err = await errorOf(rejectClaim(h.db, coordinatorId, id, '   '));
      expect(err?.fieldErrors).toEqual({ reason: 'expenses.errors.reasonRequired' });
      expect((await statusOf(id)).status).toBe('submitted');

      await rejectClaim(h.db, coordinatorId, id, ' De bon is van een andere dag. ');
      expect(await statusOf(id)).toMatchObject({ status: 'rejected', rejectReason: 'De bon is van een andere dag.', decidedByUserId: coordinatorId });
      expect((await errorOf(approveClaim(h.db, coordinatorId, id)))?.key).toBe('expenses.errors.notSubmitted');

      const approved = await newClaim('2011-06-03');
      await approveClaim(h.db, coordinatorId, approved);
      expect((await errorOf(rejectClaim(h.db, coordinatorId, approved, 'Te laat')))?.key).toBe('expenses.errors.notSubmitted');

      // The reason is for the ambassador, not for the audit log.
      const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'expense.rejected')));
      expect(entries).toHaveLength(1);
      expect(JSON.stringify(entries[0])).not.toContain('andere dag');
      // The ambassador reads it.
      expect((await claimsOf(h.db, anna.ambassadorId)).find((c) => c.id === id)).toMatchObject({ status: 'rejected', rejectReason: 'De bon is van een andere dag.' });
    });

    it('pay: only approved claims, all or nothing per submission', async () => {
      const a = await newClaim('2011-06-10');
      const b = await newClaim('2011-06-11');
      const submitted = await newClaim('2011-06-12');
      await approveClaim(h.db, coordinatorId, a);
      await approveClaim(h.db, coordinatorId, b);

      expect((await errorOf(markPaid(h.db, coordinatorId, [a, b, submitted])))?.key).toBe('expenses.errors.notApproved');
      for (const id of [a, b]) expect((await statusOf(id)).status).toBe('approved');
      expect((await statusOf(submitted)).status).toBe('submitted');
      expect((await errorOf(markPaid(h.db, coordinatorId, [])))?.key).toBe('expenses.errors.nothingSelected');

      expect(await markPaid(h.db, coordinatorId, [a, b, a])).toBe(2);
      for (const id of [a, b]) {
        const row = await statusOf(id);
        expect(row.status).toBe('paid');
        expect(row.paidAt).toBeInstanceOf(Date);
      }
      // Paid twice? No: a paid claim is no longer approved.
      expect((await errorOf(markPaid(h.db, coordinatorId, [a])))?.key).toBe('expenses.errors.notApproved');
      const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, 'expense.paid'));
      expect(audits.map((e) => e.entityId).sort()).toEqual([a, b].sort());
    });
  });

  describe('the queue and the payout', () => {
    let ids: Record<string, string>;

    beforeAll(async () => {
      // Fresh months of their own: 2012-02 and 2012-03.
      const make = async (key: string, date: string, dagdeel: 'morning' | 'afternoon', who: typeof anna) => {
        const s = await shift(date, dagdeel, [[who.ambassadorId, true]]);
        return [key, (await claimExpense(h.db, who, { shiftId: s, receipt: PNG })).claimId] as const;
      };
      ids = Object.fromEntries([
        await make('annaFebPaid', '2012-02-01', 'morning', anna),
        await make('annaFebApproved', '2012-02-29', 'afternoon', anna),
        await make('annaFebSubmitted', '2012-02-15', 'morning', anna),
        await make('annaFebRejected', '2012-02-16', 'morning', anna),
        await make('bramFebApproved', '2012-02-10', 'afternoon', bram),
        await make('bramMarPaid', '2012-03-01', 'morning', bram),
      ]);
      for (const k of ['annaFebPaid', 'annaFebApproved', 'bramFebApproved', 'bramMarPaid']) await approveClaim(h.db, coordinatorId, ids[k]!);
      await markPaid(h.db, coordinatorId, [ids.annaFebPaid!, ids.bramMarPaid!]);
      await rejectClaim(h.db, coordinatorId, ids.annaFebRejected!, 'Geen bon');
    });

    const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

    it('filters by month (of the shift), ambassador and status, together', async () => {
      const feb = await listClaims(h.db, { month: '2012-02' });
      expect(idsOf(feb.rows)).toEqual(
        [ids.annaFebPaid, ids.annaFebApproved, ids.annaFebSubmitted, ids.annaFebRejected, ids.bramFebApproved].sort(),
      );
      expect(feb.total).toBe(5);
      // Decide first: submitted, then approved, rejected, paid.
      expect(feb.rows.map((r) => r.status)).toEqual(['submitted', 'approved', 'approved', 'rejected', 'paid']);

      expect(idsOf((await listClaims(h.db, { month: '2012-02', ambassadorId: bram.ambassadorId })).rows)).toEqual([ids.bramFebApproved]);
      expect(idsOf((await listClaims(h.db, { month: '2012-02', status: 'approved' })).rows)).toEqual(
        [ids.annaFebApproved, ids.bramFebApproved].sort(),
      );
      expect(idsOf((await listClaims(h.db, { ambassadorId: bram.ambassadorId, status: 'paid' })).rows)).toEqual([ids.bramMarPaid]);
      expect((await listClaims(h.db, { month: '2012-04' })).rows).toEqual([]);

      const limited = await listClaims(h.db, { month: '2012-02' }, 2);
      expect(limited.rows).toHaveLength(2);
      expect(limited.total).toBe(5);
    });

    it('flags a claim whose attendance the ambassador reported themselves, until the coordinator confirms it', async () => {
      // April 2012, a month of its own. Anna marks her own attendance on the day and claims.
      const own = await shift('2012-04-03', 'morning', [[anna.ambassadorId, null]]);
      await setOwnAttendance(h.db, anna, { shiftId: own, attended: true }, shiftStart('2012-04-03', 'afternoon'));
      const selfClaim = (await claimExpense(h.db, anna, { shiftId: own, receipt: PNG })).claimId;
      // Bram's attendance was marked by the coordinator.
      const marked = await shift('2012-04-04', 'morning', [[bram.ambassadorId, null]]);
      await setAttendance(h.db, coordinatorId, { shiftId: marked, ambassadorId: bram.ambassadorId, attended: true }, shiftStart('2012-04-05', 'morning'));
      const coordinatorClaim = (await claimExpense(h.db, bram, { shiftId: marked, receipt: PNG })).claimId;

      const flags = async () =>
        Object.fromEntries((await listClaims(h.db, { month: '2012-04' })).rows.map((r) => [r.id, r.selfAttested]));
      expect(await flags()).toEqual({ [selfClaim]: true, [coordinatorClaim]: false });

      // The coordinator confirms Anna was there: the flag goes away.
      await setAttendance(h.db, coordinatorId, { shiftId: own, ambassadorId: anna.ambassadorId, attended: true }, shiftStart('2012-04-06', 'morning'));
      expect(await flags()).toEqual({ [selfClaim]: false, [coordinatorClaim]: false });
    });

    it("the month's payout: approved and paid claims by shift date, per ambassador, with totals", async () => {
      const feb = await payoutOfMonth(h.db, '2012-02');
      expect(feb.ambassadors.map((a) => [a.name, a.dagdelen, a.totalCents])).toEqual([
        ['Anna', 2, 1500],
        ['Bram', 1, 750],
      ]);
      expect(feb.ambassadors[0]!.lines.map((l) => [l.date, l.dagdeel, l.status, l.amountCents, l.eventTitle])).toEqual([
        ['2012-02-01', 'morning', 'paid', 750, 'Schoolplein De Regenboog'],
        ['2012-02-29', 'afternoon', 'approved', 750, 'Schoolplein De Regenboog'],
      ]);
      expect([feb.dagdelen, feb.totalCents]).toEqual([3, 2250]);

      const mar = await payoutOfMonth(h.db, '2012-03');
      expect(mar.ambassadors.map((a) => [a.name, a.dagdelen, a.totalCents])).toEqual([['Bram', 1, 750]]);
      expect((await payoutOfMonth(h.db, '2012-01')).ambassadors).toEqual([]);
    });
  });

  describe('receipts', () => {
    it("an ambassador's lookup never returns another ambassador's receipt; the coordinator sees all", async () => {
      const s = await shift('2011-07-01', 'morning', [
        [anna.ambassadorId, true],
        [bram.ambassadorId, true],
      ]);
      const annas = (await claimExpense(h.db, anna, { shiftId: s, receipt: PNG })).receiptId;
      const brams = (await claimExpense(h.db, bram, { shiftId: s, receipt: PDF })).receiptId;

      expect(await receiptFor(h.db, brams, { kind: 'ambassador', ambassadorId: anna.ambassadorId })).toBeNull();
      expect(await receiptFor(h.db, annas, { kind: 'ambassador', ambassadorId: bram.ambassadorId })).toBeNull();
      expect((await receiptFor(h.db, annas, { kind: 'ambassador', ambassadorId: anna.ambassadorId }))?.contentType).toBe('image/png');
      expect((await receiptFor(h.db, brams, { kind: 'all' }))?.contentType).toBe('application/pdf');
      expect(await receiptFor(h.db, '00000000-0000-4000-8000-000000000000', { kind: 'all' })).toBeNull();
    });

    it('opening a receipt is read and audited in one call; a refused or missing one leaves no entry', async () => {
      const s = await shift('2011-07-04', 'morning', [[anna.ambassadorId, true]]);
      const annas = (await claimExpense(h.db, anna, { shiftId: s, receipt: PNG })).receiptId;
      const views = () => h.db.select().from(auditLog).where(and(eq(auditLog.entityId, annas), eq(auditLog.action, 'receipt.viewed')));
      expect(await openReceipt(h.db, { userId: bram.userId, ipHash: null }, annas, { kind: 'ambassador', ambassadorId: bram.ambassadorId })).toBeNull();
      expect(await views()).toEqual([]);
      expect((await openReceipt(h.db, { userId: anna.userId, ipHash: 'h' }, annas, { kind: 'ambassador', ambassadorId: anna.ambassadorId }))?.id).toBe(annas);
      expect(await views()).toEqual([expect.objectContaining({ actorUserId: anna.userId, entityType: 'receipt', ipHash: 'h', details: { own: true } })]);
    });

    it("an ambassador's claims list holds only their own claims", async () => {
      const mine = await claimsOf(h.db, bram.ambassadorId);
      expect(mine.length).toBeGreaterThan(0);
      const owners = await h.db
        .select({ ambassadorId: expenseClaims.ambassadorId })
        .from(expenseClaims)
        .where(eq(expenseClaims.ambassadorId, bram.ambassadorId));
      expect(mine).toHaveLength(owners.length);
      const open = await claimsOf(h.db, bram.ambassadorId, { open: true });
      expect(open.every((c) => c.status === 'submitted' || c.status === 'approved')).toBe(true);
    });
  });
});
