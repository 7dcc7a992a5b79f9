import { type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

const SECOND_COORDINATOR = 'privacy2@wijkwerf.test';

/** A valid Dutch mobile number, unique per run ('0612' + 6 digits). */
function randomPhone() {
  return `0612${String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0')}`;
}
const e164 = (phone: string) => `+31${phone.slice(1)}`;

async function signUp(page: Page, name: string, phone: string) {
  await page.goto('/');
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Telefoonnummer').fill(phone);
  await page.getByLabel('Welke taal spreekt u het liefst?').selectOption('ar');
  await page.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  await page.getByLabel('Voor mijzelf').check();
  await page.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeFocused();
}

async function coordinator(browser: Browser, email: string) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, email);
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

/** The request's row in the requests table (found by the number it still holds). */
const requestRow = (page: Page, phone: string) => page.getByTestId('privacy-request').filter({ hasText: e164(phone) });

test('four eyes: one coordinator asks to erase a resident, a second one approves, and nothing of them can be found any more', async ({ page, browser }) => {
  const phone = randomPhone();
  const name = `Wis Mij ${phone.slice(-4)}`;
  await signUp(page, name, phone);

  const first = await coordinator(browser, ACCOUNTS.coordinator);
  await visit(first, `/staff/privacy?phone=${phone}`);
  await expect(first.getByRole('heading', { name: '1 aanmelding gevonden' })).toBeVisible();
  await expect(first.getByText(name).first()).toBeVisible();
  // The readable export shows the person's data under readable headings.
  const exportHref = await first.getByRole('link', { name: 'Overzicht om af te drukken' }).getAttribute('href');
  const exportPage = await first.context().newPage();
  await visit(exportPage, exportHref!);
  // The resident chose Arabic: the headings are in Arabic, right to left.
  await expect(exportPage.getByRole('heading', { level: 1 })).toHaveText('بياناتك لدى Wijkwerf');
  await expect(exportPage.getByRole('heading', { name: /^التسجيلات/ })).toBeVisible();
  await expect(exportPage.locator('article[lang="ar"][dir="rtl"]')).toHaveCount(1);
  await expect(exportPage.getByText(name).first()).toBeVisible();
  await exportPage.close();

  await first.getByRole('button', { name: 'Wissen aanvragen' }).click();
  await expect(first.getByText('Het verzoek staat klaar. Een andere projectmedewerker moet het goedkeuren.')).toBeVisible();
  await first.goto('/staff/privacy');
  const own = requestRow(first, phone);
  await expect(own).toContainText('Wacht op tweede projectmedewerker');
  await expect(own).toContainText('Een andere projectmedewerker moet dit goedkeuren.');
  await expect(own.getByRole('button', { name: 'Goedkeuren en wissen' })).toHaveCount(0);

  const second = await coordinator(browser, SECOND_COORDINATOR);
  await visit(second, '/staff/privacy');
  await requestRow(second, phone).getByRole('button', { name: 'Goedkeuren en wissen' }).click();
  // The row's buttons go with the handled request, and its number is removed.
  await expect(requestRow(second, phone)).toHaveCount(0);

  await second.goto(`/staff/privacy?phone=${phone}`);
  await expect(second.getByText('Met dit nummer of deze naam staat niets opgeslagen.')).toBeVisible();
  await second.goto(`/staff/leads?q=${encodeURIComponent(name)}`);
  await expect(second.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('a resident withdraws consent from the confirmation; staff check by phone, contact stops, and a second coordinator erases', async ({ page, browser }) => {
  const phone = randomPhone();
  const name = `Trek In ${phone.slice(-4)}`;
  await signUp(page, name, phone);
  await page.getByRole('link', { name: /Trek dan hier uw toestemming in/ }).click();
  await expect(page).toHaveURL(/\/intrekken$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Toestemming intrekken');
  // Honest about the missing SMS code: a staff member calls back first.
  await expect(page.getByText(/nog geen sms-code/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: /Uw telefoonnummer/ }).fill(phone);
  await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(page.getByText(/Wij hebben uw verzoek ontvangen/)).toBeVisible();

  const first = await coordinator(browser, ACCOUNTS.coordinator);
  await first.goto('/staff/privacy');
  const row = requestRow(first, phone);
  await expect(row).toContainText('Toestemming intrekken');
  await expect(row).toContainText('Nummer nog terugbellen');
  await row.getByRole('button', { name: 'Bewoner bevestigde aan de telefoon' }).click();
  await expect(row).toContainText('Wacht op tweede projectmedewerker');
  await expect(row).toContainText('Een andere projectmedewerker moet dit goedkeuren.');

  const second = await coordinator(browser, SECOND_COORDINATOR);
  await second.goto('/staff/privacy');
  await requestRow(second, phone).getByRole('button', { name: 'Goedkeuren en wissen' }).click();
  // The row's buttons go with the handled request, and its number is removed.
  await expect(requestRow(second, phone)).toHaveCount(0);
  await second.goto(`/staff/privacy?name=${encodeURIComponent(name)}`);
  await expect(second.getByText('Met dit nummer of deze naam staat niets opgeslagen.')).toBeVisible();
});

test('the withdrawal page and the privacy statement work without JavaScript and pass axe', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/privacy');
  await expect(page.getByText(/functionaris gegevensbescherming van de gemeente: 14 079, privacy@zoetermeer.nl/)).toBeVisible();
  await expectAccessible(page, { javaScript: false });
  await page.getByRole('main').getByRole('link', { name: 'Toestemming intrekken' }).click();
  await expect(page).toHaveURL(/\/intrekken$/);
  await page.getByRole('textbox', { name: /Uw telefoonnummer/ }).fill('12345');
  await page.getByRole('button', { name: 'Toestemming intrekken' }).click();
  await expect(page.getByText('Dit telefoonnummer klopt niet', { exact: false }).first()).toBeVisible();
  await expectAccessible(page, { javaScript: false });
  await ctx.close();
});

test('the administrator sees the processing register and the audit log with its filters', async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  await visit(page, '/admin/privacy');
  await expect(page.getByRole('heading', { name: 'Verwerkingsregister (artikel 30 AVG)' })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: /Gestopte aanmeldingen/ })).toHaveValue('24');
  await visit(page, '/admin/audit?action=login.success');
  await expect(page.getByRole('combobox', { name: 'Handeling' })).toHaveValue('login.success');
});

