import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, networkContacts, networkOrganisations, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { logContact, saveOrganisation } from './mutations';
import { contactLog, contactStatus, listOrganisations } from './queries';
import { networkContactSchema, daysSince, isContactOverdue, organisationSchema, parseOrganisationFilters } from './schema';

const TODAY = '2026-03-20';
const NOW = new Date('2026-03-20T11:00:00Z');
const daysAgo = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) - n * 86400000).toISOString().slice(0, 10);

function org(over: Record<string, string> = {}) {
  return organisationSchema.parse({ name: 'School', kind: 'primary_school', active: 'on', ...over });
}

describe('overdue rule', () => {
  it('counts whole days and flags more than 7 days, or never', () => {
    expect(daysSince('2026-03-13', TODAY)).toBe(7);
    expect(isContactOverdue(7)).toBe(false);
    expect(isContactOverdue(8)).toBe(true);
    expect(isContactOverdue(0)).toBe(false);
    expect(isContactOverdue(null)).toBe(true);
    // Visited every four weeks: flagged after 28 days, not after 8.
    expect(isContactOverdue(8, 4)).toBe(false);
    expect(isContactOverdue(28, 4)).toBe(false);
    expect(isContactOverdue(29, 4)).toBe(true);
    expect(isContactOverdue(null, 4)).toBe(true);
    expect(daysSince(null, TODAY)).toBeNull();
    // Across the change to summer time (29 March 2026) a day is still a day.
    expect(daysSince('2026-03-28', '2026-04-05')).toBe(8);
  });

  it('ignores bad filter values instead of failing', () => {
    expect(parseOrganisationFilters({ kind: 'castle', wijk: 'Meerzicht', overdue: '1' })).toEqual({ kind: undefined, wijk: 'meerzicht', overdue: true, inactive: false });
  });
});

describe('validation', () => {
  it('requires a name and a known kind', () => {
    const r = organisationSchema.safeParse({ name: '  ', kind: 'castle' });
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)).toEqual({ name: 'required', kind: 'invalidChoice' });
  });

  it('checks e-mail and phone, and turns blanks into nothing', () => {
    const r = organisationSchema.safeParse({ name: 'X', kind: 'mosque', email: 'geen-mail', phone: 'bel me' });
    expect(fieldErrorsOf(r.error!)).toEqual({ email: 'emailInvalid', phone: 'phoneInvalid' });
    expect(org({ email: '', phone: '', contactPerson: ' ' })).toMatchObject({ email: null, phone: null, contactPerson: null, active: true, mayApproachMembers: false });
  });

  it.each([
    ['', 'required'],
    ['20-03-2026', 'invalidDate'],
    ['2026-02-30', 'invalidDate'],
  ])('refuses contact date %j (%s)', (date, key) => {
    const r = networkContactSchema.safeParse({ organisationId: crypto.randomUUID(), userId: crypto.randomUUID(), kind: 'visit', date });
    expect(fieldErrorsOf(r.error!)).toEqual({ date: key });
  });

  it('refuses an unknown contact kind', () => {
    const r = networkContactSchema.safeParse({ organisationId: crypto.randomUUID(), userId: crypto.randomUUID(), kind: 'letter', date: TODAY });
    expect(fieldErrorsOf(r.error!)).toEqual({ kind: 'invalidChoice' });
  });
});

