import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

const PORT = Number(process.env.E2E_PORT ?? 3210);
const PUBLIC_ORIGIN = `http://localhost:${PORT}`; // PUBLIC_URL of the e2e server

function nonceOf(csp: string | undefined): string {
  const m = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? '');
  expect(m, `a nonce in the CSP: ${csp}`).not.toBeNull();
  return m![1];
}

test.describe('security headers', () => {
  test('an HTML page has a nonce CSP (fresh per request, on every script tag), nosniff, a referrer policy and HSTS', async ({ request }) => {
    const first = await request.get('/');
    const second = await request.get('/');
    expect(first.status()).toBe(200);
    const csp = first.headers()['content-security-policy'];
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "'strict-dynamic'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const nonce = nonceOf(csp);
    expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);

    const html = await first.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);

    const h = first.headers();
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    // The e2e server runs with NODE_ENV=production, as in production.
    expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');

    // The login page too; the receipts and API routes keep their own headers (no page CSP).
    const loginPage = await request.get('/login');
    expect(nonceOf(loginPage.headers()['content-security-policy'])).not.toBe(nonce);
    const api = await request.get('/api/hsds/v3');
    expect(api.headers()['content-security-policy']).toBeUndefined();
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
  });
});

/** Collects CSP violations reported in the console while the page is used. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(`${page.url()}: ${msg.text()}`);
  });
  return violations;
}

/** Next's client code ran (it sets window.next when it boots): the page hydrated under the CSP. */
async function expectHydrated(page: Page) {
  await expect.poll(() => page.evaluate(() => typeof (window as unknown as { next?: { version?: string } }).next?.version)).toBe('string');
}

test.describe('no CSP violations, pages hydrate', () => {
  test('public sign-up page (nl and ar) and the login page', async ({ page }) => {
    const violations = watchCsp(page);
    await page.goto('/');
    await expectHydrated(page);
    await expectAccessible(page);
    // A client-side navigation (language switcher) works.
    await page.getByRole('link', { name: 'English' }).first().click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto('/ar');
    await expectHydrated(page);
    await page.goto('/login');
    await expectHydrated(page);
    await expectAccessible(page);
    expect(violations).toEqual([]);
  });

  for (const [role, paths] of [
    ['coordinator', ['/staff', '/staff/leads']],
    ['ambassador', ['/ambassador', '/ambassador/flyer', '/ambassador/shifts']],
    ['association', ['/association']],
    ['admin', ['/admin']],
  ] as const) {
    test(`${role} area`, async ({ page }) => {
      test.slow(); // several pages, each checked with axe
      const violations = watchCsp(page);
      await login(page, ACCOUNTS[role]);
      for (const path of paths) {
        await page.goto(path);
        await expectHydrated(page);
        await expectAccessible(page);
      }
      expect(violations).toEqual([]);
    });
  }
});

test.describe('public links come from PUBLIC_URL', () => {
  test('a forged Host / X-Forwarded-Host does not change the referral link, the calendar feed URL or the HSDS API root', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    const forgeries: Record<string, string>[] = [{ 'x-forwarded-host': 'evil.example' }, { host: 'evil.example' }];
    for (const forged of forgeries) {
      const home = await page.request.get('/ambassador', { headers: forged });
      expect(home.status()).toBe(200);
      const html = await home.text();
      expect(html).toContain(`${PUBLIC_ORIGIN}/?ref=AMB01`);
      expect(html).not.toContain('evil.example');

      const shifts = await (await page.request.get('/ambassador/shifts', { headers: forged })).text();
      expect(shifts).toMatch(new RegExp(`${PUBLIC_ORIGIN.replace(/[.:/]/g, '\\$&')}/api/calendar/[0-9a-f]{64}`));
      expect(shifts).not.toContain('evil.example');

      const api = await page.request.get('/api/hsds/v3', { headers: forged });
      const root = await api.text();
      expect(root).toContain(`${PUBLIC_ORIGIN}/api/hsds/v3/services`);
      expect(root).not.toContain('evil.example');
    }
    // The public page's alternate-language links (a Link header next-intl builds from the host).
    const pub = await page.request.get('/', { headers: { 'x-forwarded-host': 'evil.example' } });
    expect(pub.headers()['link']).toContain(`<${PUBLIC_ORIGIN}/en>`);
    expect(pub.headers()['link']).not.toContain('evil.example');
    // And in the browser itself, the link the ambassador copies:
    await page.goto('/ambassador');
    await expect(page.getByTestId('referral-link')).toHaveText(`${PUBLIC_ORIGIN}/?ref=AMB01`);
  });
});