test('only coordinators reach the privacy requests and exports; only the administrator the privacy settings', async ({ browser }) => {
  for (const [role, url] of [
    ['caseworker', '/staff/privacy'],
    ['caseworker', '/staff/privacy/export.json?lead=00000000-0000-4000-8000-000000000000'],
    ['coordinator', '/admin/privacy'],
    ['admin', '/staff/privacy/export?lead=00000000-0000-4000-8000-000000000000'],
  ] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, ACCOUNTS[role]);
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), `${role} ${url}`).toBe(403);
    await ctx.close();
  }
});

test('a correction request taken by phone stays open until the resident’s details are corrected in the lead’s form', async ({ page, browser }) => {
  const phone = randomPhone();
  const name = `Verbeter Mij ${phone.slice(-4)}`;
  await signUp(page, name, phone);

  const staff = await coordinator(browser, ACCOUNTS.coordinator);
  await visit(staff, '/staff/privacy');
  const register = staff.getByRole('region', { name: 'Verzoek binnengekomen' });
  await register.getByLabel('Soort verzoek').selectOption('correction');
  await register.getByLabel('Telefoonnummer').fill(phone);
  await register.getByRole('button', { name: 'Verzoek vastleggen' }).click();
  await expect(staff.getByText('Het verzoek is vastgelegd.')).toBeVisible();
  await staff.goto('/staff/privacy');
  const row = requestRow(staff, phone);
  await expect(row).toContainText('Verbeteren · via een medewerker');
  await expect(row).toContainText('Nog af te handelen');

  // From the request to the search result, and from there to the lead's own form.
  await row.getByRole('link', { name: 'Bewoner zoeken' }).click();
  await expect(staff.getByRole('heading', { name: '1 aanmelding gevonden' })).toBeVisible();
  await staff.getByRole('link', { name: `${name}: gegevens verbeteren` }).click();
  await expect(staff).toHaveURL(/\/staff\/leads\/[0-9a-f-]+#details-title$/);
  const details = staff.locator('section[aria-labelledby="details-title"]');
  await details.getByLabel('Naam').fill(`${name} Verbeterd`);
  await details.getByRole('button', { name: 'Opslaan' }).click();
  await expect(details.getByText('Opgeslagen.')).toBeVisible();

  // Handled: the request is done and no longer holds the number.
  await staff.goto('/staff/privacy');
  await expect(requestRow(staff, phone)).toHaveCount(0);
});

test('the sign-up page links to withdrawing consent in every public language', async ({ page }) => {
  await visit(page, '/');
  for (const locale of ['nl', 'en', 'ar', 'fa-AF', 'tr', 'ti', 'pl', 'uk', 'so']) {
    const prefix = locale === 'nl' ? '' : `/${locale}`;
    await page.goto(prefix || '/');
    const link = page.getByRole('contentinfo').locator(`a[href="${prefix}/intrekken"]`);
    await expect(link, locale).toHaveCount(1);
    await expect(link, locale).not.toHaveText('');
  }
  await page.getByRole('contentinfo').getByRole('link').last().click();
  await expect(page).toHaveURL(/\/so\/intrekken$/);
});

test('the privacy statement says the retention period of the settings; import previews have their own setting', async ({ page, browser }) => {
  await login(page, ACCOUNTS.admin);
  await visit(page, '/admin/privacy');
  await expect(page.getByRole('spinbutton', { name: /Voorbeelden van importbestanden/ })).toHaveValue('24');
  const setMonths = async (months: string) => {
    await page.goto('/admin/privacy');
    await page.getByRole('spinbutton', { name: /Gestopte aanmeldingen/ }).fill(months);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De instellingen zijn opgeslagen.')).toBeVisible();
  };
  const resident = await (await browser.newContext()).newPage();
  try {
    await setMonths('30');
    await resident.goto('/privacy');
    await expect(resident.getByText(/30 maanden na de laatste stap/)).toBeVisible();
    await resident.goto('/en/privacy');
    await expect(resident.getByText(/30 months after the last step/)).toBeVisible();
  } finally {
    await setMonths('24');
  }
  await resident.goto('/en/privacy');
  await expect(resident.getByText(/2 years after the last step/)).toBeVisible();
});
