import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadorStatusEvents, ambassadors, auditLog, leads, shiftAssignments, shifts, targetPeriods, trainingModules, userInvites, users } from '@/db/schema';
import { addDays, todayLocal } from '@/lib/dates';
import { createSession, recordAttendance } from '@/lib/training/mutations';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { addAmbassador, addShift, amsterdam } from '@/lib/field/test-helpers';
import { signupSchema } from '@/lib/leads/signup/schema';
import { submitSignup } from '@/lib/leads/signup/mutations';
import { assignAmbassador, signUp } from '@/lib/shifts/mutations';
import { ambassadorByCalendarToken, calendarTokenOf, eventShifts, suggestionsForShifts } from '@/lib/shifts/queries';
import { personalTargets } from '@/lib/targets/queries';
import { findInvite } from '@/lib/users/invites';
import { isAmbassadorActive, notOffered, whyNotEligible } from './eligibility';
import { AGREEMENT_VERSION, canMove, nextReferralCode, nt2BelowMinimum } from './lifecycle';
import { acceptAgreement, createAmbassador, inviteAmbassador, moveAmbassador, recordInterview, saveClothing, savePass, saveVog, stopAmbassador } from './mutations';
import { corpsList, currentAgreement, openAmbassadorRecord, ownCorpsStatus, programmeResults } from './queries';
import { profileSchema } from './schema';

async function errorKey(p: Promise<unknown>): Promise<string | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e.key;
    throw e;
  }
}

const profile = (over: Record<string, unknown> = {}) =>
  profileSchema.parse({ name: 'Nadia Haddad', languages: ['nl', 'ar'], background: 'Syrië', neighbourhood: 'meerzicht', nt2Level: 'B1', email: `nadia${Math.random().toString(36).slice(2, 8)}@example.nl`, ...over });

describe('lifecycle rules (pure)', () => {
  it('moves forward along the pipeline (skipping allowed), pauses and resumes, never back, never out of stopped', () => {
    expect(canMove('candidate', 'interview')).toBe(true);
    expect(canMove('candidate', 'active')).toBe(true);
    expect(canMove('training', 'vog')).toBe(false);
    expect(canMove('active', 'paused')).toBe(true);
    expect(canMove('paused', 'active')).toBe(true);
    expect(canMove('active', 'candidate')).toBe(false);
    expect(canMove('stopped', 'active')).toBe(false);
  });
  it('warns below A2 and when the level is unknown', () => {
    expect(nt2BelowMinimum(null)).toBe(true);
    expect(nt2BelowMinimum('A1')).toBe(true);
    expect(nt2BelowMinimum('a2')).toBe(false);
    expect(nt2BelowMinimum('B1')).toBe(false);
  });
  it('numbers referral codes on from the highest AMBnn', () => {
    expect(nextReferralCode([])).toBe('AMB01');
    expect(nextReferralCode(['AMB01', 'AMB23', 'TXYZ', 'AMB7'])).toBe('AMB24');
  });
});

