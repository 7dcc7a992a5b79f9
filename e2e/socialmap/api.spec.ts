import { expect, test } from '../fixtures';

/** The open HSDS API: JSON, open to every origin, HSDS's page shape, 400 and 404 as JSON. */

test('the root and the service list answer HSDS JSON for anyone', async ({ request }) => {
  const root = await request.get('/api/hsds');
  expect(root.status()).toBe(200);
  expect(root.headers()['content-type']).toMatch(/^application\/json/);
  expect(root.headers()['access-control-allow-origin']).toBe('*');
  expect(await root.json()).toMatchObject({ version: '3.0', openapi_url: expect.stringMatching(/^https:\/\//) });

  const list = await request.get('/api/hsds/services?per_page=2');
  expect(list.status()).toBe(200);
  expect(list.headers()['content-type']).toMatch(/^application\/json/);
  expect(list.headers()['access-control-allow-origin']).toBe('*');
  const body = await list.json();
  expect(body).toMatchObject({ page_number: 1, first_page: true, total_items: expect.any(Number), total_pages: expect.any(Number), size: expect.any(Number) });
  expect(Array.isArray(body.contents)).toBe(true);
  expect(body.size).toBe(body.contents.length);
  expect(body.size).toBeLessThanOrEqual(2);
  expect(body.total_pages).toBe(Math.ceil(body.total_items / 2));
  for (const s of body.contents) {
    expect(s).toMatchObject({ id: expect.any(String), name: expect.any(String), status: expect.stringMatching(/^(active|temporarily closed)$/) });
    expect(s).not.toHaveProperty('assurer_email');
  }
  if (body.contents[0]) {
    const one = await request.get(`/api/hsds/services/${body.contents[0].id}`);
    expect(one.status()).toBe(200);
    expect((await one.json()).id).toBe(body.contents[0].id);
  }
  for (const path of ['/api/hsds/organizations', '/api/hsds/taxonomies', '/api/hsds/taxonomy_terms']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(200);
    expect(await r.json()).toHaveProperty('contents');
  }
});

test('bad parameters give 400 with the parameter; unknown ids give 404, as JSON', async ({ request }) => {
  for (const [query, parameter] of [
    ['per_page=0', 'per_page'],
    ['per_page=500', 'per_page'],
    ['page=abc', 'page'],
    ['modified_after=yesterday', 'modified_after'],
    ['taxonomy_term_id=geen-uuid', 'taxonomy_term_id'],
  ]) {
    const r = await request.get(`/api/hsds/services?${query}`);
    expect(r.status(), query).toBe(400);
    expect(r.headers()['content-type']).toMatch(/^application\/json/);
    expect(await r.json()).toEqual({ error: expect.any(String), parameter });
  }
  for (const path of ['/api/hsds/services/00000000-0000-4000-8000-000000000000', '/api/hsds/services/geen-uuid', '/api/hsds/organizations/00000000-0000-4000-8000-000000000000', '/api/hsds/taxonomy_terms/00000000-0000-4000-8000-000000000000']) {
    const r = await request.get(path);
    expect(r.status(), path).toBe(404);
    expect(r.headers()['content-type']).toMatch(/^application\/json/);
    expect(await r.json()).toHaveProperty('error');
  }
});
