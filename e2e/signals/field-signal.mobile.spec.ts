import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

// Runs in the "phone" project (360 px). The ambassador passes on a signal with JavaScript off; the
// project worker turns it into a referral once the resident agreed.

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('an ambassador sends a signal at 360 px and the project worker turns it into a referral', async ({ page, browser }) => {
    test.setTimeout(180_000); // two roles, several axe checks (the ambassador's on copies of the pages)
    const tag = Date.now().toString(36);
    const text = `Gezin in de flat maakt zich zorgen over de huur ${tag}`;

    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/signal');
    await expect(page.getByRole('heading', { level: 1, name: 'Signaal doorgeven' })).toBeVisible();
    // With consent it is not a signal: the ways to a contact or a referral are right there.
    await expect(page.getByRole('link', { name: 'Contact registreren (cursus)' })).toHaveAttribute('href', '/ambassador/contact');
    await expectAccessible(page, { javaScript: false });
    await expectNoHorizontalScroll(page);

    const form = page.getByTestId('signal-form');
    // There is no field for a resident's name or phone number.
    await expect(form.getByRole('textbox')).toHaveCount(1);
    await form.getByRole('button', { name: 'Signaal versturen' }).click();
    await expect(page.locator('form [role="alert"]')).toBeVisible();

    await form.getByRole('combobox', { name: /Onderwerp/ }).selectOption({ label: 'Geldzaken en schulden' });
    await form.getByRole('combobox', { name: /Wijk/ }).selectOption('meerzicht');
    await form.getByRole('textbox', { name: /Wat zag of hoorde u/ }).fill(text);
    await form.getByRole('radio', { name: 'Ja, over een bewoner (zonder naam)' }).check();
    await form.getByRole('checkbox', { name: 'Dit is dringend' }).check();
    await form.getByRole('button', { name: 'Signaal versturen' }).click();
    await expect(page.getByText('Bedankt. Uw signaal is doorgegeven aan de projectmedewerker.')).toBeVisible();
    const own = page.getByTestId('own-signals').getByRole('listitem').filter({ hasText: tag });
    await expect(own).toContainText('Dringend');
    await expect(own).toContainText('Geldzaken en schulden');
    await expectAccessible(page, { javaScript: false });
    await expectNoHorizontalScroll(page);

    // The project worker's inbox shows it with its source.
    // A context made in the test takes over this block's `javaScriptEnabled: false` (Playwright
    // applies the test's `use` options to browser.newContext): axe never finishes on a page without
    // JavaScript, so the first check of the staff inbox hung until the test's time ran out. The
    // project worker's desk is a desktop browser with JavaScript on.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, javaScriptEnabled: true });
    const staff = await ctx.newPage();
    await login(staff, ACCOUNTS.coordinator);
    await staff.goto('/staff/signals?source=ambassador');
    const item = staff.getByTestId('signal-item').filter({ hasText: tag });
    await expect(item).toContainText('Uit het veld');
    await expect(item).toContainText('Dringend');
    await expect(item).toContainText('Meerzicht');
    await expectAccessible(staff);
    await item.getByRole('link', { name: /Open het signaal/ }).click();
    await expect(staff.getByRole('heading', { level: 1, name: 'Signaal uit het veld' })).toBeVisible();
    await expectAccessible(staff);

    const convert = staff.getByTestId('signal-convert');
    await convert.getByRole('combobox', { name: /Aanbod/ }).selectOption({ index: 1 });
    await convert.getByRole('textbox', { name: /Voornaam van de bewoner/ }).fill(`Fatima${tag}`);
    await convert.getByRole('textbox', { name: /Telefoonnummer van de bewoner/ }).first().fill(`0612${String(Date.now()).slice(-6)}`);
    await convert.getByRole('checkbox', { name: /toestemming om de gegevens door te geven/ }).check();
    await convert.getByRole('button', { name: 'Doorverwijzen' }).click();
    await expect(staff.getByTestId('signal-referred')).toContainText('Dit signaal is doorverwezen.');
    await expect(staff.getByTestId('signal-status')).toHaveText('Afgehandeld');
    await expectAccessible(staff);

    // The policy overview counts it without any text or name.
    await staff.goto('/staff/signals/policy');
    await expect(staff.getByTestId('policy-themes')).toContainText('Geldzaken en schulden');
    await expect(staff.getByRole('main')).not.toContainText(tag);
    await expectAccessible(staff);
    await ctx.close();
  });
});