describe.each(testDrivers)('network organisations on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  let caseworkerId: string;
  let ambassadorUserId: string;

  beforeAll(async () => {
    h = await open();
    const rows = await h.db
      .insert(users)
      .values([
        { email: 'c@test.nl', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' },
        { email: 'w@test.nl', name: 'Sanne Bakker', passwordHash: 'x', role: 'caseworker' },
        { email: 'a@test.nl', name: 'Amina', passwordHash: 'x', role: 'ambassador' },
      ])
      .returning({ id: users.id });
    [coordinatorId, caseworkerId, ambassadorUserId] = rows.map((r) => r.id) as [string, string, string];
  });
  afterAll(async () => {
    await h?.close();
  });

  const contact = (organisationId: string, date: string, userId = coordinatorId) =>
    logContact(h.db, coordinatorId, networkContactSchema.parse({ organisationId, date, userId, kind: 'visit', notes: 'Verhaal verteld', nextStep: 'Over een maand' }), NOW);
  const row = async (id: string) => (await listOrganisations(h.db, { inactive: true }, TODAY)).find((r) => r.id === id)!;

  it('creates an organisation with its wijk, refuses a second one with the same name, and audits without personal data', async () => {
    const id = await saveOrganisation(h.db, coordinatorId, org({ name: 'Basisschool De Regenboog', wijk: 'meerzicht', contactPerson: 'Ellen Visser', mayApproachMembers: 'on' }));
    expect(await row(id)).toMatchObject({ name: 'Basisschool De Regenboog', wijkName: 'Meerzicht', mayApproachMembers: true, lastContactOn: null, daysSince: null, overdue: true });
    const err = await saveOrganisation(h.db, coordinatorId, org({ name: 'Basisschool De Regenboog' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).fieldErrors).toEqual({ name: 'network.errors.nameTaken' });
    const bad = await saveOrganisation(h.db, coordinatorId, org({ name: 'Elders', wijk: 'atlantis' })).catch((e: unknown) => e);
    expect((bad as ActionError).fieldErrors).toEqual({ wijk: 'invalidChoice' });
    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action)).toEqual(['network.saved']);
    expect(JSON.stringify(entries)).not.toContain('Ellen');
    // Editing keeps the name free for itself.
    await saveOrganisation(h.db, coordinatorId, org({ id, name: 'Basisschool De Regenboog', kind: 'primary_school', active: '' }));
    expect(await row(id)).toMatchObject({ active: false, overdue: false, wijkName: null });
  });

  it('shows the days since the last contact, flags more than 7 days (exactly 7 is on time), and a new contact resets it', async () => {
    const seven = await saveOrganisation(h.db, coordinatorId, org({ name: 'Zeven dagen' }));
    const eight = await saveOrganisation(h.db, coordinatorId, org({ name: 'Acht dagen', kind: 'mosque' }));
    const never = await saveOrganisation(h.db, coordinatorId, org({ name: 'Nooit', kind: 'welfare' }));
    await contact(seven, daysAgo(30));
    await contact(seven, daysAgo(7));
    await contact(eight, daysAgo(8));
    expect(await row(seven)).toMatchObject({ lastContactOn: daysAgo(7), daysSince: 7, overdue: false });
    expect(await row(eight)).toMatchObject({ daysSince: 8, overdue: true });
    expect(await row(never)).toMatchObject({ daysSince: null, overdue: true });

    // Flagged first (never contacted before the longest ago), then the rest by name; the filter keeps only the flagged.
    const names = (await listOrganisations(h.db, {}, TODAY)).map((r) => r.name);
    expect(names.indexOf('Nooit')).toBeLessThan(names.indexOf('Acht dagen'));
    expect(names.indexOf('Acht dagen')).toBeLessThan(names.indexOf('Zeven dagen'));
    expect((await listOrganisations(h.db, { overdue: true }, TODAY)).map((r) => r.name).sort()).toEqual(['Acht dagen', 'Nooit']);
    expect((await listOrganisations(h.db, { kind: 'mosque' }, TODAY)).map((r) => r.name)).toEqual(['Acht dagen']);

    // A visit by someone else today: 0 days, no longer flagged. An older entry never moves "last contact" back.
    await contact(eight, TODAY, caseworkerId);
    await contact(eight, daysAgo(20));
    expect(await row(eight)).toMatchObject({ lastContactOn: TODAY, daysSince: 0, overdue: false });
    expect(await contactStatus(h.db, eight, TODAY)).toEqual({ lastContactOn: TODAY, daysSince: 0, overdue: false });
    const log = await contactLog(h.db, eight);
    expect(log.map((l) => [l.date, l.userName])).toEqual([
      [TODAY, 'Sanne Bakker'],
      [daysAgo(8), 'Marco Jansen'],
      [daysAgo(20), 'Marco Jansen'],
    ]);
    expect(log[0]).toMatchObject({ kind: 'visit', notes: 'Verhaal verteld', nextStep: 'Over een maand' });
    expect((await listOrganisations(h.db, { overdue: true }, TODAY)).map((r) => r.name)).toEqual(['Nooit']);
  });

  it('flags an organisation by its own visit frequency: every four weeks is on time after 20 days, late after 29', async () => {
    const onTime = await saveOrganisation(h.db, coordinatorId, org({ name: 'Moskee vier weken', kind: 'mosque', visitEveryWeeks: '4' }));
    const late = await saveOrganisation(h.db, coordinatorId, org({ name: 'Bibliotheek vier weken', kind: 'welfare', visitEveryWeeks: '4' }));
    await contact(onTime, daysAgo(20));
    await contact(late, daysAgo(29));
    expect(await row(onTime)).toMatchObject({ daysSince: 20, overdue: false, visitEveryWeeks: 4 });
    expect(await row(late)).toMatchObject({ daysSince: 29, overdue: true });
    expect(await contactStatus(h.db, onTime, TODAY, 4)).toMatchObject({ daysSince: 20, overdue: false });
    expect(await contactStatus(h.db, late, TODAY, 4)).toMatchObject({ daysSince: 29, overdue: true });
    const flagged = (await listOrganisations(h.db, { overdue: true }, TODAY)).map((r) => r.name);
    expect(flagged).toContain('Bibliotheek vier weken');
    expect(flagged).not.toContain('Moskee vier weken');
  });

  it('refuses a contact in the future, by a non-staff user, or for an unknown organisation, and stores nothing', async () => {
    const id = await saveOrganisation(h.db, coordinatorId, org({ name: 'Consultatiebureau', kind: 'child_health_clinic' }));
    const before = (await h.db.select({ n: count() }).from(networkContacts))[0]!.n;
    const keyOf = (p: Promise<unknown>) => p.then(() => null, (e: ActionError) => e.fieldErrors ?? e.key);
    expect(await keyOf(contact(id, '2026-03-21'))).toEqual({ date: 'network.errors.dateInFuture' });
    expect(await keyOf(contact(id, TODAY, ambassadorUserId))).toEqual({ userId: 'network.errors.unknownUser' });
    expect(await keyOf(contact(crypto.randomUUID(), TODAY))).toBe('network.errors.notFound');
    expect((await h.db.select({ n: count() }).from(networkContacts))[0]!.n).toBe(before);
    expect((await row(id)).overdue).toBe(true);
    const [o] = await h.db.select().from(networkOrganisations).where(eq(networkOrganisations.id, id));
    expect(o!.kind).toBe('child_health_clinic');
  });
});
