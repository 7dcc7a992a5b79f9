import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

// Staff on a laptop (1280 px): the area's pages in sections (issue #21), only those the role may
// see, the current section marked; each section opens with the keyboard, and without JavaScript.

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const group = (page: Page, label: string) => nav(page).locator('details').filter({ has: page.locator('summary', { hasText: label }) });

test.use({ viewport: { width: 1280, height: 800 } });

test('the coordinator’s sections fit one row and the current one is marked', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  const summaries = nav(page).locator('summary');
  await expect(summaries).toHaveText(['Werving', 'Ambassadeurs', 'Netwerk', 'Sociale kaart', 'Beheer']);
  // One row (was fourteen links in two).
  const tops = new Set<number>();
  for (const box of await Promise.all((await summaries.all()).map((s) => s.boundingBox()))) tops.add(Math.round(box!.y));
  expect([...tops]).toHaveLength(1);

  // On a shift's agenda: "Ambassadeurs" is the current section, its link the current page.
  await page.goto('/staff/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda en diensten' })).toBeVisible();
  const section = group(page, 'Ambassadeurs').locator('summary');
  await expect(section).toHaveAttribute('aria-current', 'true');
  await expect(group(page, 'Werving').locator('summary')).not.toHaveAttribute('aria-current');
  // The mark is visible too: a white bar under the section's name (the others have none).
  const border = (loc: typeof section) => loc.evaluate((el) => getComputedStyle(el).borderBottomColor);
  expect(await border(section)).toBe('rgb(255, 255, 255)');
  expect(await border(group(page, 'Werving').locator('summary'))).not.toBe('rgb(255, 255, 255)');
  await section.click();
  const link = group(page, 'Ambassadeurs').getByRole('link', { name: 'Agenda en diensten' });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('aria-current', 'page');
  await expect(group(page, 'Ambassadeurs').getByRole('link')).toHaveText(['Ambassadeurs', 'Agenda en diensten', 'Training', 'Vergoedingen', 'Coaching']);
  await expectAccessible(page);

  // Opening another section closes this one.
  await group(page, 'Netwerk').locator('summary').click();
  await expect(group(page, 'Netwerk').getByRole('link', { name: 'Verenigingen' })).toBeVisible();
  await expect(link).toBeHidden();
});

test('a caseworker sees no programme sections', async ({ page }) => {
  await login(page, ACCOUNTS.caseworker);
  await expect(page).toHaveURL(/\/staff$/);
  // Werving as a menu; the social map and reports each a single link; no Ambassadeurs or Netwerk.
  await expect(nav(page).locator('summary')).toHaveText(['Werving']);
  await expect(nav(page).locator(':scope > ul > li > a')).toHaveText(['Sociale kaart', 'Rapportages']);
  for (const href of ['/staff/events', '/staff/ambassadors', '/staff/associations', '/staff/signals', '/staff/targets', '/staff/social-map/manage', '/staff/accounts']) {
    await expect(nav(page).locator(`a[href="${href}"]`), href).toHaveCount(0);
  }
  await group(page, 'Werving').locator('summary').click();
  await expect(group(page, 'Werving').getByRole('link')).toHaveText(['Start', 'Aanmeldingen', 'Nieuwe aanmelding', 'Intake-agenda', 'Doorverwijzingen']);
  await expect(group(page, 'Werving').getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);
});

test('the keyboard opens a section, reaches a link and closes it with Escape', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  const summary = group(page, 'Netwerk').locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(group(page, 'Netwerk')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/staff/associations');
  await page.keyboard.press('Escape');
  await expect(group(page, 'Netwerk')).not.toHaveAttribute('open');
  await expect(summary).toBeFocused();

  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', '/staff/network');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/staff\/network$/);
  await expect(group(page, 'Netwerk').locator('summary')).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a section opens and its link works; the user menu logs out', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await expect(page).toHaveURL(/\/staff$/);
    await group(page, 'Beheer').locator('summary').click();
    await group(page, 'Beheer').getByRole('link', { name: 'Doelen' }).click();
    await expect(page).toHaveURL(/\/staff\/targets$/);
    await expect(group(page, 'Beheer').locator('summary')).toHaveAttribute('aria-current', 'true');
    await expectAccessible(page, { javaScript: false });
    await page.getByTestId('user-menu').locator('summary').click();
    await page.getByTestId('user-menu').getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/login/);
  });
});
