import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

const SERVICE = 'Schuldhulpmaatje: hulp bij schulden';

let seq = 0;
/** A first name no other test or demo lead has (letters only), and a phone number of its own. */
function person(prefix: string) {
  const tag = `${Date.now().toString(36)}${(++seq).toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  return { first: `${prefix}${tag}`, last: `Privacy${tag}`, phone: `06 2${String(Date.now() + seq * 7919).slice(-7)}` };
}

async function openService(page: Page) {
  await visit(page, '/ambassador/social-map?q=schulden');
  await page.getByRole('link', { name: SERVICE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SERVICE })).toBeVisible();
}

test('an ambassador can refer only the contacts they registered themselves, and sees only the phone they typed', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const viaLink = person('Linkje');
  const field = person('Veldje');

  // A resident signs up themselves through the ambassador's link.
  const pubContext = await browser.newContext();
  const pub = await pubContext.newPage();
  await visit(pub, '/?ref=AMB01');
  await pub.getByLabel('Naam').fill(`${viaLink.first} ${viaLink.last}`);
  await pub.getByLabel('Telefoonnummer').fill(viaLink.phone);
  await pub.getByLabel('Welke taal spreekt u het liefst?').selectOption('ar');
  await pub.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  await pub.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
  await pub.locator('form button[type=submit]').click();
  await expect(pub.getByRole('heading', { level: 3 })).toBeVisible();
  await pubContext.close();

  // The ambassador registers another resident in the field.
  await login(page, ACCOUNTS.ambassador);
  await visit(page, '/ambassador/contact');
  const form = page.getByTestId('contact-form');
  await form.getByLabel('Naam').fill(`${field.first} ${field.last}`);
  await form.getByLabel('Telefoonnummer').fill(field.phone);
  await form.getByLabel('Taal').selectOption('ar');
  await form.getByLabel('Wijk').selectOption('meerzicht');
  await form.getByRole('radio', { name: 'Allebei' }).check();
  await form.getByRole('checkbox', { name: /Deze persoon vindt het goed/ }).check();
  await form.getByRole('button', { name: 'Contact opslaan' }).click();
  await expect(page.getByRole('heading', { name: 'Contact opgeslagen' })).toBeVisible({ timeout: 60_000 });

  // The start page lists the field contact, not the self sign-up via the link.
  await visit(page, '/ambassador');
  await expect(page.getByTestId('my-contacts').getByText(field.first, { exact: true })).toBeVisible();
  await expect(page.getByText(viaLink.first)).toHaveCount(0);
  await expectAccessible(page);

  // The lead picker of the referral form offers the field contact only.
  await openService(page);
  await page.getByLabel('Een van mijn contacten').check();
  const picker = page.getByLabel('Contact', { exact: true });
  const options = await picker.locator('option').allTextContents();
  expect(options).toContain(field.first);
  expect(options.join(' ')).not.toContain(viaLink.first);
  await expectAccessible(page);

  // Referring the field contact: the referral page shows the number the ambassador typed.
  await picker.selectOption({ label: field.first });
  await page.getByLabel(/De inwoner vindt het goed/).check();
  await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await expect(page).toHaveURL(/\/ambassador\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Doorverwijzing van ${field.first}`);
  await expect(page.getByRole('link', { name: /^06/ })).toHaveAttribute('href', `tel:+31${field.phone.replace(/\s/g, '').slice(1)}`);
  await expectAccessible(page);
});
