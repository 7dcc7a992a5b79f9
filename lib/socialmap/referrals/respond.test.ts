import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, notifications, referralEvents, referrals, service } from '@/db/schema';
import { seedSocialMap } from '@/lib/demo/socialmap';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { signLink, verifyLink } from '@/lib/notifications/links';
import { render } from '@/lib/notifications/templates';
import { completeSocialMapTraining } from '@/lib/training/test-helpers';
import { createUser } from '@/lib/users/mutations';
import { type Actor, createReferral } from './mutations';
import { RESPONSE_LINK_DAYS, openReferralResponse, respondToReferral } from './respond';

const DAY = 24 * 3600 * 1000;

describe('signed links', () => {
  const id = '7b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
  it('verify for their own purpose and id until they expire', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const token = signLink('referral-response', id, new Date(now.getTime() + DAY));
    expect(verifyLink('referral-response', token, now)).toMatchObject({ ok: true, id });
    expect(verifyLink('referral-response', token, new Date(now.getTime() + DAY + 1000))).toEqual({ ok: false, reason: 'expired' });
  });
  it('refuse a changed id, expiry or signature, and another purpose', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const token = signLink('referral-response', id, new Date(now.getTime() + DAY));
    const [, exp, sig] = /^[0-9a-f-]{36}_([0-9a-z]+)_(.+)$/.exec(token)!;
    expect(verifyLink('referral-response', `${id.replace('7b', '7c')}_${exp}_${sig}`, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyLink('referral-response', `${id}_${(parseInt(exp!, 36) + 3600).toString(36)}_${sig}`, now)).toEqual({ ok: false, reason: 'signature' });
    // No dots: the proxy routes a path with a dot as a static file.
    expect(token).not.toContain('.');
    expect(verifyLink('other-purpose' as 'referral-response', token, now)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyLink('referral-response', 'nonsense', now)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe.each(testDrivers)('the organisation answers a referral on $name', ({ name, open }) => {
  let h: DbHandle;
  let amb: Actor;
  let maatje: string;

  beforeAll(async () => {
    h = await open();
    await h.db.transaction((tx) => seedSocialMap(tx));
    const [a] = await h.db.insert(ambassadors).values({ displayName: 'Amb Een', referralCode: `RR${name}`, status: 'active' }).returning();
    const cw = await createUser(h.db, { email: `cw-${name}@r.nl`, name: 'Cw', role: 'caseworker', password: 'a-long-password' });
    amb = { id: await createUser(h.db, { email: `amb-${name}@r.nl`, name: 'Amb', role: 'ambassador', password: 'a-long-password', ambassadorId: a!.id }), role: 'ambassador', ambassadorId: a!.id };
    await completeSocialMapTraining(h.db, cw, [a!.id]);
    maatje = (await h.db.select().from(service).where(eq(service.name, 'Schuldhulpmaatje: hulp bij schulden')))[0]!.id;
    await h.db.update(service).set({ referral_email: 'verwijzing@maatje.test' }).where(eq(service.id, maatje));
  });
  afterAll(async () => {
    await h?.close();
  });

  const refer = async (now: Date, firstName = 'Lina') => {
    await h.db.delete(notifications);
    const { id } = await createReferral(h.db, amb, { serviceId: maatje, who: 'person', leadId: null, firstName, phone: '+31619987654', consent: true, themeId: null, wijkId: null, contactPreference: 'whatsapp' } as never, now);
    const [notice] = await h.db.select().from(notifications);
    return { id, notice: notice!, token: String(notice!.params.path).replace('/verwijzing/', '') };
  };

  it('writes a notice to the referral address, without the resident’s data in it', async () => {
    const now = new Date();
    const { notice } = await refer(now, 'Zainab');
    expect(notice).toMatchObject({ recipient_address: 'verwijzing@maatje.test', template: 'referralNotice', status: 'pending' });
    const text = render('referralNotice', 'nl', notice.params, { user: false });
    expect(text.subject).toBe('Nieuwe verwijzing voor Schuldhulpmaatje: hulp bij schulden');
    expect(JSON.stringify(notice.params) + text.subject + text.text).not.toMatch(/Zainab|619987654/);
    expect(text.text).toMatch(/http:\/\/[^\s]+\/verwijzing\/[0-9a-f-]{36}_[0-9a-z]+_[\w-]+/);
  });

  it('shows the contact details, takes the answer once, and the referrer sees "in contact"', async () => {
    const now = new Date();
    const { id, token } = await refer(now);
    expect(await openReferralResponse(h.db, token, now)).toMatchObject({ status: 'open', firstName: 'Lina', phone: '+31619987654', preference: 'whatsapp' });
    expect(await respondToReferral(h.db, { token, answer: 'contacted', reason: null }, now)).toBe('contacted');
    const [r] = await h.db.select().from(referrals).where(eq(referrals.id, id));
    expect(r!.status).toBe('in_contact');
    const events = await h.db.select().from(referralEvents).where(eq(referralEvents.referral_id, id));
    expect(events.map((e) => e.to_status).sort()).toEqual(['in_contact', 'sent']);
    // The link is used up: neither the page nor a second answer works.
    expect(await openReferralResponse(h.db, token, now)).toEqual({ status: 'invalid' });
    await expect(respondToReferral(h.db, { token, answer: 'declined', reason: null }, now)).rejects.toThrow(ActionError);
    expect((await h.db.select().from(referrals).where(eq(referrals.id, id)))[0]!.status).toBe('in_contact');
  });

  it('records a decline with its reason as "couldn’t help"', async () => {
    const { id, token } = await refer(new Date());
    await respondToReferral(h.db, { token, answer: 'declined', reason: 'Wij hebben een wachtlijst.' });
    expect((await h.db.select().from(referrals).where(eq(referrals.id, id)))[0]).toMatchObject({ status: 'not_helped', status_reason: 'Wij hebben een wachtlijst.' });
  });

  it('refuses the link after it expired', async () => {
    const now = new Date();
    const { id, token } = await refer(now);
    const later = new Date(now.getTime() + RESPONSE_LINK_DAYS * DAY + 1000);
    expect(await openReferralResponse(h.db, token, later)).toEqual({ status: 'invalid' });
    await expect(respondToReferral(h.db, { token, answer: 'contacted', reason: null }, later)).rejects.toThrow(ActionError);
    expect((await h.db.select().from(referrals).where(eq(referrals.id, id)))[0]!.status).toBe('sent');
  });
});
