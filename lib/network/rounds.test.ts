import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { leads, networkOrganisations, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { ActionError } from '@/lib/actions/errors';
import { createStaffLead, mergeLeads, setNetworkCredit } from '@/lib/leads/journey/mutations';
import { networkCreditSchema, staffCreateSchema } from '@/lib/leads/journey/schema';
import { logContact, saveOrganisation } from './mutations';
import { listOrganisations, organisationLeads, roundList } from './queries';
import { roundStatus } from './rounds';
import { networkContactSchema, organisationSchema } from './schema';

// Wednesday 18 March 2026: the week runs Monday 16 to Sunday 22 March.
const TODAY = '2026-03-18';
const NOW = new Date('2026-03-18T11:00:00Z');

describe('round due dates (Amsterdam weeks, Monday first)', () => {
  const s = (lastContactOn: string | null, visitEveryWeeks = 1, lastRetoldOn: string | null = null) => roundStatus({ lastContactOn, visitEveryWeeks, lastRetoldOn }, TODAY);

  it('is due this week when never visited', () => {
    expect(s(null)).toMatchObject({ dueWeek: '2026-03-16', dueBy: '2026-03-22', state: 'due', behindSchedule: false, offerNotRetold: true });
  });

  it('weekly: a visit last week makes it due this week, one two weeks ago is behind schedule', () => {
    expect(s('2026-03-09')).toMatchObject({ dueWeek: '2026-03-16', state: 'due', behindSchedule: false });
    // Sunday 15 March is still last week.
    expect(s('2026-03-15')).toMatchObject({ dueWeek: '2026-03-16', state: 'due' });
    expect(s('2026-03-08')).toMatchObject({ dueWeek: '2026-03-09', dueBy: '2026-03-15', state: 'overdue', behindSchedule: true });
  });

  it('a visit this week ticks it off and puts the next one in next week', () => {
    expect(s('2026-03-16')).toMatchObject({ dueWeek: '2026-03-23', dueBy: '2026-03-29', state: 'done', behindSchedule: false });
  });

  it('every 3 weeks: due in the third week after the visit, later before that', () => {
    expect(s('2026-03-02', 3)).toMatchObject({ dueWeek: '2026-03-23', state: 'later' });
    expect(s('2026-02-23', 3)).toMatchObject({ dueWeek: '2026-03-16', state: 'due' });
    expect(s('2026-02-16', 3)).toMatchObject({ dueWeek: '2026-03-09', state: 'overdue' });
  });

  it('flags the offer until it is retold in this calendar month', () => {
    expect(s('2026-03-16', 1, '2026-02-28').offerNotRetold).toBe(true);
    expect(s('2026-03-16', 1, '2026-03-01').offerNotRetold).toBe(false);
  });

  it('takes the visit frequency from the form, weekly when blank, 1 to 12', () => {
    expect(organisationSchema.parse({ name: 'X', kind: 'mosque', visitEveryWeeks: '' }).visitEveryWeeks).toBe(1);
    expect(organisationSchema.parse({ name: 'X', kind: 'mosque', visitEveryWeeks: '4' }).visitEveryWeeks).toBe(4);
    const r = organisationSchema.safeParse({ name: 'X', kind: 'mosque', visitEveryWeeks: '13' });
    expect(fieldErrorsOf(r.error!)).toEqual({ visitEveryWeeks: 'network.errors.visitEvery' });
  });
});

describe.each(testDrivers)('the network round and attribution on $name', ({ open }) => {
  let h: DbHandle;
  let me: string;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@round.test', name: 'Marco', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    me = u!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const org = (name: string, visitEveryWeeks = '1') => saveOrganisation(h.db, me, organisationSchema.parse({ name, kind: 'primary_school', active: 'on', visitEveryWeeks }));
  const visit = (organisationId: string, date: string, offerRetold = false) =>
    logContact(h.db, me, networkContactSchema.parse({ organisationId, date, userId: me, kind: 'visit', ...(offerRetold ? { offerRetold: 'on' } : {}) }), NOW);

  it('lists who is due this week, and a logged visit ticks one off', async () => {
    const never = await org('School Nooit');
    const late = await org('Moskee Laat');
    const later = await org('Consultatiebureau Later', '4');
    await visit(late, '2026-03-02');
    await visit(later, '2026-03-09');
    let list = await roundList(h.db, TODAY);
    expect(list.map((r) => [r.name, r.round.state, r.round.dueBy])).toEqual([
      ['Moskee Laat', 'overdue', '2026-03-15'],
      ['School Nooit', 'due', '2026-03-22'],
    ]);
    await visit(never, TODAY, true);
    list = await roundList(h.db, TODAY);
    expect(list.find((r) => r.id === never)!.round).toMatchObject({ state: 'done', offerNotRetold: false });
    const registry = await listOrganisations(h.db, {}, TODAY);
    expect(registry.find((r) => r.id === late)!.round).toMatchObject({ behindSchedule: true, offerNotRetold: true });
    expect(registry.find((r) => r.id === later)!.round.state).toBe('later');
  });

  it('credits desk-entry leads to the organisation and counts them, merged duplicates not', async () => {
    const school = await org('Basisschool Attributie');
    const base = { phone: '0612345670', language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on' };
    const a = await createStaffLead(h.db, me, staffCreateSchema.parse({ ...base, name: 'Eerste', source: 'network', networkOrganisationId: school }));
    const b = await createStaffLead(h.db, me, staffCreateSchema.parse({ ...base, name: 'Tweede', source: 'network', networkOrganisationId: school }));
    await createStaffLead(h.db, me, staffCreateSchema.parse({ ...base, phone: '0612345671', name: 'Balie', source: 'desk' }));
    await h.db.update(leads).set({ offerOn: '2026-03-01' }).where(eq(leads.id, a));
    expect((await organisationLeads(h.db, school)).total).toEqual({ contacts: 2, offers: 1, plans: 0 });
    await mergeLeads(h.db, me, { keepId: a, mergeId: b, samePerson: true });
    const after = await organisationLeads(h.db, school);
    expect(after.total.contacts).toBe(1);
    expect(after.leads.map((l) => l.name)).toEqual(['Eerste']);
  });

  it("credits a lead to an organisation from the lead's page, counted on its page; a network lead keeps one", async () => {
    const mosque = await org('Moskee Krediet');
    const base = { language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on' };
    const desk = await createStaffLead(h.db, me, staffCreateSchema.parse({ ...base, phone: '0612345680', name: 'Via Balie', source: 'desk' }));
    const credit = async (leadId: string, networkOrganisationId: string) => {
      const [l] = await h.db.select({ version: leads.version }).from(leads).where(eq(leads.id, leadId));
      return setNetworkCredit(h.db, me, networkCreditSchema.parse({ leadId, version: String(l!.version), networkOrganisationId }));
    };
    await credit(desk, mosque);
    const [row] = await h.db.select({ org: leads.networkOrganisationId, channel: leads.channel }).from(leads).where(eq(leads.id, desk));
    expect(row).toEqual({ org: mosque, channel: 'desk' });
    expect((await organisationLeads(h.db, mosque)).leads.map((l) => l.name)).toEqual(['Via Balie']);
    // Taken away again.
    await credit(desk, '');
    expect((await organisationLeads(h.db, mosque)).total.contacts).toBe(0);

    // A lead that came in through the network keeps an organisation; an inactive one is refused.
    const net = await createStaffLead(h.db, me, staffCreateSchema.parse({ ...base, phone: '0612345681', name: 'Via Netwerk', source: 'network', networkOrganisationId: mosque }));
    const refused = await credit(net, '').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ActionError);
    expect((refused as ActionError).fieldErrors).toEqual({ networkOrganisationId: 'newLead.errors.organisationRequired' });
    const closed = await saveOrganisation(h.db, me, organisationSchema.parse({ name: 'Gesloten Buurthuis', kind: 'primary_school', visitEveryWeeks: '1' }));
    const inactive = await credit(desk, closed).catch((e: unknown) => e);
    expect((inactive as ActionError).fieldErrors).toEqual({ networkOrganisationId: 'invalidChoice' });
    // The organisation may be made inactive later: the lead keeps it and can be saved with it.
    await credit(desk, mosque);
    await h.db.update(networkOrganisations).set({ active: false }).where(eq(networkOrganisations.id, mosque));
    await credit(desk, mosque);
    const [kept] = await h.db.select({ org: leads.networkOrganisationId }).from(leads).where(eq(leads.id, desk));
    expect(kept!.org).toBe(mosque);
  });

  it('asks for the organisation when the source is the network', () => {
    const r = staffCreateSchema.safeParse({ name: 'X', phone: '0612345672', language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on', source: 'network' });
    expect(fieldErrorsOf(r.error!)).toEqual({ networkOrganisationId: 'newLead.errors.organisationRequired' });
  });
});
