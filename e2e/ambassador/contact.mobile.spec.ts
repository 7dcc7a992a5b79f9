import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, switchLanguage, test, visit } from '../fixtures';

// Runs in the "phone" project: 360 px wide, touch. The ambassador works on a phone in the street.

const AMBASSADOR2 = 'ambassador2@wijkwerf.test';
const CONSENT_ERROR = 'Vraag eerst of de persoon het goed vindt. Zet dan een vinkje.';

let seq = 0;
/** A first name no other test or demo lead has, and a phone number of its own. */
function person() {
  const tag = `${Date.now().toString(36)}${(++seq).toString(36)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  return {
    first: `Meryem${tag}`,
    last: `Veldkamp${tag}`,
    phone: `06 2${String(Date.now() + seq).slice(-7)}`,
  };
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

function contactForm(page: Page) {
  return page.getByTestId('contact-form');
}

async function fillContact(page: Page, p: ReturnType<typeof person>, wants: string) {
  const form = contactForm(page);
  await form.getByLabel('Naam').fill(`${p.first} ${p.last}`);
  await form.getByLabel('Telefoonnummer').fill(p.phone);
  await form.getByLabel('Taal').selectOption('ar');
  await form.getByLabel('Wijk').selectOption('meerzicht');
  await form.getByRole('radio', { name: wants }).check();
}

async function expectValuesKept(page: Page, p: ReturnType<typeof person>, wants: string) {
  const form = contactForm(page);
  await expect(form.getByLabel('Naam')).toHaveValue(`${p.first} ${p.last}`);
  await expect(form.getByLabel('Telefoonnummer')).toHaveValue(p.phone);
  await expect(form.getByLabel('Taal')).toHaveValue('ar');
  await expect(form.getByLabel('Wijk')).toHaveValue('meerzicht');
  await expect(form.getByRole('radio', { name: wants })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: /Deze persoon vindt het goed/ })).not.toBeChecked();
}

async function expectOnStartPage(page: Page, p: ReturnType<typeof person>, a11y: () => Promise<void>) {
  await page.goto('/ambassador');
  const row = page.getByTestId('my-contacts').getByRole('listitem').filter({ hasText: p.first });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Nieuw');
  await expect(page.getByText(p.first, { exact: true })).toBeVisible();
  // First name and step only: no surname, no phone number.
  await expect(page.getByText(p.last)).toHaveCount(0);
  await expect(page.getByText(p.phone.replace(/\s/g, '').slice(-7))).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await a11y();
}

async function expectNotSeenBy(browser: Browser, email: string, p: ReturnType<typeof person>, javaScript = true) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: javaScript });
  const other = await ctx.newPage();
  await login(other, email);
  await expect(other).toHaveURL(/\/ambassador$/);
  await expect(other.getByRole('heading', { name: 'Uw contacten' })).toBeVisible();
  await expect(other.getByText(p.first)).toHaveCount(0);
  await expectAccessible(other, { javaScript });
  await ctx.close();
}

test('an ambassador registers a contact on a phone: error with values kept, confirmation, then the start page by first name', async ({ page, browser }) => {
  test.setTimeout(150_000); // many axe checks
  const p = person();
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  await expect(page.getByTestId('referral-link')).toContainText('/?ref=AMB01');
  await expect(page.getByRole('img', { name: 'QR-code van uw aanmeldlink' })).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Contact vastleggen' }).click();
  await expect(page).toHaveURL(/\/ambassador\/contact$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Contact vastleggen' })).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Forgot the consent: refused, with the reason, and nothing typed is lost.
  await fillContact(page, p, 'Allebei');
  await contactForm(page).getByRole('button', { name: 'Contact opslaan' }).click();
  await expect(formAlert(page)).toContainText(CONSENT_ERROR);
  await expectValuesKept(page, p, 'Allebei');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // The save button is a finger-sized, full-width target.
  const submit = contactForm(page).getByRole('button', { name: 'Contact opslaan' });
  const box = (await submit.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual((await contactForm(page).boundingBox())!.width - 1);

  await contactForm(page).getByRole('checkbox', { name: /Deze persoon vindt het goed/ }).check();
  await submit.click();
  const confirmation = page.getByRole('heading', { name: 'Contact opgeslagen' });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toBeFocused();
  const saved = page.getByTestId('contact-saved');
  await expect(saved).toContainText(`${p.first} is doorgegeven aan de gemeente.`);
  await expect(saved).not.toContainText(p.last);
  // Wants other help too: the confirmation points to the social map.
  await expect(saved).toContainText('Zoek samen de juiste plek op de sociale kaart');
  await expect(saved.getByRole('link', { name: 'Open de sociale kaart' })).toHaveAttribute('href', '/ambassador/social-map');
  await expect(saved.getByRole('link')).toHaveCount(3);
  await expect(saved.getByRole('link', { name: 'Nog een contact vastleggen' })).toHaveAttribute('href', '/ambassador/contact');
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await expectOnStartPage(page, p, () => expectAccessible(page));
  await expectNotSeenBy(browser, AMBASSADOR2, p);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the same journey works as plain form posts', async ({ page, browser }) => {
    test.setTimeout(150_000); // many axe checks, each on a copy of the page
    const p = person();
    await login(page, ACCOUNTS.ambassador);
    await expect(page).toHaveURL(/\/ambassador$/);
    await expectAccessible(page, { javaScript: false });

    await page.goto('/ambassador/contact');
    await expectAccessible(page, { javaScript: false });
    await expectNoHorizontalScroll(page);
    await fillContact(page, p, 'Hulp bij iets anders');
    await contactForm(page).getByRole('button', { name: 'Contact opslaan' }).click();
    await expect(formAlert(page)).toContainText(CONSENT_ERROR);
    await expectValuesKept(page, p, 'Hulp bij iets anders');
    await expectAccessible(page, { javaScript: false });
    await expectNoHorizontalScroll(page);

    await contactForm(page).getByRole('checkbox', { name: /Deze persoon vindt het goed/ }).check();
    await contactForm(page).getByRole('button', { name: 'Contact opslaan' }).click();
    await expect(page.getByRole('heading', { name: 'Contact opgeslagen' })).toBeVisible();
    const saved = page.getByTestId('contact-saved');
    await expect(saved).toContainText('Zoek samen de juiste plek op de sociale kaart');
    await expect(saved.getByRole('link', { name: 'Open de sociale kaart' })).toHaveAttribute('href', '/ambassador/social-map');
    await expect(saved.getByRole('link')).toHaveCount(3);
    await expectAccessible(page, { javaScript: false });
    await expectNoHorizontalScroll(page);

    // "Register another contact" gives an empty form.
    await page.getByRole('link', { name: 'Nog een contact vastleggen' }).click();
    await expect(contactForm(page).getByLabel('Naam')).toHaveValue('');

    await expectOnStartPage(page, p, () => expectAccessible(page, { javaScript: false }));
    await expectNotSeenBy(browser, AMBASSADOR2, p, false);
  });

  test('the flyer page works without its print button', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/flyer');
    await expect(page.getByRole('button', { name: 'Printen' })).toHaveCount(0);
    await expect(page.getByText('Printen kan ook met het menu van uw browser')).toBeVisible();
    await expect(page.getByTestId('flyer').getByRole('img', { name: /QR-code/ })).toBeVisible();
    await expectAccessible(page, { javaScript: false });
  });
});

test('the flyer: Dutch plus the ambassador’s language, right-to-left for Arabic, with the QR code and the link', async ({ page }) => {
  await login(page, ACCOUNTS.ambassador);
  await visit(page, '/ambassador/flyer');
  await expectNoHorizontalScroll(page);
  const flyer = page.getByTestId('flyer');
  await expect(flyer.getByRole('img', { name: 'QR-code: aanmelden voor een cursus Nederlands' })).toBeVisible();
  await expect(flyer).toContainText('Zoetermeer helpt u verder');
  // The QR code and the link open the public page in the flyer's second language (Arabic here).
  await expect(flyer).toContainText('/ar?ref=AMB01');

  const nl = page.getByTestId('flyer-nl');
  await expect(nl).toHaveAttribute('lang', 'nl');
  await expect(nl).toContainText('Nederlands leren in uw eigen wijk');
  await expect(nl).toContainText('AMB01');
  await expect(nl).toContainText('14 079');

  // Fatima speaks nl, ar and ber: Arabic first, right-to-left.
  const second = page.getByTestId('flyer-second');
  await expect(second).toHaveAttribute('lang', 'ar');
  await expect(second).toHaveAttribute('dir', 'rtl');
  await expect(second).toContainText('تعلّم اللغة الهولندية');
  await expect(second).toContainText('AMB01');
  const choices = page.getByRole('navigation', { name: 'Tweede taal op de flyer' }).getByRole('link');
  await expect(choices).toHaveText([/Arabisch/, /Berbers/]);
  await expect(choices.first()).toHaveAttribute('aria-current', 'page');

  await choices.filter({ hasText: 'Berbers' }).click();
  await expect(page).toHaveURL(/\/ambassador\/flyer\?lang=ber$/);
  await expect(second).toHaveAttribute('lang', 'ber-Latn');
  await expect(second).toHaveAttribute('dir', 'ltr');
  // No public page in Tamazight: the Dutch one.
  await expect(flyer).toContainText('/?ref=AMB01');
  await expectAccessible(page);

  // A language the ambassador does not speak falls back to her first one.
  await page.goto('/ambassador/flyer?lang=pl');
  await expect(second).toHaveAttribute('lang', 'ar');

  // On paper: A6, only the flyer.
  expect(await page.content()).toContain('size: A6; margin: 8mm');
  await expect(page.getByRole('button', { name: 'Printen' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Flyer om te printen' })).toBeHidden();
  await expect(flyer).toBeVisible();
  await expect(flyer.getByRole('img', { name: /QR-code/ })).toBeVisible();
});

test('a coordinator gets 403 on the ambassador’s contact form and flyer', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  for (const path of ['/ambassador/contact', '/ambassador/flyer']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    await expectAccessible(page);
  }
});

test('field errors come in the ambassador’s portal language', async ({ page }) => {
  await login(page, AMBASSADOR2);
  await switchLanguage(page, 'en');
  await page.goto('/ambassador/contact');
  await expect(page.getByRole('heading', { level: 1, name: 'Register a contact' })).toBeVisible();
  await contactForm(page).getByRole('button', { name: 'Save contact' }).click();
  const alert = formAlert(page);
  await expect(alert).toContainText('Not all fields are filled in correctly.');
  await expect(alert).toContainText('Name: Fill in this field.');
  await expect(alert).toContainText('First ask whether the person agrees. Then tick the box.');
  await expect(contactForm(page).getByText('Fill in this field.').first()).toBeVisible();
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);
  // Back to Dutch: the choice is stored on the account, and later specs read Dutch.
  await switchLanguage(page, 'nl');
});
