import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, expenseClaims, leads, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { demoPng } from '@/lib/expenses/demo-receipts';
import { claimExpense, ensureDefaultRate } from '@/lib/expenses/mutations';
import { claimableDagdelenOf } from '@/lib/expenses/queries';
import { assignAmbassador, createShift, saveEvent } from '@/lib/shifts/mutations';
import { answerEscort, bookSlot, createSlot, inviteEscort, saveChecklist, slotStart } from './mutations';
import { coachIntakes, escortSuggestions, leadIntake, myIntakes, openSlotsFor, weekSlots } from './queries';
import { bookSchema, checklistSchema, slotSchema } from './schema';

/** "Now" for these tests, passed to every data function that reads the clock: Saturday 28 November 2026, 11:00 in Amsterdam. */
const NOW = new Date('2026-11-28T10:00:00Z');
const PNG = { bytes: new Uint8Array(demoPng()), type: 'image/png' as const };

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ActionError);

describe.each(testDrivers)('the intake desk on $name', ({ name, open }) => {
  let h: DbHandle;
  let caseworkerId: string;
  const amb: Record<string, { userId: string; ambassadorId: string }> = {};
  let phoneN = 0;

  beforeAll(async () => {
    h = await open();
    const [c] = await h.db.insert(users).values({ email: 'cw@test.nl', name: 'Consulent', passwordHash: 'x', role: 'caseworker' }).returning({ id: users.id });
    caseworkerId = c!.id;
    for (const [displayName, languages] of [
      ['Fatima', ['nl', 'ar']],
      ['Ayse', ['nl', 'tr']],
      ['Noor', ['nl', 'ar']],
    ] as const) {
      const [a] = await h.db
        .insert(ambassadors)
        .values({ displayName, status: 'active', languages: [...languages], referralCode: `I${displayName.toUpperCase()}`, vogReceivedOn: '2010-01-04' })
        .returning({ id: ambassadors.id });
      const [u] = await h.db
        .insert(users)
        .values({ email: `${displayName.toLowerCase()}@test.nl`, name: displayName, passwordHash: 'x', role: 'ambassador', ambassadorId: a!.id })
        .returning({ id: users.id });
      amb[displayName] = { userId: u!.id, ambassadorId: a!.id };
    }
    await ensureDefaultRate(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function newLead(extra: Partial<typeof leads.$inferInsert> = {}) {
    phoneN++;
    const [l] = await h.db
      .insert(leads)
      .values({ name: 'Amina El Idrissi', phone: `+316100${String(phoneN).padStart(5, '0')}`, preferredLanguage: 'ar', source: 'public', consentAt: NOW, consentVersion: 't', ...extra })
      .returning();
    return l!;
  }
  const slot = (date: string, startTime: string, capacity = 1, place = 'Publieksplein') =>
    createSlot(h.db, caseworkerId, slotSchema.parse({ date, startTime, place, capacity: String(capacity) }));
  const book = (lead: { id: string; version: number }, slotId: string, accompanied = false, now = NOW) =>
    bookSlot(h.db, caseworkerId, bookSchema.parse({ leadId: lead.id, version: String(lead.version), slotId, ...(accompanied ? { accompanied: 'on' } : {}) }), now);
  const reload = async (id: string) => (await h.db.select().from(leads).where(eq(leads.id, id)))[0]!;

  it('books a lead into a slot: the lead gets that intake appointment and the week shows who comes', async () => {
    const s = await slot('2026-12-01', '10:00', 2);
    const lead = await newLead({ escortRequested: true });
    const after = await book(lead, s, true);
    expect(after.intakeSlotId).toBe(s);
    expect(after.intakeAt!.toISOString()).toBe(slotStart({ date: '2026-12-01', startTime: '10:00' }).toISOString());
    expect(after.intakePlace).toBe('Publieksplein');
    expect(after.intakeAccompanied).toBe(true);
    expect(after.version).toBe(lead.version + 1);
    const week = await weekSlots(h.db, '2026-11-30');
    const row = week.find((w) => w.id === s)!;
    expect(row.bookings).toEqual([
      expect.objectContaining({ leadId: lead.id, name: 'Amina El Idrissi', language: 'ar', accompanied: true, escortRequested: true, checklistComplete: false, escort: null }),
    ]);
    // Audited with ids only.
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, lead.id), eq(auditLog.action, 'intake.booked')));
    expect(JSON.stringify(entry)).not.toContain('Amina');
  });

  it('refuses a booking past the slot\'s capacity, a slot that has begun, and a stale version', async () => {
    const s = await slot('2026-12-02', '09:00', 1);
    await book(await newLead(), s);
    const second = await newLead();
    expect((await errorOf(book(second, s)))!.key).toBe('intake.errors.full');
    expect((await reload(second.id)).intakeSlotId).toBeNull();
    // The full slot is no longer offered to others.
    expect((await openSlotsFor(h.db, second.id, NOW)).map((o) => o.id)).not.toContain(s);

    const later = await slot('2026-12-02', '11:00', 3);
    expect((await errorOf(book(second, later, false, new Date(slotStart({ date: '2026-12-02', startTime: '11:00' }).getTime() + 1000))))!.key).toBe('intake.errors.slotPast');
    expect((await errorOf(book({ id: second.id, version: second.version + 5 }, later)))!.key).toBe('conflict');
  });

  it('moving a lead to another slot frees its place in the first', async () => {
    const a = await slot('2026-12-03', '09:00', 1);
    const b = await slot('2026-12-03', '10:00', 1);
    const lead = await newLead();
    const once = await book(lead, a);
    await book(once, b);
    expect((await weekSlots(h.db, '2026-11-30')).find((w) => w.id === a)!.bookings).toEqual([]);
    await book(await newLead(), a);
  });

  it.skipIf(name === 'pglite')('lets exactly one of several simultaneous bookings take the last place (row lock on the slot)', async () => {
    for (let round = 0; round < 3; round++) {
      const s = await slot(`2026-12-1${round}`, '14:00', 2);
      await book(await newLead(), s);
      const racers = await Promise.all(Array.from({ length: 5 }, () => newLead()));
      const results = await Promise.allSettled(racers.map((l) => book(l, s)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as ActionError).key)).toEqual(Array(4).fill('intake.errors.full'));
      expect((await weekSlots(h.db, '2026-12-07')).find((w) => w.id === s)!.bookings).toHaveLength(2);
    }
  });

  it('suggests an ambassador who speaks the resident\'s language and is free, and leaves out one with a shift then', async () => {
    const s = await slot('2026-12-04', '13:30', 1);
    const lead = await book(await newLead(), s, true);
    const eventId = await saveEvent(h.db, caseworkerId, {
      eventId: null, title: 'Markt', kind: 'market', startsOn: '2026-12-04', endsOn: '2026-12-04', place: 'Markt', neighbourhood: null, targetLanguages: [], targetGroup: null, notes: null,
    });
    const shiftId = await createShift(h.db, caseworkerId, { eventId, date: '2026-12-04', dagdeel: 'afternoon', places: 2 });
    await assignAmbassador(h.db, caseworkerId, { shiftId, ambassadorId: amb.Noor!.ambassadorId });
    const { suggestions } = await escortSuggestions(h.db, { id: lead.id, language: 'ar', neighbourhoodId: null, intakeAt: lead.intakeAt! });
    expect(suggestions.map((x) => x.displayName)).toEqual(['Fatima']);
  });

  it('asks an ambassador; only that ambassador sees it (first name, time, place) and may answer', async () => {
    const s = await slot('2026-12-05', '10:00', 1);
    const lead = await book(await newLead(), s, true);
    const escortId = await inviteEscort(h.db, caseworkerId, { leadId: lead.id, ambassadorId: amb.Fatima!.ambassadorId });
    const mine = await myIntakes(h.db, amb.Fatima!.ambassadorId, NOW);
    const it1 = mine.find((m) => m.id === escortId)!;
    expect(it1).toMatchObject({ firstName: 'Amina', place: 'Publieksplein', status: 'invited', date: '2026-12-05', dagdeel: 'morning' });
    expect(JSON.stringify(it1)).not.toContain('+316');
    expect(JSON.stringify(it1)).not.toContain('Idrissi');
    expect((await myIntakes(h.db, amb.Ayse!.ambassadorId, NOW)).map((m) => m.id)).not.toContain(escortId);

    expect((await errorOf(answerEscort(h.db, amb.Ayse!, { escortId, answer: 'accept' }, NOW)))!.key).toBe('intakeEscort.errors.notFound');
    await answerEscort(h.db, amb.Fatima!, { escortId, answer: 'accept' }, NOW);
    expect((await leadIntake(h.db, lead.id))!.escort).toMatchObject({ ambassadorName: 'Fatima', status: 'accepted' });
  });

  it('refuses going along at a dagdeel the ambassador already has a shift', async () => {
    const s = await slot('2026-12-04', '14:00', 1);
    const lead = await book(await newLead(), s, true);
    const escortId = await inviteEscort(h.db, caseworkerId, { leadId: lead.id, ambassadorId: amb.Noor!.ambassadorId });
    expect((await errorOf(answerEscort(h.db, amb.Noor!, { escortId, answer: 'accept' }, NOW)))!.key).toBe('intakeEscort.errors.busy');
  });

  it('refuses asking for an intake that is not booked or not accompanied', async () => {
    const lead = await newLead();
    expect((await errorOf(inviteEscort(h.db, caseworkerId, { leadId: lead.id, ambassadorId: amb.Fatima!.ambassadorId })))!.key).toBe('intake.errors.notBooked');
    const s = await slot('2026-12-06', '10:00', 1);
    const booked = await book(lead, s, false);
    expect((await errorOf(inviteEscort(h.db, caseworkerId, { leadId: booked.id, ambassadorId: amb.Fatima!.ambassadorId })))!.key).toBe('intake.errors.notAccompanied');
  });

  it('makes the dagdeel claimable only after accepting and once the intake has begun, once', async () => {
    const s = await slot('2026-12-07', '19:00', 1);
    const lead = await book(await newLead(), s, true);
    const escortId = await inviteEscort(h.db, caseworkerId, { leadId: lead.id, ambassadorId: amb.Ayse!.ambassadorId });
    const after = new Date(slotStart({ date: '2026-12-07', startTime: '19:00' }).getTime() + 60_000);
    // Asked, not yet accepted: nothing to claim, and a claim is refused.
    expect((await claimableDagdelenOf(h.db, amb.Ayse!.ambassadorId, after)).map((c) => c.intakeEscortId)).not.toContain(escortId);
    expect((await errorOf(claimExpense(h.db, amb.Ayse!, { intakeEscortId: escortId, receipt: PNG }, after)))!.key).toBe('expenses.errors.intakeNotAccepted');

    await answerEscort(h.db, amb.Ayse!, { escortId, answer: 'accept' }, NOW);
    // Accepted, but the intake has not begun.
    expect((await claimableDagdelenOf(h.db, amb.Ayse!.ambassadorId, NOW)).map((c) => c.intakeEscortId)).not.toContain(escortId);
    expect((await errorOf(claimExpense(h.db, amb.Ayse!, { intakeEscortId: escortId, receipt: PNG }, NOW)))!.key).toBe('expenses.errors.notAttended');
    // Another ambassador cannot claim it.
    expect((await errorOf(claimExpense(h.db, amb.Fatima!, { intakeEscortId: escortId, receipt: PNG }, after)))!.key).toBe('expenses.errors.shiftNotFound');

    const claimable = (await claimableDagdelenOf(h.db, amb.Ayse!.ambassadorId, after)).find((c) => c.intakeEscortId === escortId);
    expect(claimable).toMatchObject({ date: '2026-12-07', dagdeel: 'evening', meetingKind: 'intake', amountCents: 695 });
    const { amountCents } = await claimExpense(h.db, amb.Ayse!, { intakeEscortId: escortId, receipt: PNG }, after);
    expect(amountCents).toBe(695);
    expect((await h.db.select().from(expenseClaims).where(eq(expenseClaims.intakeEscortId, escortId)))).toHaveLength(1);
    expect((await errorOf(claimExpense(h.db, amb.Ayse!, { intakeEscortId: escortId, receipt: PNG }, after)))!.key).toBe('expenses.errors.alreadyClaimed');
    // Once claimed, the answer and the appointment stay as they are.
    expect((await errorOf(answerEscort(h.db, amb.Ayse!, { escortId, answer: 'decline' }, after)))!.key).toBe('intakeEscort.errors.claimed');
    const other = await slot('2026-12-08', '10:00', 1);
    expect((await errorOf(book(await reload(lead.id), other, true)))!.key).toBe('intake.errors.escortClaimed');
  });

  it('a new time asks the ambassador again; no longer accompanied takes the request away', async () => {
    const a = await slot('2026-12-09', '10:00', 1);
    const b = await slot('2026-12-09', '15:00', 1);
    const lead = await book(await newLead(), a, true);
    const escortId = await inviteEscort(h.db, caseworkerId, { leadId: lead.id, ambassadorId: amb.Fatima!.ambassadorId });
    await answerEscort(h.db, amb.Fatima!, { escortId, answer: 'accept' }, NOW);
    const moved = await book(await reload(lead.id), b, true);
    expect((await myIntakes(h.db, amb.Fatima!.ambassadorId, NOW)).find((m) => m.id === escortId)).toMatchObject({ status: 'invited', dagdeel: 'afternoon' });
    await book(moved, b, false);
    expect((await myIntakes(h.db, amb.Fatima!.ambassadorId, NOW)).map((m) => m.id)).not.toContain(escortId);
  });

  it('keeps the checklist ticked and says when it is complete', async () => {
    const lead = await newLead();
    await saveChecklist(h.db, caseworkerId, checklistSchema.parse({ leadId: lead.id, items: ['id', 'diplomas'] }));
    expect(await leadIntake(h.db, lead.id)).toMatchObject({ checklist: ['id', 'diplomas'], checklistComplete: false });
    await saveChecklist(h.db, caseworkerId, checklistSchema.parse({ leadId: lead.id, items: ['id', 'residencePermit', 'addressProof', 'diplomas'] }));
    expect((await leadIntake(h.db, lead.id))!.checklistComplete).toBe(true);
    expect(() => checklistSchema.parse({ leadId: lead.id, items: ['passport'] })).toThrow();
  });

  it('a coach ticks the checklist of an intake an ambassador goes along to in the next two weeks, and sees the first name only', async () => {
    const soon = await book(await newLead(), await slot('2026-12-03', '14:30', 1), true);
    await inviteEscort(h.db, caseworkerId, { leadId: soon.id, ambassadorId: amb.Ayse!.ambassadorId });
    const farOff = await book(await newLead(), await slot('2026-12-16', '10:00', 1), true);
    await inviteEscort(h.db, caseworkerId, { leadId: farOff.id, ambassadorId: amb.Ayse!.ambassadorId });
    const declined = await book(await newLead(), await slot('2026-12-04', '10:30', 1), true);
    const declinedEscort = await inviteEscort(h.db, caseworkerId, { leadId: declined.id, ambassadorId: amb.Fatima!.ambassadorId });
    await answerEscort(h.db, amb.Fatima!, { escortId: declinedEscort, answer: 'decline' }, NOW);
    const alone = await book(await newLead(), await slot('2026-12-02', '15:00', 1), false);
    const [coach] = await h.db.insert(users).values({ email: 'coach@test.nl', name: 'Coach', passwordHash: 'x', role: 'coach' }).returning({ id: users.id });
    const all = ['id', 'residencePermit', 'addressProof', 'diplomas'];
    const tick = (leadId: string) => saveChecklist(h.db, coach!.id, checklistSchema.parse({ leadId, items: all }), { scope: 'escortedSoon', now: NOW });

    const listed = await coachIntakes(h.db, NOW);
    const mine = listed.find((i) => i.leadId === soon.id)!;
    expect(mine).toMatchObject({ firstName: 'Amina', place: 'Publieksplein', ambassadorName: 'Ayse', escortStatus: 'invited', checklistComplete: false });
    expect(JSON.stringify(mine)).not.toContain('Idrissi');
    expect(JSON.stringify(mine)).not.toContain('+316');
    expect(listed.map((i) => i.leadId)).not.toEqual(expect.arrayContaining([farOff.id]));
    expect(listed.map((i) => i.leadId)).not.toEqual(expect.arrayContaining([declined.id]));
    expect(listed.map((i) => i.leadId)).not.toEqual(expect.arrayContaining([alone.id]));

    await tick(soon.id);
    expect(await leadIntake(h.db, soon.id)).toMatchObject({ checklist: all, checklistComplete: true });
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, soon.id), eq(auditLog.action, 'intake.checklist_saved')));
    expect(entry).toMatchObject({ actorUserId: coach!.id });

    // Beyond two weeks, an ambassador who said no, no ambassador at all: refused, nothing ticked.
    for (const lead of [farOff, declined, alone]) {
      expect((await errorOf(tick(lead.id)))!.key).toBe('leadNotFound');
      expect((await leadIntake(h.db, lead.id))!.checklist).toEqual([]);
    }
    // Once the intake has begun, the coach can no longer tick it.
    expect((await errorOf(saveChecklist(h.db, coach!.id, checklistSchema.parse({ leadId: soon.id, items: [] }), { scope: 'escortedSoon', now: new Date('2026-12-03T14:00:00Z') })))!.key).toBe('leadNotFound');
    // Staff tick any lead.
    await saveChecklist(h.db, caseworkerId, checklistSchema.parse({ leadId: alone.id, items: ['id'] }));
    expect((await leadIntake(h.db, alone.id))!.checklist).toEqual(['id']);
  });

  it('refuses a second slot at the same time and place', async () => {
    await slot('2026-12-14', '09:00', 1);
    const err = await errorOf(slot('2026-12-14', '09:00', 2));
    expect(err!.fieldErrors).toEqual({ startTime: 'intake.errors.slotExists' });
  });
});
