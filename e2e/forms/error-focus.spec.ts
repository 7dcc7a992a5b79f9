import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

/**
 * The one form contract (app/_components/ui/use-form.tsx): after a failed submit the keyboard
 * focus is on the error summary, not on the page's body — with JavaScript (the summary is focused
 * when the state comes back) and without (the reloaded page starts there).
 */
async function activeIsSummary(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary') ?? false), { message: 'focus on the error summary' })
    .toBe(true);
}

test.describe('focus lands on the error summary after a failed submit', () => {
  test('public sign-up form (resident)', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Naam').fill('Focus Proef');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await activeIsSummary(page);
    await expect(page.locator(':focus')).toContainText('Er ging iets mis');
    await expectAccessible(page);
  });

  test('public sign-up form without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Naam').fill('Focus Proef');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(page.locator('[data-error-summary]')).toContainText('Er ging iets mis');
    await activeIsSummary(page);
    await expectAccessible(page, { javaScript: false });
    await context.close();
  });

  test('ambassador contact form', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/contact');
    await page.getByRole('button', { name: 'Contact opslaan' }).click();
    await activeIsSummary(page);
    await expectAccessible(page);
  });

  test('staff form: a new lead', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto('/staff/leads/new');
    await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
    await activeIsSummary(page);
    await expect(page.locator(':focus')).toContainText('Vul dit veld in');
    await expectAccessible(page);
  });
});
