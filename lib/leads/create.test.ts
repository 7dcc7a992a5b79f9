import { and, asc, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle, Tx } from '@/db/client';
import { ambassadors, associations, auditLog, leadEvents, leads, neighbourhoods } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { createUser } from '@/lib/users/mutations';
import { type CreateLeadOptions, type DuplicateRule, type NewLead, createLead, createLeads } from './create';

let seq = 0;
/** A distinct E.164 mobile number per call. */
const phone = () => `+316${String(50000000 + ++seq * 13).slice(-8)}`;

const person = (extra: Partial<NewLead> = {}): NewLead => ({
  name: 'Nadia Haddad',
  phone: phone(),
  email: 'nadia@example.nl',
  language: 'ar',
  neighbourhood: 'meerzicht',
  ...extra,
});

describe.each(testDrivers)('createLead on $name', ({ name, open }) => {
  let h: DbHandle;
  let staffId: string;
  let ambassadorId: string;
  let associationId: string;

  beforeAll(async () => {
    h = await open();
    staffId = await createUser(h.db, { email: `create-${name}@t.nl`, name: 'Balie', role: 'caseworker', password: 'a-long-password' });
    const [a] = await h.db.insert(ambassadors).values({ displayName: 'Amb', referralCode: `CL${name}`, status: 'active' }).returning();
    ambassadorId = a!.id;
    const [v] = await h.db.insert(associations).values({ name: `Vereniging ${name}`, community: 'test' }).returning();
    associationId = v!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const create = <R extends DuplicateRule>(input: NewLead, opts: Partial<CreateLeadOptions> & { duplicate: R }) =>
    h.db.transaction((tx: Tx) => createLead(tx, input, { source: 'desk', consentVersion: 'test:1', actorUserId: staffId, ...opts }));
  const leadsWithPhone = (p: string) => h.db.select().from(leads).where(eq(leads.phone, p)).orderBy(asc(leads.createdAt));
  const eventsOf = (leadId: string) => h.db.select().from(leadEvents).where(eq(leadEvents.leadId, leadId)).orderBy(asc(leadEvents.createdAt));
  const auditOf = (leadId: string) => h.db.select().from(auditLog).where(eq(auditLog.entityId, leadId));
  /** Opens n pooled connections first, so the creates below really run side by side (not one per new connection). */
  const warmPool = (n: number) => Promise.all(Array.from({ length: n }, () => h.db.execute(sql`select pg_sleep(0.05)`)));
  const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

  it('stores the lead with wijk, attribution and consent, a "created" event and an audit entry without personal data', async () => {
    const now = new Date('2026-11-02T10:00:00Z');
    const input = person({ name: 'Yasmin Öztürk', forWhom: 'other', wants: 'both', note: 'Belt na 19 uur', meta: { row: 4 } });
    const out = await create(input, {
      source: 'ambassador',
      duplicate: 'flag',
      attribution: { recruitedByAmbassadorId: ambassadorId, associationId, referralCode: 'CODE1' },
      consentVersion: 'field:v9',
      auditDetails: { partner: false },
      now,
    });
    expect(out).toEqual({ kind: 'created', leadId: expect.any(String), possibleDuplicate: false });

    const [meerzicht] = await h.db.select().from(neighbourhoods).where(eq(neighbourhoods.code, 'meerzicht'));
    const [lead] = await leadsWithPhone(input.phone);
    expect(lead).toMatchObject({
      id: out.leadId,
      name: 'Yasmin Öztürk',
      email: 'nadia@example.nl',
      preferredLanguage: 'ar',
      neighbourhoodId: meerzicht!.id,
      forWhom: 'other',
      wants: 'both',
      source: 'ambassador',
      status: 'new',
      recruitedByAmbassadorId: ambassadorId,
      associationId,
      referralCode: 'CODE1',
      createdByUserId: staffId,
      consentVersion: 'field:v9',
      consentAt: now,
      createdAt: now,
    });

    const events = await eventsOf(out.leadId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'created', toStatus: 'new', actorUserId: staffId, note: 'Belt na 19 uur', meta: { source: 'ambassador', row: 4 } });

    const entries = await auditOf(out.leadId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'lead.created', actorUserId: staffId, entityType: 'lead', details: { source: 'ambassador', partner: false } });
    const json = JSON.stringify(entries[0]);
    for (const secret of ['Yasmin', 'Öztürk', input.phone, input.phone.slice(1), 'nadia@example.nl']) expect(json).not.toContain(secret);
  });

  it('flag: a number with an open lead gets a second lead, reported as a possible duplicate', async () => {
    const first = await create(person(), { duplicate: 'flag' });
    const p = (await h.db.select({ phone: leads.phone }).from(leads).where(eq(leads.id, first.leadId)))[0]!.phone;
    const second = await create(person({ phone: p, name: 'N. Haddad' }), { duplicate: 'flag' });
    expect(second.kind).toBe('created');
    expect(second.possibleDuplicate).toBe(true);
    expect(second.leadId).not.toBe(first.leadId);
    expect((await leadsWithPhone(p)).map((l) => l.id)).toEqual([first.leadId, second.leadId]);
  });

  it('repeat: a number with an open lead gets a repeat_signup entry on that lead instead of a second lead', async () => {
    const input = person();
    const first = await create(input, { source: 'public', duplicate: 'repeat', actorUserId: null, ipHash: 'ip-1' });
    expect(first.kind).toBe('created');
    const again = await create(person({ phone: input.phone, name: 'Other Name', meta: { ref: 'X' } }), {
      source: 'public',
      duplicate: 'repeat',
      actorUserId: null,
      ipHash: 'ip-2',
    });
    expect(again).toEqual({ kind: 'repeat', leadId: first.leadId });

    const rows = await leadsWithPhone(input.phone);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.name).toBe('Nadia Haddad');
    const events = await eventsOf(first.leadId);
    expect(events.map((e) => e.kind)).toEqual(['created', 'repeat_signup']);
    expect(events[1]!.meta).toEqual({ source: 'public', ref: 'X' });
    const audits = await auditOf(first.leadId);
    expect(audits.map((a) => a.action).sort()).toEqual(['lead.created', 'lead.repeat_signup']);
    expect(audits.find((a) => a.action === 'lead.repeat_signup')!.ipHash).toBe('ip-2');
  });

  it.each(['closed', 'completed'] as const)('repeat: a %s lead is not open, so a new lead is created', async (status) => {
    const input = person();
    const first = await create(input, { duplicate: 'repeat' });
    await h.db.update(leads).set({ status }).where(eq(leads.id, first.leadId));
    const second = await create(person({ phone: input.phone }), { duplicate: 'repeat' });
    expect(second).toMatchObject({ kind: 'created', possibleDuplicate: false });
    expect(await leadsWithPhone(input.phone)).toHaveLength(2);
  });

  it('repeat: a lead merged into another is not the open lead (the repeat would vanish from every list)', async () => {
    const input = person();
    const hidden = await create(input, { duplicate: 'flag' });
    const keep = await create(person(), { duplicate: 'flag' });
    await h.db.update(leads).set({ mergedIntoId: keep.leadId }).where(eq(leads.id, hidden.leadId));
    const out = await create(person({ phone: input.phone }), { duplicate: 'repeat' });
    expect(out.kind).toBe('created');
    expect(out.leadId).not.toBe(hidden.leadId);
    expect((await eventsOf(hidden.leadId)).map((e) => e.kind)).toEqual(['created']);
  });

  it('refuse: a number with an open lead is refused with a field error on phone; nothing is written', async () => {
    const input = person();
    const first = await create(input, { duplicate: 'flag' });
    const [{ n: auditBefore }] = await h.db.select({ n: count() }).from(auditLog);
    const err = await errorOf(create(person({ phone: input.phone }), { duplicate: 'refuse' }));
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).fieldErrors).toEqual({ phone: 'phoneKnown' });
    expect(await leadsWithPhone(input.phone)).toHaveLength(1);
    expect((await eventsOf(first.leadId)).map((e) => e.kind)).toEqual(['created']);
    expect((await h.db.select({ n: count() }).from(auditLog))[0]!.n).toBe(auditBefore);

    // A new number passes.
    const fresh = await create(person(), { duplicate: 'refuse' });
    expect(fresh).toMatchObject({ kind: 'created', possibleDuplicate: false });
  });

  it('refuses an unknown wijk code as a field error and stores "other" as no wijk', async () => {
    const bad = person({ neighbourhood: 'atlantis' });
    const err = await errorOf(create(bad, { duplicate: 'flag' }));
    expect((err as ActionError).fieldErrors).toEqual({ neighbourhood: 'invalidChoice' });
    expect(await leadsWithPhone(bad.phone)).toHaveLength(0);

    const other = await create(person({ neighbourhood: 'other' }), { duplicate: 'flag' });
    const [row] = await h.db.select().from(leads).where(eq(leads.id, other.leadId));
    expect(row!.neighbourhoodId).toBeNull();
  });

  it('repeat: simultaneous creates with one number make one lead, the others repeat on it', async () => {
    const p = phone();
    await warmPool(8);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => create(person({ phone: p }), { source: 'public', duplicate: 'repeat', actorUserId: null })),
    );
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'repeat')).toHaveLength(7);
    const rows = await leadsWithPhone(p);
    expect(rows).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.leadId))).toEqual(new Set([rows[0]!.id]));
    const repeats = await h.db
      .select({ n: count() })
      .from(leadEvents)
      .where(and(eq(leadEvents.leadId, rows[0]!.id), eq(leadEvents.kind, 'repeat_signup')));
    expect(repeats[0]!.n).toBe(7);
  });

  it('refuse: of simultaneous creates with one number exactly one succeeds', async () => {
    const p = phone();
    await warmPool(4);
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => create(person({ phone: p }), { duplicate: 'refuse' })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as ActionError).key).toBe('phoneKnown');
    expect(await leadsWithPhone(p)).toHaveLength(1);
  });

  it('createLeads: many leads with their "created" events in one go, attributed to the batch; unknown wijk refused', async () => {
    const inputs = Array.from({ length: 5 }, (_, i) => person({ name: `Rij ${i}`, neighbourhood: i % 2 ? 'other' : 'meerzicht', note: `n${i}`, meta: { row: i + 2 } }));
    const opts = { source: 'association' as const, duplicate: 'flag' as const, actorUserId: staffId, attribution: { associationId }, consentVersion: 'assoc:1' };
    const ids = await h.db.transaction((tx: Tx) => createLeads(tx, inputs, opts));
    expect(ids).toHaveLength(5);
    for (const [i, id] of ids.entries()) {
      const [row] = await h.db.select().from(leads).where(eq(leads.id, id));
      expect(row).toMatchObject({ name: `Rij ${i}`, phone: inputs[i]!.phone, associationId, source: 'association', createdByUserId: staffId });
      expect(row!.neighbourhoodId === null).toBe(i % 2 === 1);
      const events = await eventsOf(id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ kind: 'created', note: `n${i}`, meta: { source: 'association', row: i + 2 } });
    }

    const bad = [person(), person({ neighbourhood: 'atlantis' })];
    const err = await errorOf(h.db.transaction((tx: Tx) => createLeads(tx, bad, opts)));
    expect((err as ActionError).fieldErrors).toEqual({ neighbourhood: 'invalidChoice' });
    expect(await leadsWithPhone(bad[0]!.phone)).toHaveLength(0);
  });
});