describe.each(testDrivers)('the corps on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  const NOW = amsterdam('2026-12-02T10:00');

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'coord@corps.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    coordinatorId = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('a new candidate gets the next AMB code, a history row and an audit entry without personal data', async () => {
    await h.db.insert(ambassadors).values({ displayName: 'Oud', status: 'active', referralCode: 'AMB23' });
    const id = await createAmbassador(h.db, coordinatorId, profile());
    const [a] = await h.db.select().from(ambassadors).where(eq(ambassadors.id, id));
    expect(a!.referralCode).toBe('AMB24');
    expect(a!.status).toBe('candidate');
    const history = await h.db.select().from(ambassadorStatusEvents).where(eq(ambassadorStatusEvents.ambassadorId, id));
    expect(history.map((e) => [e.fromStatus, e.toStatus, e.actorUserId])).toEqual([[null, 'candidate', coordinatorId]]);
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action)).toEqual(['ambassador.created']);
    expect(JSON.stringify(entries)).not.toMatch(/Nadia|Syri|example\.nl/);
  });

  it('a provider nomination needs the provider', () => {
    expect(profileSchema.safeParse({ name: 'X', source: 'provider' }).success).toBe(false);
  });

  it('refuses a step backwards and records every step in the history', async () => {
    const id = await createAmbassador(h.db, coordinatorId, profile());
    await moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'interview', note: 'Gesprek gepland', confirmNt2: false });
    await moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'training', note: null, confirmNt2: false });
    expect(await errorKey(moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'interview', note: null, confirmNt2: false }))).toBe('corps.errors.transitionNotAllowed');
    const history = await h.db.select().from(ambassadorStatusEvents).where(eq(ambassadorStatusEvents.ambassadorId, id));
    expect(history.map((e) => `${e.fromStatus}->${e.toStatus}`).sort()).toEqual(['interview->training', 'candidate->interview', 'null->candidate'].sort());
  });

  it('activation with NT2 below A2 or unknown asks for a confirmation, then goes ahead', async () => {
    for (const nt2Level of ['A1', undefined]) {
      const id = await createAmbassador(h.db, coordinatorId, profile({ nt2Level }));
      expect(await errorKey(moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'active', note: null, confirmNt2: false }))).toBe('corps.errors.nt2Confirm');
      expect((await h.db.select().from(ambassadors).where(eq(ambassadors.id, id)))[0]!.status).toBe('candidate');
      await moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'active', note: null, confirmNt2: true });
      expect((await h.db.select().from(ambassadors).where(eq(ambassadors.id, id)))[0]!.status).toBe('active');
    }
    const ok = await createAmbassador(h.db, coordinatorId, profile({ nt2Level: 'A2' }));
    expect(await errorKey(moveAmbassador(h.db, coordinatorId, { ambassadorId: ok, to: 'active', note: null, confirmNt2: false }))).toBeNull();
  });

  it('no shift and no suggestion without a VOG; the reason is given; with it, both work', async () => {
    const id = await createAmbassador(h.db, coordinatorId, profile({ name: 'Zonder VOG', languages: ['nl', 'ti'] }));
    await moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'active', note: null, confirmNt2: false });
    expect(await isAmbassadorActive(h.db, id)).toBe(true);
    expect(await whyNotEligible(h.db, id)).toEqual(['corps.errors.noVog']);
    const shiftId = await addShift(h, '2026-12-20', 'morning', []);
    const event = { kind: 'market' as const, targetLanguages: ['ti'], targetGroup: null, neighbourhoodId: null, startsOn: '2026-12-20', endsOn: '2026-12-20' };
    const suggested = async () => (await suggestionsForShifts(h.db, event, [{ id: shiftId, date: '2026-12-20', dagdeel: 'morning' }])).get(shiftId)!.map((s) => s.id);
    expect(await suggested()).not.toContain(id);
    expect((await notOffered(h.db)).find((n) => n.id === id)?.reasons).toEqual(['corps.errors.noVog']);
    expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: id }))).toBe('corps.errors.noVog');
    expect(await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId))).toHaveLength(0);
    // The flag in the list.
    expect((await corpsList(h.db)).find((r) => r.id === id)?.vogMissing).toBe(true);

    await saveVog(h.db, coordinatorId, { ambassadorId: id, requestedOn: '2026-11-01', receivedOn: '2026-11-20', issuedOn: '2026-11-18', cost: 4135 });
    expect(await whyNotEligible(h.db, id)).toEqual([]);
    expect(await suggested()).toContain(id);
    expect((await corpsList(h.db)).find((r) => r.id === id)?.vogMissing).toBe(false);
    expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: id }))).toBeNull();
  });

  it('a candidate is not offered either, and says so', async () => {
    const id = await createAmbassador(h.db, coordinatorId, profile());
    expect(await whyNotEligible(h.db, id)).toEqual(['corps.errors.notActive', 'corps.errors.noVog']);
  });

  it('stopping releases future shifts (not past ones), deactivates the account, ends the feed, the ?ref= code, the split and the invite', async () => {
    const a = await addAmbassador(h, 'Elena Stop', { nt2Level: 'B1' });
    const partner = await addAmbassador(h, 'Partner');
    const [{ code }] = (await h.db.select({ code: ambassadors.referralCode }).from(ambassadors).where(eq(ambassadors.id, a.ambassadorId))) as [{ code: string }];
    const token = (await calendarTokenOf(h.db, a.ambassadorId))!;
    const past = await addShift(h, '2026-11-20', 'morning', [{ ambassadorId: a.ambassadorId, attended: true }]);
    const future = await addShift(h, '2026-12-10', 'afternoon', [{ ambassadorId: a.ambassadorId }, { ambassadorId: partner.ambassadorId }]);
    await h.db.update(ambassadors).set({ email: 'elena@example.nl' }).where(eq(ambassadors.id, a.ambassadorId));
    const [before] = await h.db.select().from(users).where(eq(users.id, a.userId));
    expect(await ambassadorByCalendarToken(h.db, token)).not.toBeNull();

    const out = await stopAmbassador(h.db, coordinatorId, { ambassadorId: a.ambassadorId, stoppedOn: '2026-12-01', reason: 'paid_work', note: null }, NOW);
    expect(out.released).toBe(1);
    const on = async (shiftId: string) => (await h.db.select().from(shiftAssignments).where(eq(shiftAssignments.shiftId, shiftId))).map((r) => r.ambassadorId);
    expect(await on(past)).toEqual([a.ambassadorId]);
    expect(await on(future)).toEqual([partner.ambassadorId]);
    // The event page shows the open place next to the partner.
    const [shift] = await eventShifts(h.db, (await h.db.select({ eventId: shifts.eventId }).from(shifts).where(eq(shifts.id, future)))[0]!.eventId);
    expect(shift!.places - shift!.assignees.length).toBe(1);

    const [after] = await h.db.select().from(users).where(eq(users.id, a.userId));
    expect(after!.active).toBe(false);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await ambassadorByCalendarToken(h.db, token)).toBeNull();
    const input = signupSchema.parse({ name: 'Hassan', phone: '06 51234987', email: '', language: 'tr', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref: code });
    await submitSignup(h.db, input);
    expect((await h.db.select().from(leads).where(eq(leads.phone, input.phone)))[0]!.recruitedByAmbassadorId).toBeNull();
    expect(await errorKey(signUp(h.db, a, future, NOW))).toBe('shifts.errors.notActive');

    const history = await h.db.select().from(ambassadorStatusEvents).where(and(eq(ambassadorStatusEvents.ambassadorId, a.ambassadorId), eq(ambassadorStatusEvents.toStatus, 'stopped')));
    expect(history.map((e) => [e.fromStatus, e.stopReason])).toEqual([['active', 'paid_work']]);
    expect((await programmeResults(h.db)).byReason.paid_work).toBe(1);
    expect(await errorKey(stopAmbassador(h.db, coordinatorId, { ambassadorId: a.ambassadorId, stoppedOn: '2026-12-01', reason: 'other', note: null }, NOW))).toBe('corps.errors.alreadyStopped');
  });

  it('a stopped ambassador leaves the target split', async () => {
    const a = await addAmbassador(h, 'Split Stop');
    const [period] = await h.db.insert(targetPeriods).values({ name: 'Q4', startsOn: '2026-10-01', endsOn: '2026-12-31', groupTarget: 75 }).returning();
    const before = await personalTargets(h.db, period!);
    expect(before.rows.map((r) => r.ambassadorId)).toContain(a.ambassadorId);
    await stopAmbassador(h.db, coordinatorId, { ambassadorId: a.ambassadorId, stoppedOn: '2026-12-01', reason: 'study', note: null }, NOW);
    const after = await personalTargets(h.db, period!);
    expect(after.rows.map((r) => r.ambassadorId)).not.toContain(a.ambassadorId);
  });

  it('stopping revokes an open invite', async () => {
    const id = await createAmbassador(h.db, coordinatorId, profile());
    const { token } = await inviteAmbassador(h.db, coordinatorId, id, NOW);
    expect((await findInvite(h.db, token, NOW)).valid).toBe(true);
    await stopAmbassador(h.db, coordinatorId, { ambassadorId: id, stoppedOn: '2026-12-01', reason: 'moved', note: null }, NOW);
    expect((await findInvite(h.db, token, NOW)).valid).toBe(false);
    expect(await errorKey(inviteAmbassador(h.db, coordinatorId, id, NOW))).toBe('corps.errors.stopped');
    expect((await h.db.select().from(userInvites).where(eq(userInvites.ambassadorId, id)))[0]!.revokedAt).not.toBeNull();
  });

  it('the agreement is accepted once, with version and time; an old version is refused', async () => {
    const a = await addAmbassador(h, 'Akkoord');
    expect(await currentAgreement(h.db, a.ambassadorId)).toBeNull();
    expect(await errorKey(acceptAgreement(h.db, a, '1999-1', AGREEMENT_VERSION))).toBe('corps.errors.agreementChanged');
    await acceptAgreement(h.db, a, AGREEMENT_VERSION, AGREEMENT_VERSION);
    await acceptAgreement(h.db, a, AGREEMENT_VERSION, AGREEMENT_VERSION);
    const accepted = await currentAgreement(h.db, a.ambassadorId);
    expect(accepted?.version).toBe(AGREEMENT_VERSION);
    expect(accepted?.acceptedAt).toBeInstanceOf(Date);
  });

  it("the ambassador's page shows history, interview, pass and clothing, and opening it is audited", async () => {
    const id = await createAmbassador(h.db, coordinatorId, profile());
    await recordInterview(h.db, coordinatorId, { ambassadorId: id, heldOn: '2026-11-02', panel: 'Projectleider', outcome: 'suitable', notes: null });
    await savePass(h.db, coordinatorId, { ambassadorId: id, passNumber: 'ZMP-9', issuedOn: '2026-11-10', expiresOn: '2027-11-10', returnedOn: null });
    await saveClothing(h.db, coordinatorId, { ambassadorId: id, poloSize: 'M', poloIssuedOn: '2026-11-10', poloReturnedOn: null, rain_jacketSize: 'L', rain_jacketIssuedOn: null, rain_jacketReturnedOn: null });
    const d = (await openAmbassadorRecord(h.db, coordinatorId, id))!;
    expect(d.history.map((e) => [e.to, e.by])).toEqual([['candidate', 'Marco']]);
    expect(d.interviews.map((i) => i.outcome)).toEqual(['suitable']);
    expect(d.passNumber).toBe('ZMP-9');
    expect(d.clothing.find((c) => c.item === 'polo')?.size).toBe('M');
    expect(d.account).toBeNull();
    expect(d.openInvite).toBeNull();
    const viewed = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'ambassador.viewed')));
    expect(viewed).toHaveLength(1);
    const own = (await ownCorpsStatus(h.db, id))!;
    expect(own.clothing.map((c) => c.item).sort()).toEqual(['polo', 'rain_jacket']);
    expect(own.agreement).toBeNull();
  });
});

