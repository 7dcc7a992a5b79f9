import { expect, test } from '../fixtures';

test('the load balancer checks: /healthz says the process is up, /readyz that the database answers; neither is cached or sent to the login page', async ({ request }) => {
  const live = await request.get('/healthz', { maxRedirects: 0 });
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: 'ok' });
  expect(live.headers()['cache-control']).toContain('no-store');

  const ready = await request.get('/readyz', { maxRedirects: 0 });
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
  expect(ready.headers()['cache-control']).toContain('no-store');
});
