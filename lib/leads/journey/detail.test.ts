import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, leads } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { createUser } from '@/lib/users/mutations';
import { getLeadDetail, openLeadRecord } from './detail';

describe.each(testDrivers)('opening a lead record on $name', ({ name, open }) => {
  let h: DbHandle;
  let staffId: string;
  let leadId: string;
  beforeAll(async () => {
    h = await open();
    staffId = await createUser(h.db, { email: `view-${name}@t.nl`, name: 'Consulent', role: 'caseworker', password: 'a-long-password' });
    const [l] = await h.db
      .insert(leads)
      .values({ name: 'Amira Voorbeeld', phone: '+31612340001', preferredLanguage: 'ar', source: 'public', consentAt: new Date(), consentVersion: 't' })
      .returning();
    leadId = l!.id;
  });
  afterAll(async () => {
    await h?.close();
  });

  const viewsOf = (id: string) =>
    h.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, 'lead.viewed')));

  it('reads the lead and records who opened it in the same call, with ids only', async () => {
    const detail = await openLeadRecord(h.db, staffId, leadId);
    expect(detail?.lead.name).toBe('Amira Voorbeeld');
    const entries = await viewsOf(leadId);
    expect(entries).toEqual([expect.objectContaining({ actorUserId: staffId, entityType: 'lead', entityId: leadId })]);
    expect(JSON.stringify(entries[0]!.details ?? {})).not.toMatch(/Amira|\d{6}/);
    await openLeadRecord(h.db, staffId, leadId);
    expect(await viewsOf(leadId)).toHaveLength(2);
  });

  it('a lead that does not exist is not found and leaves no audit entry', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await openLeadRecord(h.db, staffId, missing)).toBeNull();
    expect(await viewsOf(missing)).toEqual([]);
  });

  it('the plain read writes nothing', async () => {
    const before = (await h.db.select().from(auditLog)).length;
    expect((await getLeadDetail(h.db, leadId))?.lead.id).toBe(leadId);
    expect((await h.db.select().from(auditLog)).length).toBe(before);
  });
});