describe.each(testDrivers)('the required-training rule on $name', ({ open }) => {
  it('an active ambassador with a VOG but a required module not attended is not offered and is told why; present at a session, they are', async () => {
    const h = await open();
    try {
      const [u] = await h.db.insert(users).values({ email: 'coord@training-rule.test', name: 'Marco', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
      const coordinatorId = u!.id;
      const id = await createAmbassador(h.db, coordinatorId, profile({ name: 'Nog Niet Getraind' }));
      await moveAmbassador(h.db, coordinatorId, { ambassadorId: id, to: 'active', note: null, confirmNt2: true });
      await saveVog(h.db, coordinatorId, { ambassadorId: id, requestedOn: '2026-11-01', receivedOn: '2026-11-20', issuedOn: '2026-11-18', cost: 4135 });
      // No required module exists yet: nothing to miss.
      expect(await whyNotEligible(h.db, id)).toEqual([]);

      const [m] = await h.db.insert(trainingModules).values({ nameNl: 'Wet inburgering', nameEn: 'Integration law', required: true, position: 1 }).returning({ id: trainingModules.id });
      // An optional module does not count.
      await h.db.insert(trainingModules).values({ nameNl: 'Computervaardigheden', nameEn: 'Computer skills', required: false, position: 2 });
      expect(await whyNotEligible(h.db, id)).toEqual(['training.errors.requiredIncomplete']);
      const shiftId = await addShift(h, '2026-12-20', 'morning', []);
      expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: id }))).toBe('training.errors.requiredIncomplete');
      expect((await notOffered(h.db)).find((n) => n.id === id)?.reasons).toEqual(['training.errors.requiredIncomplete']);

      // Absent does not count; present does.
      const sessionId = await createSession(h.db, coordinatorId, { moduleId: m!.id, date: addDays(todayLocal(), -7), dagdeel: 'morning', room: 'Zaal 1', trainer: 'Ellen Vos' });
      await recordAttendance(h.db, coordinatorId, { sessionId, marks: new Map([[id, 'absent' as const]]) });
      expect(await whyNotEligible(h.db, id)).toEqual(['training.errors.requiredIncomplete']);
      await recordAttendance(h.db, coordinatorId, { sessionId, marks: new Map([[id, 'present' as const]]) });
      expect(await whyNotEligible(h.db, id)).toEqual([]);
      expect(await errorKey(assignAmbassador(h.db, coordinatorId, { shiftId, ambassadorId: id }))).toBeNull();
    } finally {
      await h.close();
    }
  });
});
