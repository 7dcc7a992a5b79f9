import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

// Runs in the "phone" project (360 × 740), and again at 320 × 640: the ambassador's referrals
// are cards (no table cut off at the status), and a social-map search shows its first result on
// the first screen.

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

for (const size of [{ width: 360, height: 740 }, { width: 320, height: 640 }]) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });

    test('the referrals are cards with their status in sight', async ({ page }) => {
      await login(page, ACCOUNTS.ambassador);
      await visit(page, '/ambassador/referrals');
      // One table, its rows restyled as cards: the header row out of sight, each value with its label.
      const table = page.getByRole('table', { name: 'Doorverwijzingen, nieuwste nieuws eerst' });
      expect((await table.locator('thead').boundingBox())!.height).toBeLessThanOrEqual(1);
      const cards = table.locator('tbody').getByRole('row');
      expect(await cards.count()).toBeGreaterThanOrEqual(3);
      const card = cards.filter({ hasText: 'Gratis juridisch spreekuur' }).first();
      const status = card.getByRole('cell').filter({ hasText: 'Verstuurd' });
      await expect(status).toHaveAttribute('data-col', 'status');
      await expect(status).toHaveAttribute('data-label', 'Stand');
      await expect(status).toBeVisible();
      // The whole status is on the screen, not cut off at the right, after its label.
      const box = (await status.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
      const badge = (await status.locator('> *').first().boundingBox())!;
      expect(badge.x, 'the status stands right of its label').toBeGreaterThan(box.x + 20);
      expect(badge.x + badge.width).toBeLessThanOrEqual(size.width);
      await expect(card.getByRole('link', { name: /^Bekijk doorverwijzing van/ })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

    test('after a social-map search the first result is on the first screen; the form folds away and opens again', async ({ page }) => {
      await login(page, ACCOUNTS.ambassador);
      await visit(page, '/ambassador/social-map');
      // No search yet: the form is open.
      await page.getByLabel('Waar zoekt u hulp bij?').fill('schulden');
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect(page).toHaveURL(/q=schulden/);
      const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
      await expect(first).toBeVisible();
      // Without the user scrolling: the page opens at the folded form, the first result right under it.
      const top = (await first.boundingBox())!.y;
      expect(top, 'the first result starts on the first screen').toBeGreaterThanOrEqual(0);
      expect(top, 'the first result starts on the first screen').toBeLessThan(size.height - 48);
      await expect(page.getByText('Zoekopdracht aanpassen')).toBeInViewport();
      // The form is folded: its fields are out of sight until "Zoekopdracht aanpassen" opens it, with the search kept.
      await expect(page.getByLabel('Waar zoekt u hulp bij?')).toBeHidden();
      await page.getByText('Zoekopdracht aanpassen').click();
      await expect(page.getByLabel('Waar zoekt u hulp bij?')).toHaveValue('schulden');
      await expectAccessible(page);
      await expectNoHorizontalScroll(page);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the folded search form opens and searches again', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/social-map?q=schulden');
    await expect(page.getByLabel('Waar zoekt u hulp bij?')).toBeHidden();
    await page.getByText('Zoekopdracht aanpassen').click();
    await page.getByLabel('Waar zoekt u hulp bij?').fill('huur');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/q=huur/);
    await expect(page.getByRole('heading', { level: 2, name: /resultaten?$/ })).toBeVisible();
    await expectAccessible(page, { javaScript: false });
  });
});
