import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, fieldSignalDetails, leads, referrals, signalLeads, signals, taxonomy_term, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { seedSocialMap } from '@/lib/demo/socialmap';
import { addAmbassador } from '@/lib/field/test-helpers';
import { createFieldSignal, signalToLead, signalToReferral } from './mutations';
import { getSignal, listSignalInbox, policyCsvRows, policyOverview, referralServiceOptions } from './queries';
import { fieldSignalSchema, parseSignalFilters, signalNewLeadSchema, signalReferralSchema } from './schema';

describe('the field signal form', () => {
  it('has no field for a name or phone, and drops one if sent anyway', () => {
    const parsed = fieldSignalSchema.parse({
      themeId: crypto.randomUUID(),
      neighbourhood: 'Meerzicht',
      text: 'Zorgen over schulden bij een gezin',
      residentInvolved: 'yes',
      name: 'Fatima',
      phone: '0612345678',
    });
    expect(Object.keys(parsed).sort()).toEqual(['neighbourhood', 'residentInvolved', 'text', 'themeId', 'urgent']);
    expect(parsed).toMatchObject({ neighbourhood: 'meerzicht', residentInvolved: true, urgent: false });
  });

  it('requires a theme, a wijk, a text and the resident question', () => {
    const r = fieldSignalSchema.safeParse({ themeId: '', neighbourhood: '', text: ' ' });
    expect(fieldErrorsOf(r.error!)).toEqual({ themeId: 'choiceRequired', neighbourhood: 'choiceRequired', text: 'required', residentInvolved: 'choiceRequired' });
  });
});

