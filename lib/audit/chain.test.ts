import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbHandle, rowsOf } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { audit } from '.';
import { verifyAuditChain } from './chain';
import { sealAuditChain } from './seal';

describe.each(testDrivers)('audit chain ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h.close();
  });

  it('seals committed entries after the fact, each linked to the one before, and reports an intact chain', async () => {
    await audit(h.db, { action: 'lead.viewed', entityType: 'lead', entityId: '00000000-0000-4000-8000-000000000001' });
    await h.db.transaction(async (tx) => {
      await audit(tx, { action: 'lead.updated', details: { fields: 2 } });
      await audit(tx, { action: 'lead.exported' });
    });
    await Promise.all([1, 2, 3].map((n) => audit(h.db, { action: 'lead.viewed', details: { n } })));
    // Written, not chained yet.
    let report = await verifyAuditChain(h.db);
    expect(report).toMatchObject({ checked: 0, pending: 6, head: null });
    expect(await sealAuditChain(h.db)).toBe(6);
    report = await verifyAuditChain(h.db);
    expect(report).toMatchObject({ checked: 6, pending: 0, broken: [] });
    expect(report.head).toMatch(/^[0-9a-f]{64}$/);
    // Every entry got its place, its predecessor's hash and its own (the one the database recomputes: no 'edited').
    expect(rowsOf<{ n: number }>(await h.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE hash IS NULL OR chain_seq IS NULL`))[0]!.n).toBe(0);
    expect(rowsOf<{ n: number }>(await h.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE prev_hash IS NULL`))[0]!.n).toBe(1);
    // Later entries extend the chain from its head; small batches chain the same way.
    await audit(h.db, { action: 'lead.viewed', details: { n: 4 } });
    await audit(h.db, { action: 'lead.viewed', details: { n: 5 } });
    await audit(h.db, { action: 'lead.viewed', details: { n: 6 } });
    expect(await sealAuditChain(h.db, { batch: 2 })).toBe(3);
    report = await verifyAuditChain(h.db);
    expect(report).toMatchObject({ checked: 9, pending: 0, broken: [] });
    expect(await sealAuditChain(h.db)).toBe(0);
  });

  it('chains an entry whose transaction commits after later entries were sealed, after them', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const long = h.db.transaction(async (tx) => {
      await audit(tx, { action: 'lead.updated', details: { long: true } });
      await held;
    });
    if (h.kind === 'pglite') {
      // One connection: the other writer would wait for the long transaction; commit it first.
      release();
      await long;
      await audit(h.db, { action: 'lead.viewed', details: { after: true } });
    } else {
      await audit(h.db, { action: 'lead.viewed', details: { after: true } });
      expect(await sealAuditChain(h.db)).toBe(1); // the long transaction's entry is not committed yet
      release();
      await long;
    }
    expect(await sealAuditChain(h.db)).toBeGreaterThan(0);
    const rows = rowsOf<{ long: string | null }>(
      await h.db.execute(sql`SELECT details->>'long' AS long FROM audit_log WHERE details ? 'long' OR details ? 'after' ORDER BY chain_seq`),
    );
    expect(rows.map((r) => (r.long ? 'long' : 'after'))).toEqual(h.kind === 'pglite' ? ['long', 'after'] : ['after', 'long']);
    expect((await verifyAuditChain(h.db)).broken).toEqual([]);
  });

  it('one sealer at a time: a second one without waiting seals nothing while the first holds the chain', async () => {
    if (h.kind === 'pglite') return; // one connection: no second sealer to race
    await audit(h.db, { action: 'lead.viewed', details: { race: 1 } });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const holder = h.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${0x6175646974})`);
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(await sealAuditChain(h.db, { wait: false })).toBe(0);
    release();
    await holder;
    expect(await sealAuditChain(h.db, { wait: false })).toBe(1);
  });

  it('detects an edited entry and a removed one', async () => {
    await sealAuditChain(h.db);
    await h.db.execute(sql`UPDATE audit_log SET details = '{"fields":3}' WHERE action = 'lead.updated' AND details ? 'fields'`);
    let report = await verifyAuditChain(h.db);
    expect(report.broken).toEqual([expect.objectContaining({ reason: 'edited' })]);
    await h.db.execute(sql`UPDATE audit_log SET details = '{"fields":2}' WHERE action = 'lead.updated' AND details ? 'fields'`);
    expect((await verifyAuditChain(h.db)).broken).toEqual([]);
    await h.db.execute(sql`DELETE FROM audit_log WHERE action = 'lead.exported'`);
    report = await verifyAuditChain(h.db);
    expect(report.broken).toEqual([expect.objectContaining({ reason: 'link' })]);
    // Taking an entry out of the chain to have it sealed again at the end leaves the same gap.
    await h.db.execute(sql`UPDATE audit_log SET chain_seq = NULL, hash = NULL, prev_hash = NULL WHERE chain_seq = (SELECT max(chain_seq) - 1 FROM audit_log)`);
    await sealAuditChain(h.db);
    expect((await verifyAuditChain(h.db)).broken.map((b) => b.reason)).toEqual(['link', 'link']);
  });
});
