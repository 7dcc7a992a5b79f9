import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DbHandle, DbOrTx } from '@/db/client';
import { testDrivers } from '@/db/testing';
import { API_VERSION, hsdsRoute, redirectWithoutTrailingSlash } from '@/lib/socialmap/hsds/http';
import { openApiDocument } from '@/lib/socialmap/hsds/openapi';
import { importPackage } from '@/lib/socialmap/hsds/import';
import { sampleOrganization, schemaErrors, themeTerm } from '@/lib/socialmap/hsds/test-fixtures';
import type { Json } from '@/lib/socialmap/hsds/types';

/** The open API's route handlers, called directly with a request, on a test database. */
let testDb: DbOrTx;
vi.mock('@/db/client', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/db/client')>()), getDb: () => testDb }));

const services = await import('./v3/services/route');
const service = await import('./v3/services/[id]/route');
const sals = await import('./v3/service_at_locations/route');
const openapi = await import('./v3/openapi.json/route');
const root = await import('./v3/route');
const rest = await import('./v3/[...rest]/route');
const old = await import('./[[...path]]/route');

const BASE = 'http://localhost:3000/api/hsds/v3';
const req = (path: string, init: RequestInit = {}) => new Request(`${BASE}${path}`, init);
const ctx = (params: Record<string, unknown> = {}) => ({ params: Promise.resolve(params) }) as never;

function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('api-version')).toBe(API_VERSION);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
}

