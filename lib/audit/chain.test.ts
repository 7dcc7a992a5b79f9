import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { audit } from '.';
import { verifyAuditChain } from './chain';

describe.each(testDrivers)('audit chain ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h.close();
  });

  it('links each entry to the one before and reports an intact chain', async () => {
    await audit(h.db, { action: 'lead.viewed', entityType: 'lead', entityId: '00000000-0000-4000-8000-000000000001' });
    await h.db.transaction(async (tx) => {
      await audit(tx, { action: 'lead.updated', details: { fields: 2 } });
      await audit(tx, { action: 'lead.exported' });
    });
    await Promise.all([1, 2, 3].map((n) => audit(h.db, { action: 'lead.viewed', details: { n } })));
    const report = await verifyAuditChain(h.db);
    expect(report.checked).toBe(6);
    expect(report.broken).toEqual([]);
    expect(report.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects an edited entry and a removed one', async () => {
    await h.db.execute(sql`UPDATE audit_log SET details = '{"fields":3}' WHERE action = 'lead.updated'`);
    let report = await verifyAuditChain(h.db);
    expect(report.broken).toEqual([expect.objectContaining({ reason: 'edited' })]);
    await h.db.execute(sql`UPDATE audit_log SET details = '{"fields":2}' WHERE action = 'lead.updated'`);
    expect((await verifyAuditChain(h.db)).broken).toEqual([]);
    await h.db.execute(sql`DELETE FROM audit_log WHERE action = 'lead.exported'`);
    report = await verifyAuditChain(h.db);
    expect(report.broken).toEqual([expect.objectContaining({ reason: 'link' })]);
  });
});
