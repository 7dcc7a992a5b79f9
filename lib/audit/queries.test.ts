import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { associations, leads, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { audit } from '.';
import { auditRecordNames, listAudit } from './queries';

describe.each(testDrivers)('audit log queries ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => h?.close());

  it('names accounts and organisations, never residents', async () => {
    const [u] = await h.db.insert(users).values({ email: 'sanne@example.test', name: 'Sanne Bakker', passwordHash: 'x', role: 'caseworker' }).returning();
    const [a] = await h.db.insert(associations).values({ name: 'Stichting Samen', community: 'Eritrees' }).returning();
    const [l] = await h.db.insert(leads).values({ name: 'Amina Resident', phone: '+31612345678', preferredLanguage: 'ar', source: 'public', consentAt: new Date(), consentVersion: 'v1' }).returning();
    await audit(h.db, { action: 'user.updated', entityType: 'user', entityId: u!.id });
    await audit(h.db, { action: 'association.saved', entityType: 'association', entityId: a!.id });
    await audit(h.db, { action: 'lead.viewed', entityType: 'lead', entityId: l!.id });
    await audit(h.db, { action: 'lead.exported' });
    const rows = await listAudit(h.db);
    const names = await auditRecordNames(h.db, rows);
    expect(names.get(`user:${u!.id}`)).toBe('Sanne Bakker');
    expect(names.get(`association:${a!.id}`)).toBe('Stichting Samen');
    expect([...names.values()]).not.toContain('Amina Resident');
    expect(names.size).toBe(2);
  });

  it('finds nothing for a filter that matches no entry', async () => {
    expect(await listAudit(h.db, { action: 'certificate.revoked' })).toEqual([]);
  });
});
