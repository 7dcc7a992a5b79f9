import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { ambassadors, auditLog, leadEvents, leads, neighbourhoods } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { SIGNUP_CONSENT_VERSION } from './consent';
import { signupSchema } from './schema';
import { SIGNUP_WINDOW } from './flood';
import { signUp, submitSignup } from './mutations';

let n = 0;
/** A distinct, valid Dutch mobile number per call, as a person might type it. */
function typedPhone(): string {
  const digits = String(20000000 + ++n * 7919).slice(-8);
  return `06-${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4, 6)} ${digits.slice(6)}`;
}

function form(overrides: Record<string, unknown> = {}) {
  return signupSchema.parse({
    name: 'Amina El Idrissi',
    phone: typedPhone(),
    email: '',
    language: 'ar',
    neighbourhood: 'meerzicht',
    forWhom: 'self',
    consent: 'on',
    ...overrides,
  });
}

describe.each(testDrivers)('submitSignup on $name', ({ name, open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  const leadsWithPhone = (phone: string) => h.db.select().from(leads).where(eq(leads.phone, phone)).orderBy(asc(leads.createdAt));
  const eventsOf = (leadId: string) => h.db.select().from(leadEvents).where(eq(leadEvents.leadId, leadId)).orderBy(asc(leadEvents.createdAt));
  const auditOf = (leadId: string) => h.db.select().from(auditLog).where(eq(auditLog.entityId, leadId));

  async function addAmbassador(status: 'active' | 'stopped' | 'candidate', code: string) {
    const [a] = await h.db
      .insert(ambassadors)
      .values({ displayName: `Ambassador ${code}`, status, referralCode: code })
      .returning({ id: ambassadors.id });
    return a!.id;
  }

  it('stores a new public lead with consent, history and an audit entry free of personal data', async () => {
    const before = Date.now();
    const input = form({ name: 'Hassan Öztürk', email: 'hassan@example.nl', language: 'tr', forWhom: 'other' });
    const e164 = input.phone;
    const out = await submitSignup(h.db, input, { ipHash: 'ip-hash-1' });
    expect(out.kind).toBe('created');
    const leadId = (out as { leadId: string }).leadId;

    const [lead] = await h.db.select().from(leads).where(eq(leads.id, leadId));
    const [meerzicht] = await h.db.select().from(neighbourhoods).where(eq(neighbourhoods.code, 'meerzicht'));
    expect(lead).toMatchObject({
      name: 'Hassan Öztürk',
      phone: e164,
      email: 'hassan@example.nl',
      preferredLanguage: 'tr',
      forWhom: 'other',
      source: 'public',
      status: 'new',
      consentVersion: SIGNUP_CONSENT_VERSION,
      neighbourhoodId: meerzicht!.id,
      recruitedByAmbassadorId: null,
      createdByUserId: null,
    });
    expect(lead!.consentAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(lead!.consentAt.getTime()).toBeLessThanOrEqual(Date.now() + 5_000);

    const events = await eventsOf(leadId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'created', toStatus: 'new', meta: { source: 'public' } });

    const entries = await auditOf(leadId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'lead.created', entityType: 'lead', ipHash: 'ip-hash-1', actorUserId: null });
    const national = `0${e164.slice(3)}`;
    for (const row of [...entries, ...events]) {
      const json = JSON.stringify(row);
      for (const secret of ['Hassan', 'Öztürk', e164, e164.slice(1), national, 'hassan@example.nl']) expect(json).not.toContain(secret);
    }
  });

  it('resolves every wijk code loaded by the migration', async () => {
    const wijken = await h.db.select().from(neighbourhoods);
    expect(wijken.length).toBeGreaterThanOrEqual(10);
    for (const wijk of wijken.slice(0, 3)) {
      const out = await submitSignup(h.db, form({ neighbourhood: wijk.code }));
      const [lead] = await h.db.select().from(leads).where(eq(leads.id, (out as { leadId: string }).leadId));
      expect(lead!.neighbourhoodId).toBe(wijk.id);
    }
  });

  it('stores the request for an ambassador who speaks the resident\'s language to come along, only when ticked', async () => {
    const asked = await submitSignup(h.db, form({ escort: 'on' }));
    const notAsked = await submitSignup(h.db, form());
    const of = async (out: unknown) => (await h.db.select().from(leads).where(eq(leads.id, (out as { leadId: string }).leadId)))[0]!.escortRequested;
    expect(await of(asked)).toBe(true);
    expect(await of(notAsked)).toBe(false);
  });

  it('stores "other" as no neighbourhood', async () => {
    const out = await submitSignup(h.db, form({ neighbourhood: 'other' }));
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, (out as { leadId: string }).leadId));
    expect(lead!.neighbourhoodId).toBeNull();
  });

  it('refuses an unknown wijk code as a field error and stores nothing', async () => {
    const input = form({ neighbourhood: 'atlantis' });
    const err = await submitSignup(h.db, input).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).fieldErrors).toEqual({ neighbourhood: 'invalidChoice' });
    expect(await leadsWithPhone(input.phone)).toHaveLength(0);
  });

  it('adds a repeat sign-up with the same number, typed differently, to the open lead', async () => {
    const first = form();
    const created = await submitSignup(h.db, first);
    const digits = first.phone.slice(3); // +31 6xxxxxxxx → 6xxxxxxxx
    const again = form({ phone: `+31 (0)${digits.slice(0, 1)} ${digits.slice(1)}`, name: 'A. El Idrissi', language: 'nl' });
    expect(again.phone).toBe(first.phone);

    const repeat = await submitSignup(h.db, again, { ipHash: 'ip-hash-2' });
    expect(repeat).toEqual({ kind: 'repeat', leadId: (created as { leadId: string }).leadId });

    const rows = await leadsWithPhone(first.phone);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Amina El Idrissi');
    expect((await eventsOf(rows[0]!.id)).map((e) => e.kind)).toEqual(['created', 'repeat_signup']);
    expect((await auditOf(rows[0]!.id)).map((e) => e.action).sort()).toEqual(['lead.created', 'lead.repeat_signup']);
  });

  it.each(['closed', 'completed'] as const)('starts a new lead when the earlier one is %s', async (status) => {
    const first = form();
    const created = (await submitSignup(h.db, first)) as { leadId: string };
    await h.db.update(leads).set({ status }).where(eq(leads.id, created.leadId));

    const second = await submitSignup(h.db, form({ phone: first.phone }));
    expect(second.kind).toBe('created');
    expect((second as { leadId: string }).leadId).not.toBe(created.leadId);
    const rows = await leadsWithPhone(first.phone);
    expect(rows.map((r) => r.status).sort()).toEqual([status, 'new'].sort());
    expect((await eventsOf(created.leadId)).map((e) => e.kind)).toEqual(['created']);
  });

  it('ignores a filled-in honeypot and stores nothing', async () => {
    const [{ n: leadsBefore }] = await h.db.select({ n: count() }).from(leads);
    const [{ n: auditBefore }] = await h.db.select({ n: count() }).from(auditLog);
    const input = form({ website: 'http://cheap-pills.example' });
    expect(await submitSignup(h.db, input)).toEqual({ kind: 'ignored' });
    expect(await leadsWithPhone(input.phone)).toHaveLength(0);
    expect((await h.db.select({ n: count() }).from(leads))[0]!.n).toBe(leadsBefore);
    expect((await h.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditBefore);
  });

  it('credits the active ambassador whose referral code was used', async () => {
    const ambassadorId = await addAmbassador('active', `ACT${name.toUpperCase()}`);
    const input = form({ ref: ` act${name} ` });
    const out = (await submitSignup(h.db, input)) as { leadId: string };
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, out.leadId));
    expect(lead).toMatchObject({ recruitedByAmbassadorId: ambassadorId, referralCode: `ACT${name.toUpperCase()}`, source: 'public' });
    expect((await eventsOf(out.leadId))[0]!.meta).toMatchObject({ attributed: true });
  });

  it.each(['stopped', 'candidate'] as const)('does not credit a %s ambassador, but keeps the code as given', async (status) => {
    const code = `${status.slice(0, 3).toUpperCase()}${name.toUpperCase()}`;
    await addAmbassador(status, code);
    const out = (await submitSignup(h.db, form({ ref: code }))) as { leadId: string };
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, out.leadId));
    expect(lead!.recruitedByAmbassadorId).toBeNull();
    expect(lead!.referralCode).toBe(code);
    expect((await eventsOf(out.leadId))[0]!.meta).toMatchObject({ attributed: false });
  });

  it('does not credit anyone for an unknown code', async () => {
    const out = (await submitSignup(h.db, form({ ref: 'NOSUCHCODE' }))) as { leadId: string };
    const [lead] = await h.db.select().from(leads).where(eq(leads.id, out.leadId));
    expect(lead!.recruitedByAmbassadorId).toBeNull();
  });

  it.runIf(name === 'postgres')('makes exactly one lead from ten simultaneous sign-ups with one number', async () => {
    const phone = form().phone;
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => submitSignup(h.db, form({ phone }))));
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'repeat')).toHaveLength(9);
    const rows = await leadsWithPhone(phone);
    expect(rows).toHaveLength(1);
    expect(new Set(outcomes.map((o) => (o as { leadId: string }).leadId))).toEqual(new Set([rows[0]!.id]));
    const events = await h.db
      .select({ n: count() })
      .from(leadEvents)
      .where(and(eq(leadEvents.leadId, rows[0]!.id), eq(leadEvents.kind, 'repeat_signup')));
    expect(events[0]!.n).toBe(9);
  });
});

describe.each(testDrivers)('signUp (the action\'s and the plain post\'s one handler) on $name', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('counts every post of an address, honeypot hits too, and past the limit stores nothing and says how long to wait', async () => {
    const ip = `signup-test-${Date.now()}-${Math.random()}`;
    const refused: number[] = [];
    for (let i = 0; i < SIGNUP_WINDOW.limit - 1; i++) expect((await signUp(h.db, form(), ip)).kind).toBe('created');
    expect(await signUp(h.db, form({ website: 'spam' }), ip)).toEqual({ kind: 'ignored' });
    const late = form();
    const err = await signUp(h.db, late, ip, (hit) => refused.push(hit.retryAfter)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).key).toBe('rateLimited');
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeGreaterThan(0);
    expect(refused[0]).toBeLessThanOrEqual(SIGNUP_WINDOW.windowSeconds);
    expect(await h.db.select().from(leads).where(eq(leads.phone, late.phone))).toEqual([]);
  }, 120_000);
});
