import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { referrals, service, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import {
  apiOrganization,
  apiOrganizations,
  apiRoot,
  apiService,
  apiServiceAtLocation,
  apiServiceAtLocations,
  apiServices,
  apiTaxonomies,
  apiTaxonomy,
  apiTaxonomyTerm,
  apiTaxonomyTerms,
  parseListParams,
  PER_PAGE_DEFAULT,
  type ApiResult,
} from './api';
import { importPackage } from './import';
import { sampleOrganization, schemaErrors, themeTerm, THEME_TAXONOMY_ID } from './test-fixtures';
import type { Json } from './types';

const q = (s = '') => new URLSearchParams(s);
const contents = (r: ApiResult) => r.body.contents as Json[];

function expectPage(r: ApiResult, itemSchema: string) {
  expect(r.status).toBe(200);
  expect(Object.keys(r.body).sort()).toEqual(['contents', 'empty', 'first_page', 'last_page', 'page_number', 'size', 'total_items', 'total_pages']);
  for (const item of contents(r)) expect(schemaErrors(itemSchema, item)).toEqual([]);
}

describe.each(testDrivers)('open HSDS API ($name)', ({ open }) => {
  let h: DbHandle;
  const work = themeTerm('Werk');
  const money = themeTerm('Geld');
  let big: Json; // 5 services, theme Werk
  let small: Json; // 1 service about schulden, theme Geld
  let closed: Json; // one temporarily closed, one defunct

  beforeAll(async () => {
    h = await open();
    big = sampleOrganization({ name: 'Werkplein', services: 5, term: work });
    small = sampleOrganization({ name: 'Geldloket', services: 1, term: money });
    const s = (small.services as Json[])[0]!;
    s.name = 'Budgetcoach';
    s.description = 'Een coach helpt u met uw schulden en rekeningen.';
    closed = sampleOrganization({ name: 'Gesloten zaak', services: 2, term: work });
    (closed.services as Json[])[0]!.status = 'temporarily closed';
    (closed.services as Json[])[1]!.status = 'defunct';
    (closed.services as Json[])[1]!.name = 'Opgeheven dienst';
    await importPackage(h.db, null, [big, small, closed]);
    // A referral to the budget coach: never visible in the API.
    const [u] = await h.db.insert(users).values({ name: 'Test', email: 'ref@wijkwerf.test', role: 'caseworker', passwordHash: 'x' } as never).returning();
    await h.db.insert(referrals).values({ service_id: String(s.id), first_name: 'Geheimnaam', phone: '0612345678', consent_at: new Date(), referred_by_user_id: u!.id, contact_preference: 'phone' });
    await h.db.update(service).set({ assurer_email: 'verifier@wijkwerf.test' }).where(eq(service.id, String(s.id)));
  });
  afterAll(async () => h?.close());

  it('the root gives the HSDS version and this API’s own OpenAPI document under the versioned base', () => {
    const r = apiRoot('https://wijkwerf.example');
    expect(r.body).toMatchObject({ version: '3.0', openapi_url: 'https://wijkwerf.example/api/hsds/v3/openapi.json', profile: expect.stringMatching(/^https:\/\//) });
    expect(r.body.endpoints).toContain('https://wijkwerf.example/api/hsds/v3/service_at_locations');
  });

  it('lists public services in the HSDS page shape: active and temporarily closed, never defunct', async () => {
    const r = await apiServices(h.db, q());
    expectPage(r, 'service_list');
    expect(r.body).toMatchObject({ total_items: 7, total_pages: 1, page_number: 1, size: 7, first_page: true, last_page: true, empty: false });
    const names = contents(r).map((c) => c.name);
    expect(names).not.toContain('Opgeheven dienst');
    expect(contents(r).find((c) => c.status === 'temporarily closed')).toBeTruthy();
    expect(contents(r)[0]!.organization).toMatchObject({ id: expect.any(String), name: expect.any(String) });
  });

  it('pages: per_page and page give the right slice and flags', async () => {
    const p1 = await apiServices(h.db, q('per_page=3'));
    expect(p1.body).toMatchObject({ total_items: 7, total_pages: 3, page_number: 1, size: 3, first_page: true, last_page: false });
    const p3 = await apiServices(h.db, q('per_page=3&page=3'));
    expect(p3.body).toMatchObject({ total_pages: 3, page_number: 3, size: 1, first_page: false, last_page: true, empty: false });
    const p4 = await apiServices(h.db, q('per_page=3&page=4'));
    expect(p4.body).toMatchObject({ size: 0, empty: true, contents: [] });
    const all = [...contents(p1), ...contents((await apiServices(h.db, q('per_page=3&page=2'))) ), ...contents(p3)].map((c) => c.id);
    expect(new Set(all).size).toBe(7);
    expect((await apiServices(h.db, q('per_page=200'))).status).toBe(200);
  });

  it('rejects bad parameters with a 400 problem that names the parameter, and ignores unknown ones', async () => {
    for (const [query, parameter] of [
      ['minimal=yes', 'minimal'],
      ['full=1', 'full'],
      ['minimal=true&full=true', 'minimal'],
      ['format=ndjson', 'format'],
      ['per_page=0', 'per_page'],
      ['per_page=201', 'per_page'],
      ['page=abc', 'page'],
      ['page=0', 'page'],
      ['modified_after=yesterday', 'modified_after'],
      ['taxonomy_term_id=werk', 'taxonomy_term_id'],
      ['organization_id=1', 'organization_id'],
    ] as const) {
      const r = await apiServices(h.db, q(query));
      expect(r.status, query).toBe(400);
      expect(r.body).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400, detail: expect.stringContaining(parameter), invalidParams: [{ name: parameter, reason: expect.any(String) }] });
    }
    expect((await apiOrganizations(h.db, q('per_page=0'))).status).toBe(400);
    expect((await apiOrganizations(h.db, q('full=misschien'))).status).toBe(200);
    expect((await apiServiceAtLocations(h.db, q('taxonomy_id=x'))).status).toBe(400);
    expect((await apiServices(h.db, q('colour=blue&format=json'))).body).toMatchObject({ total_items: 7 });
    // A parameter HSDS does not define for a list is unknown there, so ignored: minimal on
    // /service_at_locations, ids on /organizations and /taxonomies.
    expect((await apiServiceAtLocations(h.db, q('minimal=ja&full=true'))).status).toBe(200);
    expect((await apiOrganizations(h.db, q('taxonomy_id=x&organization_id=y'))).body).toMatchObject({ total_items: 3 });
    expect((await apiTaxonomies(h.db, q('taxonomy_id=x'))).status).toBe(200);
    expect((await apiTaxonomyTerms(h.db, q('taxonomy_id=x'))).status).toBe(400);
  });

  it('takes the documented defaults for absent or empty parameters', () => {
    const defaults = { page: 1, perPage: PER_PAGE_DEFAULT, search: null, taxonomyTermId: null, taxonomyId: null, organizationId: null, modifiedAfter: null, minimal: false, full: false };
    expect(parseListParams(q(), 'services')).toEqual(defaults);
    expect(parseListParams(q('page=&per_page=&minimal=&full=&search=%20&format='), 'services')).toEqual(defaults);
    expect(PER_PAGE_DEFAULT).toBe(50);
    expect(parseListParams(q('page=2&per_page=10&minimal=TRUE'), 'services')).toMatchObject({ page: 2, perPage: 10, minimal: true, full: false });
  });

  it('searches in Dutch (stemmed) and filters by theme, organisation and modification time', async () => {
    const s = await apiServices(h.db, q('search=schuld'));
    expect(contents(s).map((c) => c.name)).toContain('Budgetcoach');
    expect(contents(s).every((c) => c.name === 'Budgetcoach' || String(c.description).includes('schulden'))).toBe(true);
    expect((await apiServices(h.db, q(`taxonomy_term_id=${money.id}`))).body).toMatchObject({ total_items: 1 });
    expect((await apiServices(h.db, q(`taxonomy_term_id=${work.id}`))).body).toMatchObject({ total_items: 6 });
    expect((await apiServices(h.db, q(`taxonomy_term_id=${work.id}&organization_id=${big.id}`))).body).toMatchObject({ total_items: 5 });
    expect((await apiServices(h.db, q(`taxonomy_term_id=${money.id}&organization_id=${big.id}`))).body).toMatchObject({ total_items: 0, empty: true });
    expect((await apiServices(h.db, q(`taxonomy_id=${THEME_TAXONOMY_ID}`))).body).toMatchObject({ total_items: 7 });
    const coach = String((small.services as Json[])[0]!.id);
    const later = new Date(Date.now() + 60_000);
    await h.db.update(service).set({ last_modified: new Date(later.getTime() + 1000) }).where(eq(service.id, coach));
    const m = await apiServices(h.db, q(`modified_after=${encodeURIComponent(later.toISOString())}`));
    expect(contents(m).map((c) => c.id)).toEqual([coach]);
  });

  it('gives one service fully nested, without referrals or the assurer’s e-mail', async () => {
    const id = String((small.services as Json[])[0]!.id);
    const r = await apiService(h.db, id);
    expect(r.status).toBe(200);
    expect(schemaErrors('service', r.body)).toEqual([]);
    expect(r.body).toMatchObject({ id, name: 'Budgetcoach', organization: { id: small.id }, phones: [expect.any(Object)], schedules: expect.any(Array) });
    expect((r.body.service_at_locations as Json[])[0]!.location).toMatchObject({ addresses: [expect.objectContaining({ city: 'Zoetermeer' })] });
    expect((r.body.attributes as Json[])[0]!.taxonomy_term).toMatchObject({ id: money.id, name: 'Geld' });
    const text = JSON.stringify(r.body);
    expect(text).not.toContain('verifier@wijkwerf.test');
    expect(text).not.toContain('Geheimnaam');
    expect(text).not.toContain('0612345678');
  });

  it('minimal gives only the identifying fields; full the nested services; both validate against HSDS', async () => {
    const min = await apiServices(h.db, q('minimal=true&per_page=2'));
    expectPage(min, 'service_list');
    expect(Object.keys(contents(min)[0]!).sort()).toEqual(['id', 'last_modified', 'name', 'status']);
    const full = await apiServices(h.db, q(`full=true&organization_id=${small.id}`));
    expect(full.status).toBe(200);
    for (const c of contents(full)) expect(schemaErrors('service', c)).toEqual([]);
    expect(contents(full)[0]).toMatchObject({ name: 'Budgetcoach', phones: [expect.any(Object)], service_at_locations: [expect.any(Object)] });
  });

  it('lists where public services are offered and gives one, filtered like /services', async () => {
    const all = await apiServiceAtLocations(h.db, q());
    expectPage(all, 'service_at_location_list');
    expect(all.body).toMatchObject({ total_items: 7 });
    expect(contents(all).map((c) => (c.service as Json).name)).not.toContain('Opgeheven dienst');
    const first = contents(all)[0]!;
    expect(first).toMatchObject({ location: { addresses: [expect.objectContaining({ city: 'Zoetermeer' })] }, service: { id: expect.any(String), organization: expect.any(Object) } });
    expect((await apiServiceAtLocations(h.db, q(`taxonomy_term_id=${money.id}`))).body).toMatchObject({ total_items: 1 });
    const werkplein = await apiServiceAtLocations(h.db, q(`organization_id=${big.id}&per_page=2`));
    expect(werkplein.body).toMatchObject({ total_items: 5, total_pages: 3, size: 2 });
    expect(contents(werkplein).every((c) => (c.service as Json).organization_id === big.id)).toBe(true);
    const full = await apiServiceAtLocations(h.db, q(`full=true&organization_id=${small.id}`));
    expect(schemaErrors('service', contents(full)[0]!.service)).toEqual([]);
    const one = await apiServiceAtLocation(h.db, String(first.id));
    expect(one.status).toBe(200);
    expect(schemaErrors('service_at_location', one.body)).toEqual([]);
    expect(one.lastModified).toBeInstanceOf(Date);
    const defunctSal = String(((closed.services as Json[])[1]!.service_at_locations as Json[])[0]!.id);
    expect((await apiServiceAtLocation(h.db, defunctSal)).status).toBe(404);
    expect((await apiServiceAtLocation(h.db, 'nope')).status).toBe(404);
  });

  it('answers 404 for unknown, non-public and malformed ids', async () => {
    expect(await apiService(h.db, crypto.randomUUID())).toMatchObject({ status: 404, body: { status: 404, title: 'Not Found', detail: expect.any(String) } });
    expect((await apiService(h.db, String((closed.services as Json[])[1]!.id))).status).toBe(404);
    expect((await apiService(h.db, 'not-a-uuid')).status).toBe(404);
    expect((await apiOrganization(h.db, crypto.randomUUID())).status).toBe(404);
    expect((await apiTaxonomy(h.db, crypto.randomUUID())).status).toBe(404);
    expect((await apiTaxonomyTerm(h.db, 'x')).status).toBe(404);
  });

  it('lists organisations and gives one with its public services', async () => {
    const r = await apiOrganizations(h.db, q());
    expectPage(r, 'organization_list');
    expect(contents(r).map((c) => c.name).sort()).toEqual(['Geldloket', 'Gesloten zaak', 'Werkplein']);
    const one = await apiOrganization(h.db, String(closed.id));
    expect(one.status).toBe(200);
    expect(schemaErrors('organization', one.body)).toEqual([]);
    expect((one.body.services as Json[]).map((s) => s.status)).toEqual(['temporarily closed']);
  });

  it('lists taxonomies and taxonomy terms', async () => {
    const t = await apiTaxonomies(h.db, q());
    expectPage(t, 'taxonomy');
    expect(contents(t).map((c) => c.id)).toContain(THEME_TAXONOMY_ID);
    expect((await apiTaxonomy(h.db, THEME_TAXONOMY_ID)).body).toMatchObject({ id: THEME_TAXONOMY_ID, name: expect.any(String) });
    const terms = await apiTaxonomyTerms(h.db, q(`taxonomy_id=${THEME_TAXONOMY_ID}`));
    expectPage(terms, 'taxonomy_term');
    expect(contents(terms).map((c) => c.name)).toEqual(['Geld', 'Werk']);
    const one = await apiTaxonomyTerm(h.db, String(work.id));
    expect(schemaErrors('taxonomy_term', one.body)).toEqual([]);
  });
});