describe.each(testDrivers)('the open API’s route handlers ($name)', ({ open }) => {
  let h: DbHandle;
  let org: Json;
  beforeAll(async () => {
    h = await open();
    testDb = h.db;
    org = sampleOrganization({ name: 'Werkplein', services: 2, term: themeTerm('Werk') });
    await importPackage(h.db, null, [org]);
  });
  afterAll(async () => h?.close());

  it('answers a list with API-Version, open CORS and an ETag, and 304 when the ETag still matches', async () => {
    const res = await services.GET(req('/services') as never, ctx());
    expect(res.status).toBe(200);
    expect(res.headers.get('api-version')).toBe(API_VERSION);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ total_items: 2 });
    for (const c of body.contents as Json[]) expect(schemaErrors('service_list', c)).toEqual([]);
    const again = await services.GET(req('/services', { headers: { 'If-None-Match': etag } }) as never, ctx());
    expect(again.status).toBe(304);
    expect(again.headers.get('api-version')).toBe(API_VERSION);
    expect(await again.text()).toBe('');
    const other = await services.GET(req('/services?per_page=1', { headers: { 'If-None-Match': etag } }) as never, ctx());
    expect(other.status).toBe(200);
  });

  it('gives one record with Last-Modified and 304 for If-Modified-Since; HEAD without a body', async () => {
    const id = String((org.services as Json[])[0]!.id);
    const res = await service.GET(req(`/services/${id}`) as never, ctx({ id }));
    expect(res.status).toBe(200);
    const lm = res.headers.get('last-modified')!;
    expect(new Date(lm).getTime()).toBeGreaterThan(0);
    expect(schemaErrors('service', await res.json())).toEqual([]);
    const since = await service.GET(req(`/services/${id}`, { headers: { 'If-Modified-Since': lm } }) as never, ctx({ id }));
    expect(since.status).toBe(304);
    const head = await service.HEAD(req(`/services/${id}`, { method: 'HEAD' }) as never, ctx({ id }));
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(res.headers.get('etag'));
    expect(await head.text()).toBe('');
  });

  it('answers errors as problem+json: 400 for a bad parameter, 404 for an unknown id or path, 405 with Allow', async () => {
    const bad = await services.GET(req('/services?per_page=0') as never, ctx());
    expectProblem(bad, 400);
    expect(await bad.json()).toMatchObject({ status: 400, title: 'Bad Request', detail: expect.stringContaining('per_page'), invalidParams: [{ name: 'per_page' }] });
    const missing = await service.GET(req(`/services/${crypto.randomUUID()}`) as never, ctx({ id: crypto.randomUUID() }));
    expectProblem(missing, 404);
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not Found' });
    expectProblem(await rest.GET(req('/servicez')), 404);
    const post = await services.POST(req('/services', { method: 'POST', body: '{}' }));
    expectProblem(post, 405);
    expect(post.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expectProblem(await service.DELETE(req('/services/x', { method: 'DELETE' })), 405);
  });

  it('answers OPTIONS with the allowed methods for cross-origin readers', async () => {
    const res = await sals.OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('api-version')).toBe(API_VERSION);
  });

  it('serves service_at_locations, the root and the OpenAPI document the root points to', async () => {
    const list = await sals.GET(req('/service_at_locations') as never, ctx());
    expect(list.status).toBe(200);
    const body = (await list.json()) as Json;
    expect(body).toMatchObject({ total_items: 2 });
    for (const c of body.contents as Json[]) expect(schemaErrors('service_at_location_list', c)).toEqual([]);
    const r = (await (await root.GET(req('') as never, ctx())).json()) as Json;
    expect(r.openapi_url).toBe(`${BASE}/openapi.json`);
    const doc = await openapi.GET(req('/openapi.json') as never, ctx());
    expect(doc.status).toBe(200);
    expect(doc.headers.get('api-version')).toBe(API_VERSION);
    const served = (await doc.json()) as Json;
    expect(served).toMatchObject({ openapi: '3.1.0', info: { version: API_VERSION }, servers: [{ url: BASE }] });
    // What is served is the generated document that openapi.test.ts lints with spectral-cli.
    expect(served).toEqual(JSON.parse(JSON.stringify(openApiDocument(new URL(BASE).origin))));
  });

  it('redirects the old unversioned base permanently to the versioned one, query kept', async () => {
    const res = await old.GET(new Request('http://localhost:3000/api/hsds/services?page=2&per_page=5'), { params: Promise.resolve({ path: ['services'] }) });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(`${BASE}/services?page=2&per_page=5`);
    expect(res.headers.get('api-version')).toBe(API_VERSION);
    const top = await old.GET(new Request('http://localhost:3000/api/hsds'), { params: Promise.resolve({}) });
    expect(top.headers.get('location')).toBe(BASE);
  });

  it('redirects a trailing slash (sent by proxy.ts) permanently to the path without it, with API-Version and CORS', async () => {
    for (const [from, to] of [
      [`${BASE}/services/?per_page=1`, `${BASE}/services?per_page=1`],
      [`${BASE}/`, BASE],
      ['http://localhost:3000/api/hsds/taxonomies/', 'http://localhost:3000/api/hsds/taxonomies'],
    ] as const) {
      const res = redirectWithoutTrailingSlash(new Request(from));
      expect(res.status, from).toBe(308);
      expect(res.headers.get('location'), from).toBe(to);
      expect(res.headers.get('api-version'), from).toBe(API_VERSION);
      expect(res.headers.get('access-control-allow-origin'), from).toBe('*');
    }
  });

  it('limits a heavy client by its address: 429 problem with Retry-After, other clients unaffected', async () => {
    const saved = { limit: process.env.HSDS_API_RATE_LIMIT, token: process.env.WIJKWERF_PEER_TOKEN };
    process.env.HSDS_API_RATE_LIMIT = '2';
    process.env.WIJKWERF_PEER_TOKEN = 'peer-token';
    try {
      const from = (ip: string) => req('/taxonomies', { headers: { 'x-wijkwerf-peer': `peer-token ${ip}` } }) as never;
      const heavy = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
      expect((await services.GET(from(heavy), ctx())).status).toBe(200);
      expect((await services.GET(from(heavy), ctx())).status).toBe(200);
      const third = await services.GET(from(heavy), ctx());
      expectProblem(third, 429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await services.GET(from('198.51.100.7'), ctx())).status).toBe(200);
    } finally {
      process.env.HSDS_API_RATE_LIMIT = saved.limit;
      process.env.WIJKWERF_PEER_TOKEN = saved.token;
      if (saved.limit === undefined) delete process.env.HSDS_API_RATE_LIMIT;
      if (saved.token === undefined) delete process.env.WIJKWERF_PEER_TOKEN;
    }
  });

  it('answers an unexpected failure with a 500 problem, without its details', async () => {
    const broken = hsdsRoute(() => {
      throw new Error('secret detail');
    }, () => h.db);
    const res = await broken.GET(req('/services'));
    expectProblem(res, 500);
    expect(await res.text()).not.toContain('secret detail');
  });
});
