import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbHandle } from '@/db/client';
import { ambassadors, associations, leads, networkOrganisations, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createLead } from '@/lib/leads/create';
import { createStaffLead } from '@/lib/leads/journey/mutations';
import { submitSignup } from '@/lib/leads/signup/mutations';
import { countLeads, parseLeadListFilters } from '@/lib/leads/list/queries';
import { createPeriod } from '@/lib/targets/mutations';
import { getPeriod, listPeriods, periodDetail, signedByAmbassador, signedInPeriod } from '@/lib/targets/queries';
import { todayLocal } from '@/lib/dates';
import { lastQuarter, parseReportPeriod, thisHalfYear } from './period';
import { type Figure, type ListFilter, periodReport } from './queries';

let seq = 0;
const phone = () => `+3161${String(++seq).padStart(7, '0')}`;
const person = (over: Partial<{ language: string; neighbourhood: string }> = {}) => ({
  name: 'Test Persoon',
  phone: phone(),
  language: over.language ?? 'ar',
  neighbourhood: over.neighbourhood ?? 'meerzicht',
});

describe('report periods', () => {
  it('knows this half-year and the last quarter in Amsterdam days', () => {
    expect(thisHalfYear('2026-11-30')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(thisHalfYear('2026-06-30')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(lastQuarter('2026-11-30')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastQuarter('2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(parseReportPeriod({ period: 'custom', from: '2026-03-01', to: '2026-02-01' }, '2026-11-30')).toMatchObject({ preset: 'half', from: '2026-07-01' });
    expect(parseReportPeriod({ period: 'custom', from: '2026-01-01', to: '2026-03-31' }, '2026-11-30')).toEqual({ preset: 'custom', from: '2026-01-01', to: '2026-03-31' });
  });
});

describe.each(testDrivers)('reports on $name', ({ open }) => {
  let h: DbHandle;
  let amina: string, bilal: string, assoc: string, netOrg: string, coordinator: string;
  const refCode = 'AMINA-REF';
  const today = todayLocal();
  const p = { preset: 'custom' as const, from: '2026-01-01', to: today };

  beforeAll(async () => {
    h = await open();
    const [a] = await h.db.insert(ambassadors).values({ displayName: 'Amina', status: 'active', referralCode: refCode }).returning({ id: ambassadors.id });
    const [b] = await h.db.insert(ambassadors).values({ displayName: 'Bilal', status: 'active', referralCode: 'BILAL-REF' }).returning({ id: ambassadors.id });
    const [as] = await h.db.insert(associations).values({ name: 'Afghaanse vereniging', community: 'Afghaans' }).returning({ id: associations.id });
    const [n] = await h.db.insert(networkOrganisations).values({ name: 'Welzijn Zoetermeer', kind: 'welfare' }).returning({ id: networkOrganisations.id });
    const [u] = await h.db.insert(users).values({ email: 'c@example.org', name: 'Co', role: 'coordinator', passwordHash: 'x' }).returning({ id: users.id });
    coordinator = u!.id;
    [amina, bilal, assoc, netOrg] = [a!.id, b!.id, as!.id, n!.id];

    // A public sign-up through Amina's referral link, and one without.
    await submitSignup(h.db, { ...person(), email: null, forWhom: 'self', ref: refCode, website: '' } as never);
    await submitSignup(h.db, { ...person({ language: 'tr' }), email: null, forWhom: 'self', ref: null, website: '' } as never);
    // Desk leads: one brought by Bilal, one by the association, one plain, one passed on by a network organisation.
    const desk = { email: null, forWhom: 'self' as const, consent: 'on' as const, note: null };
    await createStaffLead(h.db, coordinator, { ...person(), ...desk, source: 'desk', creditAmbassador: bilal, creditAssociation: undefined, networkOrganisationId: undefined } as never);
    await createStaffLead(h.db, coordinator, { ...person({ neighbourhood: 'other' }), ...desk, source: 'desk', creditAmbassador: undefined, creditAssociation: assoc, networkOrganisationId: undefined } as never);
    await createStaffLead(h.db, coordinator, { ...person(), ...desk, source: 'desk', creditAmbassador: undefined, creditAssociation: undefined, networkOrganisationId: undefined } as never);
    await createStaffLead(h.db, coordinator, { ...person(), ...desk, source: 'network', creditAmbassador: undefined, creditAssociation: undefined, networkOrganisationId: netOrg } as never);
    // Amina's field contacts, two with Bilal as her partner on the shift, and a sign-up before the period.
    await h.db.transaction(async (tx) => {
      for (const partner of [bilal, bilal, null]) {
        await createLead(tx, person(), {
          source: 'ambassador',
          duplicate: 'flag',
          consentVersion: 't',
          attribution: { recruitedByAmbassadorId: amina, partnerAmbassadorId: partner },
        });
      }
      // 23:30 on 31 December in Amsterdam: outside a period that starts on 1 January.
      await createLead(tx, person(), { source: 'ambassador', duplicate: 'flag', consentVersion: 't', attribution: { recruitedByAmbassadorId: amina }, now: new Date('2025-12-31T22:30:00Z') });
    });
    // Steps: Amina's field contacts signed, one dropped out; the referral sign-up at intake; the desk lead closed.
    const signed = await h.db.select({ id: leads.id }).from(leads).where(and(eq(leads.source, 'ambassador'), sql`${leads.createdAt} > '2026-01-01'`));
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: today }).where(inArray(leads.id, signed.slice(0, 2).map((r) => r.id)));
    await h.db.update(leads).set({ status: 'closed', closeReason: 'not_interested', barriers: ['childcare', 'transport'] }).where(eq(leads.id, signed[2]!.id));
    await h.db.update(leads).set({ status: 'intake', intakeAt: new Date() }).where(and(eq(leads.source, 'public'), eq(leads.channel, 'ambassador')));
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts a sign-up through an ambassador referral link and credited desk leads for their channel, keeping the source', async () => {
    const rows = await h.db.select({ source: leads.source, channel: leads.channel, amb: leads.recruitedByAmbassadorId, net: leads.networkOrganisationId }).from(leads);
    expect(rows.filter((r) => r.source === 'public' && r.channel === 'ambassador' && r.amb === amina)).toHaveLength(1);
    expect(rows.filter((r) => r.source === 'public' && r.channel === 'public')).toHaveLength(1);
    expect(rows.filter((r) => r.source === 'desk' && r.channel === 'ambassador' && r.amb === bilal)).toHaveLength(1);
    expect(rows.filter((r) => r.source === 'desk' && r.channel === 'association')).toHaveLength(1);
    expect(rows.filter((r) => r.source === 'desk' && r.channel === 'desk')).toHaveLength(1);
    expect(rows.filter((r) => r.source === 'network' && r.channel === 'network' && r.net === netOrg)).toHaveLength(1);

    const report = await periodReport(h.db, p, today);
    const byChannel = Object.fromEntries(report.breakdowns.channel.map((r) => [r.key, r.count]));
    // "Recruited by ambassadors" is one figure: 3 field contacts + the referral sign-up + the desk lead Bilal brought.
    expect(byChannel).toMatchObject({ ambassador: 5, public: 1, association: 1, desk: 1, network: 1, participant: 0 });
    const [direct] = await h.db
      .select({ n: count() })
      .from(leads)
      .where(and(eq(leads.channel, 'ambassador'), isNull(leads.mergedIntoId), sql`${leads.createdAt} >= '2025-12-31T23:00:00Z'`));
    expect(byChannel.ambassador).toBe(direct!.n);
  });

  it('gives every figure the lead list filters that list exactly the rows it counts', async () => {
    const report = await periodReport(h.db, p, today);
    const figures: Figure[] = [
      ...report.funnel.steps.map((s) => ({ key: s.step, name: null, count: s.count, filter: s.filter })),
      report.funnel.closed,
      report.funnel.total,
      ...Object.values(report.breakdowns).flat(),
      ...Object.values(report.breakdowns)
        .flat()
        .map((r) => ({ ...r, count: r.signed, filter: r.signedFilter })),
      ...report.signedByChannel,
      ...report.closeReasons,
      ...report.barriers,
      ...report.queues.offers,
      ...report.queues.intakes.map((w) => ({ key: w.week, name: null, count: w.count, filter: w.filter })),
      ...report.ambassadors.rows.map((r) => r.contacts),
    ];
    let checked = 0;
    for (const f of figures) {
      if (!f.filter) continue;
      expect({ key: f.key, filter: f.filter, n: await countLeads(h.db, parseLeadListFilters(f.filter as ListFilter)) }).toEqual({ key: f.key, filter: f.filter, n: f.count });
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    // The funnel against a direct count: 2 plans signed, 1 at intake, 1 dropped out, 9 in all.
    expect(report.funnel.total.count).toBe(9);
    expect(report.funnel.steps.find((s) => s.step === 'plan_signed')!.count).toBe(2);
    expect(report.funnel.steps.find((s) => s.step === 'intake')!.count).toBe(3);
    expect(report.funnel.closed.count).toBe(1);
    expect(report.closeReasons).toEqual([expect.objectContaining({ key: 'not_interested', count: 1 })]);
    expect(report.barriers.map((b) => b.key).sort()).toEqual(['childcare', 'transport']);
    expect(report.breakdowns.network).toEqual([expect.objectContaining({ name: 'Welzijn Zoetermeer', count: 1 })]);
    expect(report.breakdowns.wijk.find((w) => w.key === 'other')!.count).toBe(1);
    expect(report.leadTimes.find((t) => t.step === 'plan_signed')).toMatchObject({ medianDays: 0, measured: 2 });
  });

  it('counts only the scoped channel towards a scoped target', async () => {
    const id = await createPeriod(h.db, null, { name: 'Ambassadeurs', startsOn: '2026-01-01', endsOn: '2026-12-31', groupTarget: '75', channel: 'ambassador', pairRule: 'recruiter' });
    const all = await createPeriod(h.db, null, { name: 'Alles', startsOn: '2026-01-01', endsOn: '2026-12-31', groupTarget: '75', channel: '' });
    // A signed plan from the desk: counts for "every channel", not for the ambassadors' target.
    await h.db.update(leads).set({ status: 'plan_signed', planSignedOn: today }).where(eq(leads.channel, 'desk'));
    const scoped = (await getPeriod(h.db, id))!;
    expect(scoped.channel).toBe('ambassador');
    expect(await signedInPeriod(h.db, scoped)).toBe(2);
    expect(await signedInPeriod(h.db, (await getPeriod(h.db, all))!)).toBe(3);
    const listed = await listPeriods(h.db);
    expect(listed.find((x) => x.id === id)!.signed).toBe(2);
    expect(listed.find((x) => x.id === all)!.signed).toBe(3);
    await h.db.update(leads).set({ status: 'new', planSignedOn: null }).where(eq(leads.channel, 'desk'));
  });

  it('credits a pair by the rule: the recruiter only, both, or half each', async () => {
    const span = { startsOn: '2026-01-01', endsOn: '2026-12-31' };
    // Amina signed 2 plans, both with Bilal as her partner.
    expect(Object.fromEntries(await signedByAmbassador(h.db, { ...span, pairRule: 'recruiter' }))).toEqual({ [amina]: 2 });
    expect(Object.fromEntries(await signedByAmbassador(h.db, { ...span, pairRule: 'both' }))).toEqual({ [amina]: 2, [bilal]: 2 });
    expect(Object.fromEntries(await signedByAmbassador(h.db, { ...span, pairRule: 'half' }))).toEqual({ [amina]: 1, [bilal]: 1 });
    const id = await createPeriod(h.db, null, { name: 'Half', startsOn: '2026-01-01', endsOn: '2026-12-31', groupTarget: '10', channel: '', pairRule: 'half' });
    const detail = await periodDetail(h.db, (await getPeriod(h.db, id))!, today);
    expect(detail.rows.find((r) => r.ambassadorId === bilal)!.result).toBe(1);
    // Under "both" the credited list holds exactly Bilal's credited plans.
    expect(await countLeads(h.db, parseLeadListFilters({ credited: bilal, signedFrom: span.startsOn, signedTo: span.endsOn }))).toBe(2);
  });
});
