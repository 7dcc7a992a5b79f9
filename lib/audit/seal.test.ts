import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { audit } from '.';
import { verifyAuditChain } from './chain';
import { startAuditSealer, stopAuditSealer } from './seal';

describe.each(testDrivers)('the app process sealer ($name)', ({ open }) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    stopAuditSealer();
    await h.close();
  });

  const waitFor = async (check: () => Promise<boolean>, ms: number) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await check()) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  };

  it('seals what this process writes within about a second, also when writes keep coming', async () => {
    startAuditSealer(() => h.db);
    startAuditSealer(() => h.db); // once per process
    await audit(h.db, { action: 'lead.viewed', details: { n: 1 } });
    expect(await waitFor(async () => (await verifyAuditChain(h.db)).checked === 1, 1500)).toBe(true);
    for (let n = 2; n <= 20; n++) await audit(h.db, { action: 'lead.viewed', details: { n } });
    expect(await waitFor(async () => (await verifyAuditChain(h.db)).checked === 20, 1500)).toBe(true);
    expect(await verifyAuditChain(h.db)).toMatchObject({ pending: 0, broken: [] });
  });

  it('stops when told', async () => {
    stopAuditSealer();
    await audit(h.db, { action: 'lead.viewed', details: { n: 21 } });
    await new Promise((r) => setTimeout(r, 600));
    expect(await verifyAuditChain(h.db)).toMatchObject({ checked: 20, pending: 1 });
  });
});
