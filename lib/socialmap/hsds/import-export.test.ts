import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { neighbourhoods, organization, phone, schedule, service, taxonomy_term } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { exportDirectory, exportRows } from './export';
import { importPackage, ImportRejected, previewPackage } from './import';
import { sampleOrganization, schemaErrors, themeTerm } from './test-fixtures';
import type { Json } from './types';

const counts = async (h: DbHandle) => ({
  organizations: (await h.db.select({ n: count() }).from(organization))[0]!.n,
  services: (await h.db.select({ n: count() }).from(service))[0]!.n,
  phones: (await h.db.select({ n: count() }).from(phone))[0]!.n,
  terms: (await h.db.select({ n: count() }).from(taxonomy_term))[0]!.n,
});

/** The export without what a write changes (last_modified), for comparing two databases. */
const comparable = (orgs: Json[]) =>
  JSON.parse(JSON.stringify(orgs), (k, v) => (k === 'last_modified' ? undefined : v)) as Json[];

describe.each(testDrivers)('HSDS import and export ($name)', ({ open }) => {
  let h: DbHandle;
  let wijk: string;
  beforeAll(async () => {
    h = await open();
    wijk = (await h.db.select({ code: neighbourhoods.code }).from(neighbourhoods).limit(1))[0]!.code;
  });
  afterAll(async () => h?.close());

  it('previews errors with their path and writes nothing', async () => {
    const good = sampleOrganization({ name: 'Goed', wijk });
    const bad = sampleOrganization({ name: 'Fout', services: 2 });
    const svc = (bad.services as Json[])[1]!;
    delete svc.name;
    (svc.phones as Json[])[0]!.id = 'geen-uuid';
    (svc.schedules as Json[])[0]!.opens_at = '25:00';
    svc.status = 'open';
    const before = await counts(h);
    const preview = await previewPackage(h.db, { organizations: [good, bad] });
    expect(preview.organizations).toMatchObject({ total: 2, new: 2 });
    expect(preview.services).toMatchObject({ total: 3, new: 3 });
    expect(preview.errors).toEqual(
      expect.arrayContaining([
        { path: '/organizations/1/services/1/name', code: 'required', params: {} },
        { path: '/organizations/1/services/1/phones/0/id', code: 'format', params: { format: 'uuid' } },
        { path: '/organizations/1/services/1/schedules/0/opens_at', code: 'badTime', params: { value: '25:00' } },
        expect.objectContaining({ path: '/organizations/1/services/1/status', code: 'enum' }),
      ]),
    );
    expect(preview.errors.every((e) => e.path.startsWith('/organizations/1/services/1'))).toBe(true);
    expect(await counts(h)).toEqual(before);
  });

  it('rejects a package that is not a list of organisations, duplicate ids and unknown themes', async () => {
    expect((await previewPackage(h.db, { services: [] })).errors).toEqual([{ path: '', code: 'shape', params: {} }]);
    const a = sampleOrganization();
    const b: Json = { ...sampleOrganization(), id: a.id };
    const s = (b.services as Json[])[0]!;
    s.attributes = [{ id: crypto.randomUUID(), taxonomy_term_id: crypto.randomUUID() }];
    const codes = (await previewPackage(h.db, [a, b])).errors.map((e) => `${e.path} ${e.code}`);
    expect(codes).toContain('/organizations/1/id duplicateId');
    expect(codes).toContain('/organizations/1/services/0/attributes/0/taxonomy_term_id unknownTerm');
  });

  it('imports in one transaction: a bad record halfway means nothing is written', async () => {
    const orgs = [sampleOrganization({ name: 'Eerste' }), sampleOrganization({ name: 'Tweede' }), sampleOrganization({ name: 'Derde' })];
    // The third organisation reuses a phone id of the first: the whole package is refused.
    const dupPhone = (orgs[0]!.services as Json[])[0]!.phones as Json[];
    ((orgs[2]!.services as Json[])[0]!.phones as Json[])[0]!.id = dupPhone[0]!.id;
    const before = await counts(h);
    await expect(importPackage(h.db, null, orgs)).rejects.toBeInstanceOf(ImportRejected);
    expect(await counts(h)).toEqual(before);

    // A failure inside the database (not caught by validation) rolls back too.
    const fine = [sampleOrganization({ name: 'Vier' }), sampleOrganization({ name: 'Vijf' })];
    ((fine[1]!.services as Json[])[0]!.schedules as Json[])[0]!.valid_from = 'morgen';
    await expect(importPackage(h.db, null, fine)).rejects.toThrow();
    expect(await counts(h)).toEqual(before);
  });

  it('imports everything and upserts by id, keeping the ids', async () => {
    const term = themeTerm('Werk');
    const org = sampleOrganization({ name: 'Werkpunt', services: 2, wijk, term });
    const res = await importPackage(h.db, null, [org]);
    expect(res).toEqual({ organizations: 1, services: 2 });
    const svc = (org.services as Json[])[0]!;
    const [row] = await h.db.select().from(service).where(eq(service.id, String(svc.id)));
    expect(row).toMatchObject({ name: svc.name, organization_id: org.id, status: 'active' });
    const [t] = await h.db.select().from(taxonomy_term).where(eq(taxonomy_term.id, String(term.id)));
    expect(t?.name).toBe('Werk');

    // Again, changed: an update, not a second copy.
    svc.name = 'Werkpunt spreekuur (nieuw)';
    svc.schedules = [{ id: crypto.randomUUID(), freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '11:00' }];
    const before = await counts(h);
    const preview = await previewPackage(h.db, [org]);
    expect(preview).toMatchObject({ errors: [], organizations: { new: 0, updated: 1 }, services: { new: 0, updated: 2 } });
    await importPackage(h.db, null, [org]);
    expect(await counts(h)).toEqual(before);
    expect((await h.db.select().from(service).where(eq(service.id, String(svc.id))))[0]!.name).toBe('Werkpunt spreekuur (nieuw)');
    const scheds = await h.db.select().from(schedule).where(eq(schedule.service_id, String(svc.id)));
    expect(scheds.map((s) => [s.byday, s.opens_at])).toEqual([['TU', '10:00:00']]);
  });

  it('exports valid HSDS that imports into an empty database as the same data', async () => {
    const exported = await exportDirectory(h.db);
    expect(exported.length).toBeGreaterThan(0);
    for (const o of exported) expect(schemaErrors('organization', o)).toEqual([]);
    const other = await open();
    try {
      await importPackage(other.db, null, exported);
      expect(comparable(await exportDirectory(other.db))).toEqual(comparable(exported));
    } finally {
      await other.close();
    }
  });

  it('exports a CSV row per service with organisation, theme, wijk, hours and status', async () => {
    const rows = await exportRows(h.db, { status: (s) => `S:${s}`, day: (d) => d.toLowerCase() });
    const werk = rows.find((r) => r[1] === 'Werkpunt spreekuur (nieuw)')!;
    expect(werk[2]).toBe('Werkpunt');
    expect(werk[3]).toBe('Werk');
    expect(werk[4]).not.toBe('');
    expect(werk[9]).toBe('tu 10:00-11:00');
    expect(werk[10]).toBe('S:active');
    expect(werk[11]).toBe('2025-03-01');
  });
});
