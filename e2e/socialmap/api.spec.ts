import { expect, test } from '../fixtures';

/**
 * The open HSDS API at /api/hsds/v3 (NL GOV API Design Rules): JSON with API-Version, open to
 * every origin, HSDS's page shape; problem+json errors; redirects from the old base and from a
 * trailing slash. The handlers' details are tested in app/api/hsds/routes.test.ts.
 */

const V3 = '/api/hsds/v3';

test('the root, the document and the lists answer HSDS JSON with API-Version for anyone', async ({ request }) => {
  const root = await request.get(V3);
  expect(root.status()).toBe(200);
  expect(root.headers()['content-type']).toMatch(/^application\/json/);
  expect(root.headers()['access-control-allow-origin']).toBe('*');
  expect(root.headers()['api-version']).toMatch(/^3\.\d+\.\d+$/);
  const about = await root.json();
  expect(about).toMatchObject({ version: '3.0', openapi_url: expect.stringMatching(/\/api\/hsds\/v3\/openapi\.json$/) });

  const doc = await request.get(`${V3}/openapi.json`);
  expect(doc.status()).toBe(200);
  expect(await doc.json()).toMatchObject({ openapi: '3.1.0', info: { version: root.headers()['api-version'] } });

  const list = await request.get(`${V3}/services?per_page=2`);
  expect(list.status()).toBe(200);
  expect(list.headers()['api-version']).toBe(root.headers()['api-version']);
  const body = await list.json();
  expect(body).toMatchObject({ page_number: 1, first_page: true, total_items: expect.any(Number), total_pages: expect.any(Number), size: expect.any(Number) });
  expect(body.size).toBe(body.contents.length);
  expect(body.size).toBeLessThanOrEqual(2);
  for (const s of body.contents) {
    expect(s).toMatchObject({ id: expect.any(String), name: expect.any(String), status: expect.stringMatching(/^(active|temporarily closed)$/) });
    expect(s).not.toHaveProperty('assurer_email');
  }
  if (body.contents[0]) {
    const one = await request.get(`${V3}/services/${body.contents[0].id}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).id).toBe(body.contents[0].id);
    const again = await request.get(`${V3}/services/${body.contents[0].id}`, { headers: { 'If-None-Match': one.headers()['etag']! } });
    expect(again.status()).toBe(304);
    expect(again.headers()['api-version']).toBe(root.headers()['api-version']);
  }
  for (const path of ['/organizations', '/taxonomies', '/taxonomy_terms', '/service_at_locations']) {
    const r = await request.get(V3 + path);
    expect(r.status(), path).toBe(200);
    expect(await r.json()).toHaveProperty('contents');
  }
});

test('errors are problem+json: 400 names the parameter, 404 for unknown ids and paths, 405 for writing', async ({ request }) => {
  for (const query of ['per_page=0', 'page=abc', 'modified_after=yesterday', 'minimal=ja']) {
    const r = await request.get(`${V3}/services?${query}`);
    expect(r.status(), query).toBe(400);
    expect(r.headers()['content-type']).toMatch(/^application\/problem\+json/);
    expect(await r.json()).toMatchObject({ status: 400, title: 'Bad Request', detail: expect.any(String), invalidParams: [{ name: query.split('=')[0] }] });
  }
  for (const path of ['/services/00000000-0000-4000-8000-000000000000', '/services/geen-uuid', '/service_at_locations/00000000-0000-4000-8000-000000000000', '/bestaat-niet']) {
    const r = await request.get(V3 + path);
    expect(r.status(), path).toBe(404);
    expect(r.headers()['content-type']).toMatch(/^application\/problem\+json/);
    expect(r.headers()['api-version']).toBeTruthy();
  }
  const post = await request.post(`${V3}/services`, { data: {} });
  expect(post.status()).toBe(405);
  expect(post.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  expect(post.headers()['content-type']).toMatch(/^application\/problem\+json/);
  expect(post.headers()['api-version']).toBeTruthy();
});

test('the old base and a trailing slash redirect permanently to the versioned path, with API-Version', async ({ request }) => {
  const old = await request.get('/api/hsds/services?per_page=1', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers()['location']).toMatch(/\/api\/hsds\/v3\/services\?per_page=1$/);
  expect(old.headers()['api-version']).toMatch(/^3\.\d+\.\d+$/);
  for (const [from, to] of [
    [`${V3}/services/?per_page=1`, /\/api\/hsds\/v3\/services\?per_page=1$/],
    [`${V3}/`, /\/api\/hsds\/v3$/],
    ['/api/hsds/taxonomies/', /\/api\/hsds\/taxonomies$/],
  ] as const) {
    const slash = await request.get(from, { maxRedirects: 0 });
    expect(slash.status(), from).toBe(308);
    expect(slash.headers()['location'], from).toMatch(to);
    expect(slash.headers()['api-version'], from).toBe(old.headers()['api-version']);
    expect(slash.headers()['access-control-allow-origin'], from).toBe('*');
  }
  expect((await request.get('/api/hsds/taxonomies/')).status()).toBe(200);
  // Pages lose a trailing slash too (proxy.ts does what Next.js did).
  const page = await request.get('/en/', { maxRedirects: 0 });
  expect(page.status()).toBe(308);
  expect(page.headers()['location']).toMatch(/\/en$/);
});
