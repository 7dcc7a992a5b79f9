import { decode, encode } from 'next-auth/jwt';
import type { BrowserContext } from '@playwright/test';
import { ACCOUNTS, expect, login, test } from '../fixtures';

// The browser-test server's secret (scripts/e2e-server.mjs): lets this spec age a real session
// cookie instead of waiting half an hour. The server's own checks decide the outcome.
const SECRET = 'e2e-secret-not-for-production-0123456789abcdef';
const COOKIE = 'authjs.session-token';

/** Rewrites the session cookie as if the last request was `idleMinutes` ago and sign-in `ageMinutes` ago. */
async function age(context: BrowserContext, idleMinutes: number, ageMinutes: number) {
  const cookie = (await context.cookies()).find((c) => c.name === COOKIE);
  expect(cookie).toBeDefined();
  const token = await decode({ token: cookie!.value, secret: SECRET, salt: COOKIE });
  expect(token?.la, 'the session records its last activity').toEqual(expect.any(Number));
  const now = Math.floor(Date.now() / 1000);
  const value = await encode({ token: { ...token, la: now - idleMinutes * 60, at: now - ageMinutes * 60 }, secret: SECRET, salt: COOKIE, maxAge: 8 * 3600 });
  await context.addCookies([{ ...cookie!, value }]);
}

test('a staff session ends after 30 minutes without activity, and after 8 hours in any case', async ({ page, context }) => {
  await login(page, ACCOUNTS.caseworker);
  await expect(page).toHaveURL(/\/staff$/);

  // 29 minutes quiet: still signed in (and the request counts as activity).
  await age(context, 29, 40);
  await page.goto('/staff/leads');
  await expect(page).toHaveURL(/\/staff\/leads$/);

  // 31 minutes quiet: signed out.
  await age(context, 31, 40);
  await page.goto('/staff/leads');
  await expect(page).toHaveURL(/\/login/);

  // Active all along, but signed in more than 8 hours ago: signed out too.
  await login(page, ACCOUNTS.caseworker);
  await expect(page).toHaveURL(/\/staff$/);
  await age(context, 1, 8 * 60 + 1);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
});

test('an ambassador (no second factor required) is not signed out for being idle', async ({ page, context }) => {
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  await age(context, 120, 150);
  await page.goto('/ambassador');
  await expect(page).toHaveURL(/\/ambassador$/);
});

test('the administrator sets the idle limit (a setting): with 60 minutes, 45 quiet minutes no longer sign a caseworker out', async ({ page, context, browser }) => {
  test.setTimeout(120_000);
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  const setLimit = async (minutes: string) => {
    await admin.goto('/admin');
    const field = admin.getByLabel('Minuten zonder activiteit');
    await field.fill(minutes);
    await admin.getByRole('region', { name: 'Automatisch uitloggen' }).getByRole('button', { name: 'Opslaan' }).click();
    await expect(admin.getByRole('region', { name: 'Automatisch uitloggen' }).getByText('De instelling is opgeslagen.')).toBeVisible();
    await admin.reload();
    await expect(admin.getByLabel('Minuten zonder activiteit')).toHaveValue(minutes);
  };
  await login(admin, ACCOUNTS.admin);
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(admin.getByLabel('Minuten zonder activiteit')).toHaveValue('30');
  try {
    await setLimit('60');
    // Every server part reads the setting at most every ten seconds.
    await page.waitForTimeout(11_000);
    await login(page, ACCOUNTS.caseworker);
    await expect(page).toHaveURL(/\/staff$/);
    await age(context, 45, 50);
    await page.goto('/staff/leads');
    await expect(page).toHaveURL(/\/staff\/leads$/);
    await age(context, 61, 70);
    await page.goto('/staff/leads');
    await expect(page).toHaveURL(/\/login/);
  } finally {
    await setLimit('30');
    await adminCtx.close();
  }
});