describe.each(testDrivers)('signals from the field on $name', ({ open }) => {
  let h: DbHandle;
  let coordinatorId: string;
  let amb: { ambassadorId: string; userId: string };
  let themes: { id: string; name: string }[];

  beforeAll(async () => {
    h = await open();
    await h.db.transaction((tx) => seedSocialMap(tx, new Date()));
    const [c] = await h.db.insert(users).values({ email: 'c@signals.test', name: 'Marco', passwordHash: 'x', role: 'coordinator' }).returning({ id: users.id });
    coordinatorId = c!.id;
    amb = await addAmbassador(h, 'Amina Field');
    themes = await h.db.select({ id: taxonomy_term.id, name: taxonomy_term.name }).from(taxonomy_term).where(isNull(taxonomy_term.parent_id)).orderBy(taxonomy_term.name);
  });
  afterAll(async () => {
    await h?.close();
  });

  const send = (themeId: string, over: Record<string, string> = {}, now?: Date) =>
    createFieldSignal(h.db, amb, fieldSignalSchema.parse({ themeId, neighbourhood: 'meerzicht', text: 'Veel zorgen over huur in de flat', residentInvolved: 'yes', ...over }), now);

  it('stores a signal without consent with no personal data: no lead, no referral, an audit of ids and flags only', async () => {
    const before = await h.db.$count(leads);
    const id = await send(themes[0]!.id, { urgent: 'on' });
    const [row] = await h.db.select().from(signals).where(eq(signals.id, id));
    expect(row).toMatchObject({ source: 'ambassador', ambassadorId: amb.ambassadorId, associationId: null, kind: null, status: 'new' });
    const [d] = await h.db.select().from(fieldSignalDetails).where(eq(fieldSignalDetails.signalId, id));
    expect(d).toMatchObject({ themeId: themes[0]!.id, residentInvolved: true, urgent: true, referralId: null });
    expect(await h.db.$count(leads)).toBe(before);
    expect(await h.db.$count(referrals)).toBe(0);
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entry!.action).toBe('signal.created');
    expect(JSON.stringify(entry!.details)).not.toContain('huur');

    const inbox = await listSignalInbox(h.db, parseSignalFilters({ source: 'ambassador' }));
    expect(inbox[0]).toMatchObject({ id, source: 'ambassador', themeName: themes[0]!.name, wijkName: 'Meerzicht', urgent: true, authorName: 'Amina Field' });
  });

  it('refuses a sub-theme and an unknown wijk', async () => {
    const [sub] = await h.db.select({ id: taxonomy_term.id }).from(taxonomy_term).where(eq(taxonomy_term.parent_id, themes[0]!.id)).limit(1);
    await expect(send(sub!.id)).rejects.toMatchObject({ fieldErrors: { themeId: 'invalidChoice' } });
    await expect(send(themes[0]!.id, { neighbourhood: 'atlantis' })).rejects.toMatchObject({ fieldErrors: { neighbourhood: 'invalidChoice' } });
  });

  it('turns a signal into a referral with the consent: the details go on the referral, the signal is handled', async () => {
    const id = await send(themes[1]!.id);
    const services = await referralServiceOptions(h.db, themes[1]!.id);
    const referralId = await signalToReferral(
      h.db,
      { id: coordinatorId, role: 'coordinator' },
      signalReferralSchema.parse({ signalId: id, serviceId: services[0]!.id, firstName: 'Fatima', phone: '06 12345678', consent: 'on', contactPreference: 'phone' }),
    );
    const [ref] = await h.db.select().from(referrals).where(eq(referrals.id, referralId));
    expect(ref).toMatchObject({ first_name: 'Fatima', phone: '+31612345678', taxonomy_term_id: themes[1]!.id });
    const signal = await getSignal(h.db, id);
    expect(signal).toMatchObject({ status: 'handled', referralId, text: 'Veel zorgen over huur in de flat' });
    await expect(
      signalToReferral(h.db, { id: coordinatorId, role: 'coordinator' }, signalReferralSchema.parse({ signalId: id, serviceId: services[0]!.id, firstName: 'X', phone: '0612345679', consent: 'on', contactPreference: 'phone' })),
    ).rejects.toMatchObject({ message: 'signalsInbox.errors.alreadyReferred' });
    // Without the consent tick there is no referral.
    expect(signalReferralSchema.safeParse({ signalId: id, serviceId: services[0]!.id, firstName: 'X', phone: '0612345679', contactPreference: 'phone' }).success).toBe(false);
  });

  it('turns a signal into a lead credited to the ambassador and linked to the signal', async () => {
    const id = await send(themes[2]!.id);
    const leadId = await signalToLead(h.db, coordinatorId, signalNewLeadSchema.parse({ signalId: id, name: 'Yusuf', phone: '0612340000', language: 'ar', consent: 'on' }));
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead).toMatchObject({ name: 'Yusuf', recruitedByAmbassadorId: amb.ambassadorId, source: 'desk' });
    expect(await h.db.select().from(signalLeads).where(eq(signalLeads.signalId, id))).toHaveLength(1);
  });

  it('counts signals by theme and wijk for policy, "<5" below five, and nothing personal in the CSV rows', async () => {
    const theme = themes[3]!;
    for (let i = 0; i < 5; i++) await send(theme.id, { neighbourhood: 'meerzicht' });
    await send(theme.id, { neighbourhood: 'rokkeveen' });
    // A signal older than the period does not count.
    await send(theme.id, {}, new Date(Date.now() - 200 * 86400000));
    const { cells, themes: byTheme } = await policyOverview(h.db, 3);
    expect(cells.filter((c) => c.themeName === theme.name)).toEqual([
      { themeName: theme.name, wijkName: 'Meerzicht', count: 5 },
      { themeName: theme.name, wijkName: 'Rokkeveen', count: null },
    ]);
    // Meerzicht 5 beside a total of 6 would give Rokkeveen's 1 away: the total is withheld.
    expect(byTheme.find((t) => t.themeName === theme.name)).toMatchObject({ count: null, withheld: true });
    // Five more in Rokkeveen: nothing small left, the total is shown again.
    for (let i = 0; i < 4; i++) await send(theme.id, { neighbourhood: 'rokkeveen' });
    const again = await policyOverview(h.db, 3);
    expect(again.cells.filter((c) => c.themeName === theme.name).map((c) => c.count)).toEqual([5, 5]);
    expect(again.themes.find((t) => t.themeName === theme.name)).toMatchObject({ count: 10, withheld: false });
    expect(byTheme.find((t) => t.themeName === themes[0]!.name)).toMatchObject({ count: null, withheld: false });
    const csv = JSON.stringify(policyCsvRows(cells, '-'));
    expect(csv).toContain('"<5"');
    expect(csv).not.toContain('huur');
    expect(csv).not.toContain('Amina');
  });
});
