import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, leads, referralEvents, referrals, service, taxonomy_term } from '@/db/schema';
import { seedSocialMap } from '@/lib/demo/socialmap';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { completeSocialMapTraining } from '@/lib/training/test-helpers';
import { createUser } from '@/lib/users/mutations';
import { ownLeadOptions } from '@/lib/socialmap/search/queries';
import { type Actor, createReferral, expireStaleReferrals, updateReferralStatus, viewReferral } from './mutations';
import { getReferral, listReferrals, referralStats } from './queries';
import { referralCreateSchema, referralUpdateSchema } from './schema';

const DAY = 24 * 3600 * 1000;
let seq = 0;

describe.each(testDrivers)('closed-loop referrals on $name', ({ name, open }) => {
  let h: DbHandle;
  let amb: Actor;
  let amb2: Actor;
  let cw: Actor;
  let ownLead: string;
  let otherLead: string;
  let maatje: string;
  let inactive: string;
  const termId: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    await h.db.transaction((tx) => seedSocialMap(tx));
    for (const t of await h.db.select().from(taxonomy_term)) termId[t.code!] = t.id;
    const [a1, a2] = await h.db
      .insert(ambassadors)
      .values([
        { displayName: 'Amb Een', referralCode: `R1${name}`, status: 'active' },
        { displayName: 'Amb Twee', referralCode: `R2${name}`, status: 'active' },
      ])
      .returning();
    const u = (email: string, role: 'ambassador' | 'caseworker', ambassadorId?: string) =>
      createUser(h.db, { email: `${email}-${name}@t.nl`, name: email, role, password: 'a-long-password', ambassadorId });
    amb = { id: await u('amb1', 'ambassador', a1!.id), role: 'ambassador', ambassadorId: a1!.id };
    amb2 = { id: await u('amb2', 'ambassador', a2!.id), role: 'ambassador', ambassadorId: a2!.id };
    cw = { id: await u('cw', 'caseworker'), role: 'caseworker', ambassadorId: null };
    // Both ambassadors took the training on early signalling and the social map (needed to refer).
    await completeSocialMapTraining(h.db, cw.id, [a1!.id, a2!.id]);
    const mk = async (ambassadorId: string) =>
      (
        await h.db
          .insert(leads)
          .values({ name: 'Sara Voorbeeld', phone: `+316190${String(70000 + ++seq)}`, preferredLanguage: 'ar', source: 'ambassador', recruitedByAmbassadorId: ambassadorId, consentAt: new Date(), consentVersion: 't' })
          .returning()
      )[0]!.id;
    ownLead = await mk(a1!.id);
    otherLead = await mk(a2!.id);
    const byName = async (n: string) => (await h.db.select().from(service).where(eq(service.name, n)))[0]!.id;
    maatje = await byName('Schuldhulpmaatje: hulp bij schulden');
    inactive = await byName('Energietoeslag en noodfonds energie');
  });
  afterAll(async () => {
    await h?.close();
  });

  const form = (v: Record<string, string>) => referralCreateSchema.safeParse({ serviceId: maatje, contactPreference: 'phone', consent: 'on', ...v });
  const input = (v: Record<string, string>) => {
    const r = form(v);
    if (!r.success) throw new Error(JSON.stringify(fieldErrorsOf(r.error)));
    return r.data;
  };
  const person = (extra: Record<string, string> = {}) => input({ who: 'person', firstName: 'Yara', phone: '06 1998 1234', ...extra });
  const update = (actor: Actor, referralId: string, from: string, to: string, note?: string, now?: Date) =>
    updateReferralStatus(h.db, actor, referralUpdateSchema.parse({ referralId, from, to, note }), now);
  const expectError = async (p: Promise<unknown>, key: string) => {
    const e = await p.then(() => null, (err) => err);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as ActionError).key).toBe(key);
  };
  const reload = async (id: string) => (await h.db.select().from(referrals).where(eq(referrals.id, id)))[0]!;

  it('an ambassador refers their own lead: sent, with who, why (the service’s theme) and an event', async () => {
    const { id } = await createReferral(h.db, amb, input({ who: 'lead', leadId: ownLead }));
    const r = await reload(id);
    expect(r).toMatchObject({ status: 'sent', lead_id: ownLead, referred_by_user_id: amb.id, service_id: maatje, first_name: null });
    // The service is linked to "Schuldhulp" and "Administratie en budget": the default theme is one of its own.
    expect([termId['geld.schuldhulp'], termId['geld.administratie']]).toContain(r.taxonomy_term_id);
    const events = await h.db.select().from(referralEvents).where(eq(referralEvents.referral_id, id));
    expect(events).toMatchObject([{ from_status: null, to_status: 'sent', actor_user_id: amb.id }]);
    const [a] = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'referral.created')));
    expect(a?.actorUserId).toBe(amb.id);
  });

  it('an ambassador cannot refer another ambassador’s lead; staff can refer any lead', async () => {
    await expectError(createReferral(h.db, amb, input({ who: 'lead', leadId: otherLead })), 'leadNotFound');
    const { id } = await createReferral(h.db, cw, input({ who: 'lead', leadId: otherLead, themeId: termId['geld.toeslagen']! }));
    expect((await reload(id)).taxonomy_term_id).toBe(termId['geld.toeslagen']);
  });

  it('without a lead, a first name, a valid phone and the resident’s consent are required', async () => {
    const noConsent = form({ who: 'person', firstName: 'Yara', phone: '0619981234', consent: '' });
    expect(noConsent.success).toBe(false);
    expect(fieldErrorsOf(noConsent.error!)).toMatchObject({ consent: 'consentRequired' });
    const missing = form({ who: 'person', firstName: '', phone: '12' });
    expect(fieldErrorsOf(missing.error!)).toMatchObject({ firstName: 'required', phone: 'phoneInvalid' });
    const { id } = await createReferral(h.db, amb, person());
    const r = await reload(id);
    expect(r).toMatchObject({ first_name: 'Yara', phone: '+31619981234', lead_id: null, status: 'sent' });
    expect(r.consent_at).toBeInstanceOf(Date);
  });

  it('refuses services that do not take referrals (inactive)', async () => {
    await expectError(createReferral(h.db, amb, person({ serviceId: inactive })), 'serviceUnavailable');
  });

  it('moves sent → in contact → helped, recording who and when for each change', async () => {
    const { id } = await createReferral(h.db, amb, person());
    const t1 = new Date(Date.now() + 1000);
    await update(cw, id, 'sent', 'in_contact', 'Gebeld', t1);
    await update(cw, id, 'in_contact', 'helped', undefined, new Date(t1.getTime() + 1000));
    const r = await reload(id);
    expect(r.status).toBe('helped');
    const detail = (await getReferral(h.db, id, 'all'))!;
    expect(detail.events.map((e) => [e.from, e.to, e.actorName])).toEqual([
      [null, 'sent', 'amb1'],
      ['sent', 'in_contact', 'cw'],
      ['in_contact', 'helped', 'cw'],
    ]);
    expect(detail.events[1]!.at.getTime()).toBe(t1.getTime());
    // Helped is final.
    await expectError(update(cw, id, 'helped', 'in_contact'), 'invalidTransition');
  });

  it('"couldn’t help" needs a reason, which is kept', async () => {
    const { id } = await createReferral(h.db, amb, person());
    await expectError(update(cw, id, 'sent', 'not_helped'), 'reasonRequired');
    expect((await reload(id)).status).toBe('sent');
    await update(cw, id, 'sent', 'not_helped', 'Wachtlijst van drie maanden');
    expect(await reload(id)).toMatchObject({ status: 'not_helped', status_reason: 'Wachtlijst van drie maanden' });
  });

  it('an ambassador updates only their own referrals; a stale form is a conflict', async () => {
    const { id } = await createReferral(h.db, amb, person());
    await expectError(update(amb2, id, 'sent', 'in_contact'), 'notFound');
    await update(amb, id, 'sent', 'not_interested');
    await expectError(update(cw, id, 'sent', 'in_contact'), 'conflict');
    expect(await getReferral(h.db, id, { userId: amb2.id })).toBeNull();
    expect((await getReferral(h.db, id, { userId: amb.id }))?.status).toBe('not_interested');
  });

  it('lists only the referrer’s own referrals for an ambassador', async () => {
    await createReferral(h.db, amb2, person());
    const own = await listReferrals(h.db, { userId: amb2.id });
    expect(own.total).toBe(1);
    expect(own.rows[0]!.person).toBe('Yara');
    const mine = await listReferrals(h.db, { userId: amb.id });
    expect(mine.rows.every((r) => r.referrerName === 'amb1')).toBe(true);
    const all = await listReferrals(h.db, 'all');
    expect(all.total).toBe(mine.total + own.total + 1); // + the caseworker's
    expect((await listReferrals(h.db, 'all', { status: 'not_helped' })).rows.every((r) => r.status === 'not_helped')).toBe(true);
    expect((await listReferrals(h.db, 'all', { theme: termId.geld })).total).toBe(all.total); // all on money themes
    expect((await listReferrals(h.db, 'all', { theme: termId.wonen })).total).toBe(0);
  });

  it('expires open referrals after 30 days without an update, in one statement with events', async () => {
    const t0 = new Date('2030-01-01T10:00:00Z');
    const { id } = await createReferral(h.db, amb, person(), t0);
    const { id: inContact } = await createReferral(h.db, amb, person(), t0);
    await update(cw, inContact, 'sent', 'in_contact', undefined, new Date(t0.getTime() + 10 * DAY));
    const { id: helped } = await createReferral(h.db, amb, person(), t0);
    await update(cw, helped, 'sent', 'helped', undefined, t0);

    // Other open referrals of this suite were created "now" (before 2030), so they expire too.
    const early = await expireStaleReferrals(h.db, new Date(t0.getTime() + 29 * DAY));
    expect(early).not.toContain(id);
    const later = await expireStaleReferrals(h.db, new Date(t0.getTime() + 31 * DAY));
    expect(later).toContain(id);
    expect(later).not.toContain(inContact); // updated on day 10: 21 days ago
    expect(later).not.toContain(helped);
    expect((await reload(id)).status).toBe('expired');
    const ev = await h.db.select().from(referralEvents).where(and(eq(referralEvents.referral_id, id), eq(referralEvents.to_status, 'expired')));
    expect(ev).toMatchObject([{ from_status: 'sent', actor_user_id: null }]);
    expect(await expireStaleReferrals(h.db, new Date(t0.getTime() + 31 * DAY))).toEqual([]);
    expect(await expireStaleReferrals(h.db, new Date(t0.getTime() + 41 * DAY))).toContain(inContact);
    // Late news can still be recorded on an expired referral.
    await update(amb, id, 'expired', 'helped');
    expect((await reload(id)).status).toBe('helped');
  });

  it('counts referrals by theme (rolled up) and wijk for the coordinator', async () => {
    const stats = await referralStats(h.db);
    const geld = stats.byTheme.find((t) => t.id === termId.geld)!;
    const [{ n }] = await h.db.select({ n: referrals.id }).from(referrals).then((r) => [{ n: r.length }]);
    expect(geld.total).toBe(n);
    expect(geld.byStatus.helped).toBeGreaterThanOrEqual(2);
    expect(stats.byWijk.reduce((s, w) => s + w.total, 0)).toBe(n);
  });
  it('reading never writes: an old open referral reads as expired in the list, its page, the filters and the counts', async () => {
    const t0 = new Date('2031-01-01T10:00:00Z');
    const { id } = await createReferral(h.db, amb, person(), t0);
    const at = (days: number) => new Date(t0.getTime() + days * DAY);
    const snapshot = async () => ({
      referrals: JSON.stringify(await h.db.select().from(referrals).orderBy(referrals.id)),
      events: (await h.db.select().from(referralEvents)).length,
      audit: (await h.db.select().from(auditLog)).length,
    });
    const before = await snapshot();

    const fresh = await listReferrals(h.db, { userId: amb.id }, {}, 500, at(29));
    expect(fresh.rows.find((r) => r.id === id)?.status).toBe('sent');
    const statsFresh = await referralStats(h.db, at(29));

    const mine = await listReferrals(h.db, { userId: amb.id }, {}, 500, at(31));
    expect(mine.rows.find((r) => r.id === id)).toMatchObject({ status: 'expired', lastUpdateAt: at(30) });
    expect((await listReferrals(h.db, 'all', { status: 'expired' }, 500, at(31))).rows.map((r) => r.id)).toContain(id);
    expect((await listReferrals(h.db, 'all', { status: 'sent' }, 500, at(31))).rows.map((r) => r.id)).not.toContain(id);
    const detail = (await getReferral(h.db, id, 'all', at(31)))!;
    expect(detail.status).toBe('expired');
    expect(detail.events.map((e) => [e.from, e.to, e.actorName])).toEqual([
      [null, 'sent', 'amb1'],
      ['sent', 'expired', null],
    ]);
    const stats = await referralStats(h.db, at(31));
    const geld = (s: typeof stats) => s.byTheme.find((t) => t.id === termId.geld)!;
    expect(geld(stats).byStatus.expired).toBe(geld(statsFresh).byStatus.expired + 1);
    expect(geld(stats).byStatus.sent).toBe(geld(statsFresh).byStatus.sent - 1);
    expect(geld(stats).total).toBe(geld(statsFresh).total);

    // None of those reads changed a row, an event or the audit log.
    expect(await snapshot()).toEqual(before);
    expect((await reload(id)).status).toBe('sent');
  });

  it('news on a referral that reads as expired is accepted from "expired" and keeps the expiry in its history', async () => {
    const t0 = new Date('2031-03-01T10:00:00Z');
    const { id } = await createReferral(h.db, amb, person(), t0);
    const at = (days: number) => new Date(t0.getTime() + days * DAY);
    await expectError(update(amb, id, 'sent', 'in_contact', undefined, at(31)), 'conflict');
    await update(amb, id, 'expired', 'in_contact', undefined, at(31));
    expect((await reload(id)).status).toBe('in_contact');
    const detail = (await getReferral(h.db, id, 'all', at(31)))!;
    expect(detail.events.map((e) => [e.from, e.to, e.at.getTime()])).toEqual([
      [null, 'sent', t0.getTime()],
      ['sent', 'expired', at(30).getTime()],
      ['expired', 'in_contact', at(31).getTime()],
    ]);
  });

  describe('what an ambassador sees of a resident', () => {
    const lead = async (values: Partial<typeof leads.$inferInsert>) =>
      (
        await h.db
          .insert(leads)
          .values({ name: 'Noor Haddad', phone: `+316190${String(70000 + ++seq)}`, preferredLanguage: 'ar', source: 'ambassador', consentAt: new Date(), consentVersion: 't', ...values })
          .returning()
      )[0]!;
    /** A referral as stored before the picker was narrowed (or by staff on the ambassador's behalf). */
    const storedReferral = async (leadId: string, by: string) =>
      (
        await h.db
          .insert(referrals)
          .values({ service_id: maatje, lead_id: leadId, consent_at: new Date(), referred_by_user_id: by, taxonomy_term_id: termId['geld.schuldhulp']!, contact_preference: 'phone', status: 'sent', last_update_at: new Date() })
          .returning({ id: referrals.id })
      )[0]!.id;
    const ambScope = () => ({ userId: amb.id, ambassadorId: amb.ambassadorId });

    it('the lead picker lists only open leads the ambassador registered in the field', async () => {
      const field = await lead({ recruitedByAmbassadorId: amb.ambassadorId, name: 'Veld Open' });
      const viaLink = await lead({ recruitedByAmbassadorId: amb.ambassadorId, source: 'public', referralCode: `R1${name}`, name: 'Link Aanmelding' });
      const closed = await lead({ recruitedByAmbassadorId: amb.ambassadorId, status: 'closed', name: 'Veld Gesloten' });
      const options = (await ownLeadOptions(h.db, amb.ambassadorId!)).map((o) => o.id);
      expect(options).toContain(field.id);
      expect(options).not.toContain(viaLink.id);
      expect(options).not.toContain(closed.id);
      // A direct call with those leads is refused just the same.
      await expectError(createReferral(h.db, amb, input({ who: 'lead', leadId: viaLink.id })), 'leadNotFound');
      await expectError(createReferral(h.db, amb, input({ who: 'lead', leadId: closed.id })), 'leadNotFound');
      expect((await createReferral(h.db, amb, input({ who: 'lead', leadId: field.id }))).id).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('shows the phone only when the ambassador typed it: not for a self sign-up via the link, nor for a closed lead of someone else', async () => {
      const viaLink = await lead({ recruitedByAmbassadorId: amb.ambassadorId, source: 'public', referralCode: `R1${name}` });
      const field = await lead({ recruitedByAmbassadorId: amb.ambassadorId });
      const partnered = await lead({ recruitedByAmbassadorId: amb2.ambassadorId, partnerAmbassadorId: amb.ambassadorId, status: 'closed' });
      const r1 = await storedReferral(viaLink.id, amb.id);
      const r2 = await storedReferral(field.id, amb.id);
      const r3 = await storedReferral(partnered.id, amb.id);

      const seen = await getReferral(h.db, r1, ambScope());
      expect(seen?.phone).toBeNull();
      expect(JSON.stringify(seen)).not.toContain(viaLink.phone);
      expect((await getReferral(h.db, r3, ambScope()))?.phone).toBeNull();
      expect((await getReferral(h.db, r2, ambScope()))?.phone).toBe(field.phone);
      // Staff still see the lead's number.
      expect((await getReferral(h.db, r1, 'all'))?.phone).toBe(viaLink.phone);
      // A referral for "someone else" shows the number the ambassador typed on it.
      const { id: typed } = await createReferral(h.db, amb, person({ phone: '06 1998 4321' }));
      expect((await getReferral(h.db, typed, ambScope()))?.phone).toBe('+31619984321');
    });

    it('opening a referral is audited with its id and the action only', async () => {
      const { id } = await createReferral(h.db, amb, person());
      expect(await viewReferral(h.db, amb.id, id, { userId: amb2.id, ambassadorId: amb2.ambassadorId })).toBeNull();
      const r = await viewReferral(h.db, amb.id, id, ambScope());
      expect(r?.phone).toBe('+31619981234');
      const entries = await h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'referral.viewed')));
      expect(entries).toEqual([expect.objectContaining({ actorUserId: amb.id, entityType: 'referral', entityId: id })]);
      expect(JSON.stringify(entries[0]!.details ?? {})).not.toMatch(/\d{6}|Yara/);
    });
  });
});
