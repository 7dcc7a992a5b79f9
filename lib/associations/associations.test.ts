import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { associations, auditLog, keyFigures, leads, notifications, signalLeads, signals, targetPeriods, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { removeKeyFigure, saveAssociation, saveKeyFigure } from './mutations';
import { linkSignalLead, replyToSignal, setSignalHandled, unlinkSignalLead } from '@/lib/signals/mutations';
import { associationResults, linkedUsers, listAssociations, listKeyFigures } from './queries';
import { getSignal, listSignalInbox, searchLeads } from '@/lib/signals/queries';
import { associationSchema, keyFigureSchema } from './schema';
import { parseSignalFilters, signalReplySchema } from '@/lib/signals/schema';

describe('association validation', () => {
  it('requires a name and a community, checks e-mail', () => {
    const r = associationSchema.safeParse({ name: '', community: '  ', contactEmail: 'nee' });
    expect(fieldErrorsOf(r.error!)).toEqual({ name: 'required', community: 'required', contactEmail: 'emailInvalid' });
  });
  it('requires a key figure name and a reply text', () => {
    expect(fieldErrorsOf(keyFigureSchema.safeParse({ associationId: crypto.randomUUID(), name: ' ' }).error!)).toEqual({ name: 'required' });
    expect(fieldErrorsOf(signalReplySchema.safeParse({ signalId: crypto.randomUUID(), text: '' }).error!)).toEqual({ text: 'required' });
  });
  it('shows new signals by default and ignores bad filters', () => {
    expect(parseSignalFilters({})).toEqual({ status: 'new', source: 'all', association: undefined });
    expect(parseSignalFilters({ status: 'weird', source: 'x', association: 'x' })).toEqual({ status: 'new', source: 'all', association: undefined });
    expect(parseSignalFilters({ source: 'ambassador' }).source).toBe('ambassador');
    expect(parseSignalFilters({ status: 'all' }).status).toBe('all');
  });
});

describe.each(testDrivers)('associations and signals on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  let afghan: string;
  let turkish: string;
  let n = 0;

  beforeAll(async () => {
    h = await open();
    const [u] = await h.db.insert(users).values({ email: 'c@test.nl', name: 'Marco Jansen', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinatorId = u!.id;
    afghan = await saveAssociation(h.db, coordinatorId, associationSchema.parse({ name: 'Afghaanse Vereniging', community: 'Afghaans', active: 'on', contactPerson: 'Wahid Popal' }));
    turkish = await saveAssociation(h.db, coordinatorId, associationSchema.parse({ name: 'Turks Centrum', community: 'Turks', active: 'on' }));
    await h.db.insert(users).values([
      { email: 'vereniging@test.nl', name: 'Wahid Popal', passwordHash: 'x', role: 'association', associationId: afghan },
      { email: 'oud@test.nl', name: 'Oud Lid', passwordHash: 'x', role: 'association', associationId: afghan, active: false },
    ]);
    await h.db.insert(targetPeriods).values([
      { name: 'Q3+Q4 2010', startsOn: '2010-07-01', endsOn: '2010-12-31', groupTarget: 75 },
      { name: 'Q1+Q2 2011', startsOn: '2011-01-01', endsOn: '2011-06-30', groupTarget: 40 },
    ]);
  });
  afterAll(async () => {
    await h?.close();
  });

  async function lead(associationId: string | null, over: Partial<typeof leads.$inferInsert> = {}) {
    n += 1;
    const [row] = await h.db
      .insert(leads)
      .values({
        name: `Persoon ${n}`,
        phone: `+3161900${String(n).padStart(4, '0')}`,
        preferredLanguage: 'prs',
        source: associationId ? 'association' : 'public',
        associationId,
        consentAt: new Date(),
        consentVersion: 't',
        ...over,
      })
      .returning({ id: leads.id });
    return row!.id;
  }

  it('counts contacts, offers (by offer date) and plans (by signing date) per period and year, never merged or other associations’ leads', async () => {
    // Came in on 30 June 2010 at 23:30 Dutch time: June, so not in the Q3+Q4 period; offer in it, plan in 2011.
    await lead(afghan, { createdAt: new Date('2010-06-30T21:30:00Z'), status: 'plan_signed', offerOn: '2010-07-01', planSignedOn: '2011-01-03' });
    await lead(afghan, { createdAt: new Date('2010-07-01T08:00:00Z'), status: 'plan_signed', offerOn: '2010-12-31', planSignedOn: '2010-12-31' });
    await lead(afghan, { createdAt: new Date('2010-09-01T08:00:00Z'), status: 'offer', offerOn: '2011-01-01' });
    await lead(afghan, { createdAt: new Date('2010-10-01T08:00:00Z'), status: 'contacted' });
    // A merged duplicate with an offer and a plan, and another association's plan: never counted here.
    const kept = await lead(afghan, { createdAt: new Date('2010-08-01T08:00:00Z'), status: 'new' });
    await lead(afghan, { createdAt: new Date('2010-08-02T08:00:00Z'), offerOn: '2010-08-20', planSignedOn: '2010-09-01', mergedIntoId: kept });
    await lead(turkish, { createdAt: new Date('2010-08-01T08:00:00Z'), offerOn: '2010-08-20', planSignedOn: '2010-09-01' });

    const r = await associationResults(h.db, afghan);
    expect(r.total).toEqual({ contacts: 5, offers: 3, plans: 2 });
    expect(r.periods.map((p) => [p.name, p.contacts, p.offers, p.plans])).toEqual([
      ['Q1+Q2 2011', 0, 1, 1],
      ['Q3+Q4 2010', 4, 2, 1],
    ]);
    expect(r.years).toEqual([
      { year: 2011, contacts: 0, offers: 1, plans: 1 },
      { year: 2010, contacts: 5, offers: 2, plans: 1 },
    ]);
    expect((await associationResults(h.db, turkish)).total).toEqual({ contacts: 1, offers: 1, plans: 1 });

    const list = await listAssociations(h.db);
    expect(list.find((a) => a.id === afghan)).toMatchObject({ contacts: 5, offers: 3, plans: 2, contactPerson: 'Wahid Popal' });
  });

  it('edits an association and lists its linked accounts read-only', async () => {
    await saveAssociation(h.db, coordinatorId, associationSchema.parse({ id: turkish, name: 'Turks Cultureel Centrum', community: 'Turks', subsidyNote: 'EUR 1.000' }));
    const row = (await listAssociations(h.db)).find((a) => a.id === turkish)!;
    expect(row).toMatchObject({ name: 'Turks Cultureel Centrum', active: false });
    expect((await listAssociations(h.db)).at(-1)!.id).toBe(turkish); // inactive last
    expect((await linkedUsers(h.db, afghan)).map((u) => [u.name, u.active])).toEqual([
      ['Oud Lid', false],
      ['Wahid Popal', true],
    ]);
    const err = await saveAssociation(h.db, coordinatorId, associationSchema.parse({ id: crypto.randomUUID(), name: 'X', community: 'Y' })).catch((e: ActionError) => e);
    expect((err as ActionError).key).toBe('associationsAdmin.errors.notFound');
  });

  it('adds, edits and removes key figures of one association only', async () => {
    const id = await saveKeyFigure(h.db, coordinatorId, keyFigureSchema.parse({ associationId: afghan, name: 'Zarmina Hashimi', role: 'Vrouwengroep', phone: '06 1900 1011' }));
    await saveKeyFigure(h.db, coordinatorId, keyFigureSchema.parse({ associationId: afghan, id, name: 'Zarmina Hashimi', role: 'Voorzitter vrouwengroep', email: 'z@test.nl' }));
    expect(await listKeyFigures(h.db, afghan)).toEqual([{ id, name: 'Zarmina Hashimi', role: 'Voorzitter vrouwengroep', phone: null, email: 'z@test.nl' }]);
    // Not through another association's page.
    const err = await removeKeyFigure(h.db, coordinatorId, { associationId: turkish, id }).catch((e: ActionError) => e);
    expect((err as ActionError).key).toBe('associationsAdmin.errors.notFound');
    await removeKeyFigure(h.db, coordinatorId, { associationId: afghan, id });
    expect((await h.db.select({ n: count() }).from(keyFigures))[0]!.n).toBe(0);
  });

  it('replies to a signal, marks it handled and reopens it; the inbox filters by status and association', async () => {
    const [s] = await h.db.insert(signals).values({ associationId: afghan, kind: 'potential_participants', text: 'Drie moeders willen Nederlands leren.' }).returning({ id: signals.id });
    const [other] = await h.db.insert(signals).values({ associationId: turkish, kind: 'concern', text: 'Cursus alleen ’s avonds.' }).returning({ id: signals.id });
    const id = s!.id;
    expect((await listSignalInbox(h.db, parseSignalFilters({}))).map((x) => x.id).sort()).toEqual([id, other!.id].sort());
    expect((await listSignalInbox(h.db, parseSignalFilters({ association: afghan }))).map((x) => x.id)).toEqual([id]);

    await replyToSignal(h.db, coordinatorId, signalReplySchema.parse({ signalId: id, text: 'We bellen ze deze week.' }));
    let d = (await getSignal(h.db, id))!;
    expect(d.status).toBe('new');
    expect(d.replies.map((r) => [r.text, r.userName])).toEqual([['We bellen ze deze week.', 'Marco Jansen']]);
    // The association's active member hears of the reply (not the deactivated one), without its text.
    const told = await h.db
      .select({ email: users.email, params: notifications.params })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.recipient_user_id))
      .where(eq(notifications.template, 'signalReply'));
    expect(told.map((t) => t.email)).toEqual(['vereniging@test.nl']);
    expect(JSON.stringify(told)).not.toContain('bellen');

    expect(await setSignalHandled(h.db, coordinatorId, id, true)).toBe(true);
    d = (await getSignal(h.db, id))!;
    expect(d).toMatchObject({ status: 'handled', handledByName: 'Marco Jansen' });
    expect(d.handledAt).toBeInstanceOf(Date);
    expect((await listSignalInbox(h.db, parseSignalFilters({ status: 'new' }))).map((x) => x.id)).toEqual([other!.id]);
    expect((await listSignalInbox(h.db, parseSignalFilters({ status: 'handled' }))).map((x) => x.id)).toEqual([id]);
    expect(await setSignalHandled(h.db, coordinatorId, id, true)).toBe(false); // already handled: nothing recorded

    expect(await setSignalHandled(h.db, coordinatorId, id, false)).toBe(true);
    expect(await getSignal(h.db, id)).toMatchObject({ status: 'new', handledAt: null, handledByName: null });

    // Reply and handle in one go.
    await replyToSignal(h.db, coordinatorId, signalReplySchema.parse({ signalId: id, text: 'Intake gepland.', handle: 'on' }));
    d = (await getSignal(h.db, id))!;
    expect(d.status).toBe('handled');
    expect(d.replies).toHaveLength(2);
    const actions = (await h.db.select({ a: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'signal'), eq(auditLog.entityId, id)))).map((r) => r.a);
    expect(actions).toEqual(['signal.replied', 'signal.handled', 'signal.reopened', 'signal.replied', 'signal.handled']);
    const missing = await replyToSignal(h.db, coordinatorId, signalReplySchema.parse({ signalId: crypto.randomUUID(), text: 'x' })).catch((e: ActionError) => e);
    expect((missing as ActionError).key).toBe('signalsInbox.errors.notFound');
  });

  it('finds leads by name or phone in the association or everywhere, links and unlinks them', async () => {
    const [s] = await h.db.insert(signals).values({ associationId: afghan, kind: 'potential_participants', text: 'Twee gezinnen.' }).returning({ id: signals.id });
    const own = await lead(afghan, { name: 'Mariam Noori', phone: '+31619771234' });
    const elsewhere = await lead(turkish, { name: 'Mariam Yıldız', phone: '+31619775678' });
    const merged = await lead(afghan, { name: 'Mariam Noori', phone: '+31619771234', mergedIntoId: own });

    const names = async (q: string, scope: 'association' | 'all') => (await searchLeads(h.db, { q, scope, associationId: afghan })).map((l) => l.id);
    expect(await names('mariam', 'association')).toEqual([own]);
    expect((await names('MARIAM', 'all')).sort()).toEqual([own, elsewhere].sort());
    expect(await names('06 1977 5678', 'all')).toEqual([elsewhere]);
    expect(await names('06 1977 5678', 'association')).toEqual([]);
    expect(await names('', 'all')).toEqual([]);
    expect(await names('', 'association')).toContain(own);
    expect(await names('', 'association')).not.toContain(merged);

    await linkSignalLead(h.db, coordinatorId, s!.id, own);
    await linkSignalLead(h.db, coordinatorId, s!.id, elsewhere);
    expect((await getSignal(h.db, s!.id))!.leads.map((l) => l.name)).toEqual(['Mariam Noori', 'Mariam Yıldız']);
    const twice = await linkSignalLead(h.db, coordinatorId, s!.id, own).catch((e: ActionError) => e);
    expect((twice as ActionError).key).toBe('signalsInbox.errors.alreadyLinked');
    const gone = await linkSignalLead(h.db, coordinatorId, s!.id, merged).catch((e: ActionError) => e);
    expect((gone as ActionError).key).toBe('signalsInbox.errors.leadNotFound');

    await unlinkSignalLead(h.db, coordinatorId, s!.id, own);
    expect((await getSignal(h.db, s!.id))!.leads.map((l) => l.id)).toEqual([elsewhere]);
    expect((await h.db.select({ n: count() }).from(signalLeads))[0]!.n).toBe(1);
    const again = await unlinkSignalLead(h.db, coordinatorId, s!.id, own).catch((e: ActionError) => e);
    expect((again as ActionError).key).toBe('signalsInbox.errors.notFound');
    // The lead itself is untouched.
    expect((await h.db.select({ n: count() }).from(leads).where(eq(leads.id, own)))[0]!.n).toBe(1);
    expect((await h.db.select({ n: count() }).from(associations))[0]!.n).toBe(2);
  });
});
