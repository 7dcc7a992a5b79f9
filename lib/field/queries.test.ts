import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { signupSchema } from '@/lib/leads/signup/schema';
import { submitSignup } from '@/lib/leads/signup/mutations';
import { AGREEMENT_VERSION } from '@/lib/ambassadors/lifecycle';
import { acceptAgreement, saveClothing, savePass } from '@/lib/ambassadors/mutations';
import { createPeriod } from '@/lib/targets/mutations';
import { currentPeriod, listPeriods, periodDetail } from '@/lib/targets/queries';
import { addDefaultModules, createSession, recordAttendance } from '@/lib/training/mutations';
import { ambassadorProgress, listModules } from '@/lib/training/queries';
import { registerFieldContact } from './mutations';
import { ambassadorProfile, ambassadorStart, myContacts, myTarget } from './queries';
import { fieldContactSchema } from './schema';
import { addAmbassador, addShift, amsterdam } from './test-helpers';

let phoneSeq = 0;
const contact = (name: string) =>
  fieldContactSchema.parse({
    name,
    phone: `06 5${String(1000000 + ++phoneSeq * 53).slice(-7)}`,
    language: 'tr',
    neighbourhood: 'palenstein',
    wants: 'course',
    consent: 'on',
  });

describe.each(testDrivers)('the ambassador start page on $name', ({ open }) => {
  let h: DbHandle;
  let me: { ambassadorId: string; userId: string };
  let other: { ambassadorId: string; userId: string };
  let stopped: { ambassadorId: string; userId: string };

  beforeAll(async () => {
    h = await open();
    me = await addAmbassador(h, 'Ayşe Yılmaz', { languages: ['nl', 'tr'] });
    other = await addAmbassador(h, 'Hatice Kaya');
    stopped = await addAmbassador(h, 'Farid Noori', { status: 'stopped' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('lists only my own contacts, newest first, with the first name and the step only', async () => {
    await registerFieldContact(h.db, me, contact('Zeynep Arslan Öztürk'), { now: amsterdam('2026-12-01T09:00') });
    await registerFieldContact(h.db, me, contact('  Mehmet   Kaya '), { now: amsterdam('2026-12-01T10:00') });
    await registerFieldContact(h.db, other, contact('Olga Petrova'), { now: amsterdam('2026-12-01T11:00') });
    const { leadId: moved } = await registerFieldContact(h.db, me, contact('Yusuf Demir'), { now: amsterdam('2026-12-01T12:00') });
    await h.db.update(leads).set({ status: 'intake' }).where(eq(leads.id, moved));

    const mine = await myContacts(h.db, me.ambassadorId);
    expect(mine.total).toBe(3);
    expect(mine.rows.map((r) => [r.firstName, r.status])).toEqual([
      ['Yusuf', 'intake'],
      ['Mehmet', 'new'],
      ['Zeynep', 'new'],
    ]);
    // Nothing else about the person reaches the page.
    for (const r of mine.rows) expect(Object.keys(r).sort()).toEqual(['createdAt', 'firstName', 'id', 'status']);
    const json = JSON.stringify(mine);
    for (const hidden of ['Arslan', 'Öztürk', 'Kaya', 'Demir', 'Olga', '+316']) expect(json).not.toContain(hidden);

    const theirs = await myContacts(h.db, other.ambassadorId);
    expect(theirs.rows.map((r) => r.firstName)).toEqual(['Olga']);
  });

  it('leaves merged duplicates out and reports the total beyond the rows shown', async () => {
    const amb = await addAmbassador(h, 'Li Wei');
    const ids: string[] = [];
    for (const n of ['Anna Bos', 'Bram Vos', 'Cor Mos']) ids.push((await registerFieldContact(h.db, amb, contact(n))).leadId);
    await h.db.update(leads).set({ mergedIntoId: randomUUID() }).where(eq(leads.id, ids[0]!));
    const page = await myContacts(h.db, amb.ambassadorId, 1);
    expect(page.total).toBe(2);
    expect(page.rows).toHaveLength(1);
    expect(page.rows[0]!.firstName).toBe('Cor');
  });

  it('shows my personal target and my result in the current period, from the coordinator’s figures', async () => {
    const { leadId } = await registerFieldContact(h.db, me, contact('Selin Acar'));
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: '2027-02-10' }).where(eq(leads.id, leadId));
    const { leadId: theirs } = await registerFieldContact(h.db, other, contact('Emre Şahin'));
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: '2027-02-11' }).where(eq(leads.id, theirs));
    // Outside the period: does not count.
    const { leadId: early } = await registerFieldContact(h.db, me, contact('Can Öz'));
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: '2026-12-31' }).where(eq(leads.id, early));

    expect(await myTarget(h.db, me.ambassadorId, '2027-02-15')).toEqual({ period: null, target: null, result: 0, group: null });
    // 3 active ambassadors so far (Ayşe, Hatice, Li Wei): 10 = 4 + 3 + 3, the remainder to the first by name.
    await createPeriod(h.db, null, { name: 'Q1 2027', startsOn: '2027-01-01', endsOn: '2027-03-31', groupTarget: '10' });
    // A plan signed in the period by someone no ambassador recruited counts for the group only.
    const [walkIn] = await h.db
      .insert(leads)
      .values({ name: 'Loket Aanmelding', phone: contact('x').phone, preferredLanguage: 'ar', source: 'desk', consentAt: new Date(), consentVersion: 't', status: 'plan_signed', planSignedOn: '2027-01-20' })
      .returning({ id: leads.id });
    expect(walkIn).toBeDefined();
    const mine = await myTarget(h.db, me.ambassadorId, '2027-02-15');
    expect(mine).toEqual({ period: { name: 'Q1 2027', startsOn: '2027-01-01', endsOn: '2027-03-31' }, target: 4, result: 1, group: { signed: 3, target: 10 } });
    expect(await myTarget(h.db, other.ambassadorId, '2027-02-15')).toMatchObject({ target: 3, result: 1, group: { signed: 3, target: 10 } });

    // The same figures as the coordinator's pages: /staff/targets (listPeriods) and the period's page (periodDetail).
    const period = (await currentPeriod(h.db, '2027-02-15'))!;
    const detail = await periodDetail(h.db, period, '2027-02-15');
    const listed = (await listPeriods(h.db)).find((p) => p.id === period.id)!;
    for (const a of [me, other]) {
      const own = await myTarget(h.db, a.ambassadorId, '2027-02-15');
      const row = detail.rows.find((r) => r.ambassadorId === a.ambassadorId)!;
      expect({ target: own.target, result: own.result }).toEqual({ target: row.target, result: row.result });
      expect(own.group).toEqual({ signed: detail.signed, target: detail.period.groupTarget });
      expect(own.group).toEqual({ signed: listed.signed, target: listed.groupTarget });
    }
    // A stopped ambassador has no personal target.
    expect(await myTarget(h.db, stopped.ambassadorId, '2027-02-15')).toMatchObject({ target: null, result: 0 });
  });

  it('gathers my next shifts with my partner and only my own data', async () => {
    await addShift(h, '2027-02-20', 'morning', [{ ambassadorId: me.ambassadorId }, { ambassadorId: other.ambassadorId }]);
    await addShift(h, '2027-02-21', 'evening', [{ ambassadorId: other.ambassadorId }]);
    const start = await ambassadorStart(h.db, me.ambassadorId, amsterdam('2027-02-15T12:00'));
    expect(start.shifts.map((s) => [s.date, s.dagdeel, s.partners])).toEqual([['2027-02-20', 'morning', ['Hatice Kaya']]]);
    expect(start.openClaims).toEqual([]);
    expect(start.contacts.rows.every((r) => !r.firstName.includes(' '))).toBe(true);
    expect(start.target.result).toBe(1);

    const profile = await ambassadorProfile(h.db, me.ambassadorId);
    expect(profile).toMatchObject({ displayName: 'Ayşe Yılmaz', languages: ['nl', 'tr'] });
    expect(await ambassadorProfile(h.db, randomUUID())).toBeNull();
  });

  it('gives my own programme at a glance: training done, the next session in Amsterdam time, pass, clothing, agreement', async () => {
    await addDefaultModules(h.db, null);
    const required = (await listModules(h.db, { activeOnly: true })).filter((m) => m.required);
    const [a, b, c] = required;
    const plan = (moduleId: string, date: string, dagdeel: 'morning' | 'afternoon' | 'evening') =>
      createSession(h.db, me.userId, { moduleId, date, dagdeel, room: `Zaal ${date} ${dagdeel}`, trainer: 'Trainer' });
    const done = await plan(a!.id, '2027-02-01', 'morning');
    await recordAttendance(h.db, me.userId, { sessionId: done, marks: new Map([[me.ambassadorId, 'present' as const]]) }, amsterdam('2027-02-01T12:00'));
    await plan(a!.id, '2027-02-15', 'afternoon'); // a module I have done: never my next session
    const thisMorning = await plan(b!.id, '2027-02-15', 'morning');
    const tonight = await plan(c!.id, '2027-02-15', 'evening');
    const later = await plan(b!.id, '2027-02-20', 'morning');

    const at = async (now: Date) => (await ambassadorStart(h.db, me.ambassadorId, now)).nextSession?.id;
    // 00:30 in Amsterdam on the 15th is still the 14th in UTC: this morning's session is next.
    expect(await at(new Date('2027-02-14T23:30:00Z'))).toBe(thisMorning);
    expect(await at(amsterdam('2027-02-15T08:59'))).toBe(thisMorning);
    // Once the morning session has started it is no longer "next"; the afternoon one is a module I did.
    expect(await at(amsterdam('2027-02-15T09:00'))).toBe(tonight);
    expect(await at(amsterdam('2027-02-15T18:00'))).toBe(later);
    expect(await at(amsterdam('2027-02-20T09:00'))).toBeUndefined();

    const before = await ambassadorStart(h.db, me.ambassadorId, amsterdam('2027-02-15T10:00'));
    expect(before.nextSession).toMatchObject({ date: '2027-02-15', dagdeel: 'evening', room: 'Zaal 2027-02-15 evening' });
    expect(before.training).toMatchObject({ requiredDone: 1, requiredTotal: required.length, complete: false, certificate: null });
    expect(before.training).toEqual(await ambassadorProgress(h.db, me.ambassadorId));
    expect(before.corps).toMatchObject({ status: 'active', passNumber: null, clothing: [], agreement: null, agreementPending: true });

    await savePass(h.db, me.userId, { ambassadorId: me.ambassadorId, passNumber: 'ZMP-2001', issuedOn: '2027-01-10', expiresOn: '2028-01-10', returnedOn: null });
    await saveClothing(h.db, me.userId, { ambassadorId: me.ambassadorId, poloSize: 'M', poloIssuedOn: '2027-01-10', poloReturnedOn: null, rain_jacketSize: null, rain_jacketIssuedOn: null, rain_jacketReturnedOn: null });
    await acceptAgreement(h.db, { userId: me.userId, ambassadorId: me.ambassadorId }, AGREEMENT_VERSION, AGREEMENT_VERSION);
    const after = await ambassadorStart(h.db, me.ambassadorId, amsterdam('2027-02-15T10:00'));
    expect(after.corps).toMatchObject({ passNumber: 'ZMP-2001', passExpiresOn: '2028-01-10', agreement: { version: AGREEMENT_VERSION }, agreementPending: false });
    // A stopped ambassador is not asked to accept it any more.
    expect((await ambassadorStart(h.db, stopped.ambassadorId, amsterdam('2027-02-15T10:00'))).corps).toMatchObject({ agreement: null, agreementPending: false });
    expect(after.corps!.clothing.map((x) => [x.item, x.size, x.issuedOn])).toEqual([
      ['polo', 'M', '2027-01-10'],
      ['rain_jacket', null, null],
    ]);
    // Nobody else's programme: another ambassador sees none of it.
    const theirs = await ambassadorStart(h.db, other.ambassadorId, amsterdam('2027-02-15T10:00'));
    expect(theirs.training.requiredDone).toBe(0);
    expect(theirs.corps).toMatchObject({ passNumber: null, clothing: [], agreement: null });
  });

  // These add ambassadors, which changes the equal split of the group target: they come last.
  it('a sign-up via my link for a number already in the pipeline looks to me exactly like one for a new number', async () => {
    const known = await addAmbassador(h, 'Nadia Bekend', { referralCode: 'KNOWN-REF' });
    const fresh = await addAmbassador(h, 'Nadia Nieuw', { referralCode: 'FRESH-REF' });
    const pipelinePhone = contact('x').phone;
    await h.db.insert(leads).values({ name: 'Al Bekend', phone: pipelinePhone, preferredLanguage: 'ar', source: 'association', consentAt: new Date(), consentVersion: 't' });
    const signup = (ref: string, phone: string) =>
      submitSignup(h.db, signupSchema.parse({ name: 'Rania Haddad', phone, email: '', language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', ref }));
    await signup('KNOWN-REF', pipelinePhone);
    await signup('FRESH-REF', contact('y').phone);

    const seen = async (a: { ambassadorId: string }) => {
      const { contacts } = await ambassadorStart(h.db, a.ambassadorId, amsterdam('2026-12-01T12:00'));
      return { total: contacts.total, rows: contacts.rows.map((r) => [r.firstName, r.status]) };
    };
    expect(await seen(known)).toEqual(await seen(fresh));
    expect(await seen(fresh)).toEqual({ total: 0, rows: [] });
  });

  it('a contact I register myself shows the same, whether or not the number was already known', async () => {
    const a = await addAmbassador(h, 'Samir Veld');
    const b = await addAmbassador(h, 'Samir Ander');
    const input = contact('Karim Saleh');
    await h.db.insert(leads).values({ name: 'Al Bekend', phone: input.phone, preferredLanguage: 'ar', source: 'public', consentAt: new Date(), consentVersion: 't' });
    await registerFieldContact(h.db, a, input);
    await registerFieldContact(h.db, b, contact('Karim Saleh'));
    const seen = async (x: { ambassadorId: string }) => (await myContacts(h.db, x.ambassadorId)).rows.map((r) => [r.firstName, r.status]);
    expect(await seen(a)).toEqual(await seen(b));
    expect(await seen(a)).toEqual([['Karim', 'new']]);
  });
});
