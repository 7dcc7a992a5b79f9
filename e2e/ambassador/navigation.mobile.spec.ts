import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

// Runs in the "phone" project (360 px); the main test narrows to 320 px, the smallest phone we
// support. The ambassador's navigation (issue #21): a one-line header and a bottom bar of four
// pages and "Meer" (the other pages, messages, language, logout), the current page marked.

const BAR = [
  { href: '/ambassador', label: 'Start', h1: /^Welkom, / },
  { href: '/ambassador/contact', label: 'Contact', h1: 'Contact vastleggen' },
  { href: '/ambassador/shifts', label: 'Diensten', h1: 'Mijn diensten' },
  { href: '/ambassador/social-map', label: 'Sociale kaart', h1: 'Sociale kaart' },
];
const MORE = [
  { href: '/ambassador/signal', label: 'Signaal doorgeven', h1: 'Signaal doorgeven' },
  { href: '/ambassador/pass', label: 'Mijn pas', h1: 'Mijn ambassadeurspas' },
  { href: '/ambassador/availability', label: 'Wanneer kan ik?', h1: 'Wanneer kan ik?' },
  { href: '/ambassador/intake', label: 'Meegaan naar intake', h1: 'Meegaan naar een intake' },
  { href: '/ambassador/training', label: 'Training', h1: 'Mijn training' },
  { href: '/ambassador/expenses', label: 'Vergoedingen', h1: 'Mijn vergoedingen' },
  { href: '/ambassador/referrals', label: 'Doorverwijzingen', h1: 'Mijn doorverwijzingen' },
  { href: '/ambassador/courses', label: 'Cursussen', h1: 'Cursussen' },
  { href: '/ambassador/corps', label: 'Pas en afspraken', h1: 'Mijn pas, kleding en afspraken' },
  { href: '/ambassador/agreements', label: 'Afspraken met de begeleider', h1: 'Afspraken met de begeleider' },
];

const bar = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const more = (page: Page) => bar(page).locator('details');

async function expectTapTarget(target: Locator, what: string) {
  const box = (await target.boundingBox())!;
  expect(box, `${what} is on screen`).not.toBeNull();
  expect(box.height, `${what}: height`).toBeGreaterThanOrEqual(44);
  expect(box.width, `${what}: width`).toBeGreaterThanOrEqual(44);
}

async function expectNoSideScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

/** The page's heading, the bar's mark of it (on the item, or on "Meer" when the page is under it), no sideways scroll, axe. */
async function expectOn(page: Page, item: { href: string; h1: string | RegExp }, underMore: boolean) {
  await expect(page).toHaveURL(new RegExp(`${item.href}$`));
  await expect(page.locator('h1').first()).toHaveText(item.h1);
  const current = bar(page).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute('href', item.href);
  if (underMore) await expect(more(page).locator('summary')).toHaveAttribute('aria-current', 'true');
  else await expect(more(page).locator('summary')).not.toHaveAttribute('aria-current');
  await expectNoSideScroll(page);
  await expectAccessible(page);
}

test('at 320 px the bottom bar reaches every ambassador page, marks it, and leaves room for the page', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);

  // Compact: one header line (was 300 of 640 px), the bar at the bottom of the screen.
  const header = (await page.getByRole('banner').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(72);
  const nav = (await bar(page).boundingBox())!;
  expect(nav.height).toBeLessThanOrEqual(72);
  expect(Math.abs(nav.y + nav.height - 640), 'the bar sits at the bottom of the screen').toBeLessThanOrEqual(1);
  // The page can scroll past the bar: the main content's bottom padding is at least the bar's height.
  const padding = await page.locator('#main').evaluate((m) => parseFloat(getComputedStyle(m).paddingBottom));
  expect(padding).toBeGreaterThanOrEqual(nav.height);

  // Four pages with an icon and a visible label, and "Meer"; each at least 44 × 44 px.
  const items = bar(page).locator(':scope > ul > li > a, :scope > ul > li > details > summary');
  await expect(items).toHaveText(['Start', 'Contact', 'Diensten', 'Sociale kaart', 'Meer']);
  for (const [i, label] of ['Start', 'Contact', 'Diensten', 'Sociale kaart', 'Meer'].entries()) {
    await expectTapTarget(items.nth(i), label);
    await expect(items.nth(i).locator('svg')).toHaveAttribute('aria-hidden', 'true');
  }

  for (const item of BAR) {
    await bar(page).getByRole('link', { name: item.label, exact: true }).click();
    await expectOn(page, item, false);
  }

  for (const item of MORE) {
    await more(page).locator('summary').click();
    const link = more(page).getByRole('link', { name: item.label, exact: true });
    await expect(link).toBeVisible();
    await expectTapTarget(link, item.label);
    await link.click();
    await expectOn(page, item, true);
  }

  // "Meer" also holds the ambassador's own things: messages, language, logout.
  await more(page).locator('summary').click();
  const menu = more(page);
  await expect(menu.getByRole('link', { name: 'Mijn berichten' })).toBeVisible();
  await expect(menu.getByLabel('Taal van het portaal')).toBeVisible();
  await expectTapTarget(menu.getByRole('button', { name: 'Uitloggen' }), 'Uitloggen');
  await expectNoSideScroll(page);
  await expectAccessible(page);
  // Escape closes it again (with JavaScript).
  await page.keyboard.press('Escape');
  await expect(menu.getByRole('button', { name: 'Uitloggen' })).toBeHidden();
});

test('on a wide screen the pages are a row in the header and there is no bottom bar', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await login(page, ACCOUNTS.ambassador);
  await page.goto('/ambassador/referrals');
  const nav = bar(page);
  await expect(nav).toHaveCount(1);
  await expect(nav.getByRole('link', { name: 'Doorverwijzingen', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link')).toHaveCount(BAR.length + MORE.length);
  await expect(page.getByTestId('user-menu')).toBeVisible();
  await expect(page.getByTestId('more-menu')).toBeHidden();
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('"Meer" opens, marks the page, and logging out works', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    await expect(page).toHaveURL(/\/ambassador$/);
    await expect(bar(page).getByRole('link', { name: 'Start', exact: true })).toHaveAttribute('aria-current', 'page');

    await more(page).locator('summary').click();
    await more(page).getByRole('link', { name: 'Mijn pas', exact: true }).click();
    await expect(page).toHaveURL(/\/ambassador\/pass$/);
    await expect(page.locator('h1').first()).toHaveText('Mijn ambassadeurspas');
    // Marked in the server's HTML: the item under "Meer", and "Meer" itself.
    await expect(more(page).locator('summary')).toHaveAttribute('aria-current', 'true');
    await expect(bar(page).locator('[aria-current="page"]')).toHaveAttribute('href', '/ambassador/pass');
    await expectAccessible(page, { javaScript: false });

    await more(page).locator('summary').click();
    await more(page).getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto('/ambassador');
    await expect(page).toHaveURL(/\/login/);
  });
});
