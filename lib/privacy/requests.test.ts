import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle, Tx } from '@/db/client';
import { auditLog, leads, privacyRequests, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createLead } from '@/lib/leads/create';
import { updateLeadDetails } from '@/lib/leads/journey/mutations';
import { approveErasure, exportPersonData, registerRequest, requestErasure, verifyWithdrawal } from './mutations';
import { listRequests } from './queries';

describe.each(testDrivers)('privacy requests that come in by phone, desk or letter ($name)', ({ open }) => {
  let h: DbHandle;
  let a: string;
  let b: string;
  const lead: Record<string, string> = {};

  beforeAll(async () => {
    h = await open();
    const [ua, ub] = await h.db
      .insert(users)
      .values([
        { email: 'a@example.org', name: 'A', passwordHash: 'x', role: 'coordinator' },
        { email: 'b@example.org', name: 'B', passwordHash: 'x', role: 'coordinator' },
      ])
      .returning({ id: users.id });
    a = ua!.id;
    b = ub!.id;
    for (const [key, phone] of [['correct', '+31612000011'], ['access', '+31612000012'], ['erase', '+31612000013'], ['withdraw', '+31612000014']] as const) {
      lead[key] = (await h.db.transaction((tx: Tx) => createLead(tx, { name: `Bewoner ${key}`, phone, language: 'tr', neighbourhood: 'other' }, { source: 'desk', duplicate: 'flag', consentVersion: 't', actorUserId: a }))).leadId;
    }
  });
  afterAll(async () => {
    await h.close();
  });

  const row = async (id: string) => (await listRequests(h.db)).find((r) => r.id === id)!;

  it('a correction request stays open with its deadline, is overdue after a month, and is closed by saving the lead’s details', async () => {
    const id = await registerRequest(h.db, a, { kind: 'correction', name: 'bewoner CORRECT' });
    expect(await row(id)).toMatchObject({ kind: 'correction', status: 'open', channel: 'staff', phone: '+31612000011', leadCount: 1, overdue: false });
    const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    expect((await listRequests(h.db, later)).find((r) => r.id === id)!.overdue).toBe(true);
    // Another lead's details do not close it.
    const [other] = await h.db.select().from(leads).where(eq(leads.id, lead.access!));
    await updateLeadDetails(h.db, b, { leadId: other!.id, version: other!.version, name: other!.name, phone: other!.phone, email: null, language: 'tr', neighbourhood: 'other', forWhom: 'self' });
    expect((await row(id)).status).toBe('open');
    const [l] = await h.db.select().from(leads).where(eq(leads.id, lead.correct!));
    await updateLeadDetails(h.db, b, { leadId: l!.id, version: l!.version, name: 'Bewoner Verbeterd', phone: l!.phone, email: null, language: 'tr', neighbourhood: 'other', forWhom: 'self' });
    expect(await row(id)).toMatchObject({ status: 'done', phone: null, overdue: false });
    expect((await listRequests(h.db, later)).find((r) => r.id === id)!.overdue).toBe(false);
    expect(await h.db.$count(auditLog, and(eq(auditLog.action, 'privacy.corrected'), eq(auditLog.entityId, id)))).toBe(1);
  });

  it('an access request is closed by the export (no second request logged)', async () => {
    const id = await registerRequest(h.db, a, { kind: 'access', phone: '06 12000012' });
    expect((await row(id)).status).toBe('open');
    await exportPersonData(h.db, b, [lead.access!], 'json');
    expect(await row(id)).toMatchObject({ status: 'done', phone: null });
    expect(await h.db.$count(privacyRequests, eq(privacyRequests.kind, 'access'))).toBe(1);
  });

  it('an erasure request keeps its date and waits for the second pair of eyes once asked, then is done', async () => {
    const id = await registerRequest(h.db, a, { kind: 'erasure', phone: '0612000013' });
    await h.db.update(privacyRequests).set({ receivedAt: sql`now() - interval '10 days'` }).where(eq(privacyRequests.id, id));
    const dueOn = (await row(id)).dueOn;
    expect(await requestErasure(h.db, a, { leadIds: [lead.erase!] })).toBe(id);
    expect(await row(id)).toMatchObject({ status: 'awaiting_approval', dueOn });
    await approveErasure(h.db, b, id);
    expect((await row(id)).status).toBe('done');
    expect(await h.db.$count(privacyRequests, eq(privacyRequests.kind, 'erasure'))).toBe(1);
    expect((await h.db.select({ name: leads.name }).from(leads).where(eq(leads.id, lead.erase!)))[0]!.name).toBe('—');
  });

  it('a withdrawal taken by phone goes the same way as one from the website', async () => {
    const id = await registerRequest(h.db, a, { kind: 'withdrawal', phone: '0612000014' });
    await verifyWithdrawal(h.db, a, id);
    expect((await row(id)).status).toBe('awaiting_approval');
    expect((await h.db.select({ status: leads.status }).from(leads).where(eq(leads.id, lead.withdraw!)))[0]!.status).toBe('closed');
  });

  it('refuses a request about nobody known', async () => {
    await expect(registerRequest(h.db, a, { kind: 'access', name: 'Niemand Bekend' })).rejects.toMatchObject({ key: 'privacyRights.errors.nobodyFound' });
  });
});
