import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { TOTP } from 'otpauth';

export const DEMO_PASSWORD = 'wijkwerf-demo';
/** The second factor the demo's staff accounts are enrolled with (lib/demo/data.ts). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** The current code of a TOTP secret, as an authenticator app shows it. */
export function totpCode(secret = DEMO_TOTP_SECRET): string {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** On the sign-in code page: types the current code and continues. */
export async function enterCode(page: Page, secret = DEMO_TOTP_SECRET) {
  await page.getByRole('textbox', { name: /^Code/ }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Verder' }).click();
}
export const ACCOUNTS = {
  admin: 'admin@wijkwerf.test',
  coordinator: 'coordinator@wijkwerf.test',
  caseworker: 'caseworker@wijkwerf.test',
  ambassador: 'ambassador@wijkwerf.test',
  association: 'association@wijkwerf.test',
  coach: 'coach@wijkwerf.test',
  provider: 'provider@wijkwerf.test',
} as const;
export type DemoRole = keyof typeof ACCOUNTS;
export const AREA_OF: Record<DemoRole, string> = {
  admin: '/admin',
  coordinator: '/staff',
  caseworker: '/staff',
  ambassador: '/ambassador',
  association: '/association',
  coach: '/coach',
  provider: '/provider',
};

/** The form's own error summary (Next's route announcer is also role=alert). */
export function formAlert(page: Page) {
  return page.locator('form [role="alert"]');
}

/** Whether the page runs scripts (a timer fires): false in a context with JavaScript off. */
async function runsScripts(page: Page): Promise<boolean> {
  const timer = page.evaluate(() => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0))).catch(() => false);
  return Promise.race([timer, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3_000))]);
}

/**
 * Fails the test on any WCAG 2.0/2.1 A or AA violation on the page as it is now. axe needs
 * JavaScript, so a page from a JavaScript-off context is checked as a copy of its HTML (scripts
 * removed, same origin for the styles) in a JavaScript-enabled page.
 */
export async function expectAccessible(page: Page, opts: { javaScript?: boolean } = {}) {
  let target = page;
  let copy: Page | undefined;
  if (opts.javaScript === false) {
    const url = page.url();
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const browser = page.context().browser()!;
    const ctx = await browser.newContext({ javaScriptEnabled: true });
    copy = await ctx.newPage();
    await copy.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url);
    target = copy;
  } else if (!(await runsScripts(page))) {
    // A context made inside a test that uses `javaScriptEnabled: false` takes that option over;
    // axe would then wait for ever. Say so at once instead of timing out.
    throw new Error(`${page.url()} has JavaScript off: check it with expectAccessible(page, { javaScript: false })`);
  }
  // Legacy mode: axe runs in the page itself. The default runs each frame apart and puts the
  // results together in a new blank page it opens for every check: 1.1 s on an empty page, 6 s
  // on a list of 50 rows, against 0.6 s and 2.4 s here (the pages have no cross-origin frames).
  const results = await new AxeBuilder({ page: target }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (copy) await copy.context().close();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Navigates and checks the page with axe. */
export async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  await expectAccessible(page);
  return response;
}

/**
 * Logs in and waits for the outcome: the user's area, or the form's error. Staff accounts have a
 * second factor: on the code page it types the current code of `secret` (the demo's by default).
 */
export async function login(page: Page, email: string, password = DEMO_PASSWORD, secret = DEMO_TOTP_SECRET) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const outcome = () =>
    Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/login')).then(() => 'done' as const),
      page.waitForURL((url) => url.pathname === '/login/code').then(() => 'code' as const),
      page.locator('form [role="alert"]').waitFor().then(() => 'error' as const),
    ]);
  if ((await outcome()) === 'code') {
    await enterCode(page, secret);
    await Promise.race([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.locator('form [role="alert"]').waitFor()]);
  }
}

/**
 * Opens the user menu that is on screen (the header's on wide screens; on an ambassador's phone the
 * bottom bar's "More") and returns it: the portal language, messages, security and logout are there.
 */
export async function openUserMenu(page: Page) {
  const menu = page.locator('[data-testid="user-menu"], [data-testid="more-menu"]').filter({ visible: true }).first();
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').first().click();
  return menu;
}

/** Logs out through the user menu and waits for the login page. */
export async function logout(page: Page, button = 'Uitloggen') {
  await (await openUserMenu(page)).getByRole('button', { name: button }).click();
  await page.waitForURL(/\/login/);
}

/** Switches the portal language in the user menu and waits for the page in that language. */
export async function switchLanguage(page: Page, locale: string) {
  const menu = await openUserMenu(page);
  const select = menu.locator('select[name="locale"]');
  await select.selectOption(locale);
  await select.locator('xpath=ancestor::form').locator('button[type=submit]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

/**
 * A link of the (Dutch) main navigation, with its section opened first when it sits in one (the
 * staff's groups, the ambassador's "More" on a phone).
 */
export async function navLink(page: Page, href: string) {
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const link = nav.locator(`a[href="${href}"]`);
  const group = nav.locator('details').filter({ has: page.locator(`a[href="${href}"]`) });
  if ((await group.count()) > 0 && !(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator('summary').click();
  return link;
}

/**
 * Waits until React has hydrated the page (its root is no longer dehydrated): a test that changes
 * the page's DOM itself must wait for this, or React finds other HTML than the server sent.
 */
export async function waitForHydration(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const key = Object.keys(document).find((k) => k.startsWith('__reactContainer$'));
        const root = key ? (document as unknown as Record<string, { stateNode?: { current?: { memoizedState?: { isDehydrated?: boolean } } } }>)[key] : undefined;
        return root?.stateNode?.current?.memoizedState?.isDehydrated === false;
      }),
    )
    .toBe(true);
}

/** A distinct client address per test, so per-IP limits of one test never leak into another. */
function addressFor(id: string): string {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `198.51.${(h >> 8) % 250}.${(h % 250) + 1}`;
}

/**
 * React's production errors for a page it could not hydrate (the server's HTML is not what the
 * browser builds, e.g. a <p> inside a <p>): React then throws the server's HTML away and renders
 * the page again in the browser, and what a user typed before that is gone.
 */
const HYDRATION_ERROR = /Minified React error #(418|419|421|422|423|425)\b|Hydration failed|hydration mismatch/i;

export const test = base.extend<{ hydrationGuard: void }>({
  extraHTTPHeaders: async ({}, use, testInfo) => {
    await use({ 'x-forwarded-for': addressFor(testInfo.testId) });
  },
  /** Every page a test opens in its own browser context must hydrate without an error. */
  hydrationGuard: [
    async ({ context }, use) => {
      const errors: string[] = [];
      const watch = (p: Page) => p.on('pageerror', (e) => void (HYDRATION_ERROR.test(e.message) && errors.push(`${p.url()}: ${e.message.slice(0, 120)}`)));
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(errors, 'pages React could not hydrate (the server HTML differs from what the browser builds)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
