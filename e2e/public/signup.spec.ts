import { type Browser, type Page } from '@playwright/test';
import { expect, expectAccessible, login, test, visit, formAlert } from '../fixtures';

let n = 0;
/** A valid, unique Dutch mobile number per call (06 2xxx xxxx; the demo data uses 06 19…). */
function uniquePhone() {
  n += 1;
  return `06 2${String(Date.now() % 1000).padStart(3, '0')}${String(n).padStart(4, '0')}`;
}

async function fillValid(page: Page, name: string, phone = uniquePhone()) {
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Telefoonnummer').fill(phone);
  await page.getByLabel('Welke taal spreekt u het liefst?').selectOption('ar');
  await page.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  await page.getByLabel('Voor mijzelf').check();
  await page.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
}

test.describe('public sign-up (Dutch)', () => {
  test('page explains the course in Dutch and passes axe', async ({ page }) => {
    const res = await visit(page, '/');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nederlands leren in uw eigen wijk');
    await expect(page.getByRole('heading', { name: 'Wat gebeurt er na uw aanmelding?' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Privacy' })).toBeVisible();
  });

  test('empty form shows Dutch field errors; typed values are kept', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Naam').fill('Amina Test');
    await page.getByLabel('Telefoonnummer').fill('12345');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const alert = formAlert(page);
    await expect(alert).toContainText('Er ging iets mis');
    await expect(alert).toContainText('Dit telefoonnummer klopt niet');
    await expect(alert).toContainText('Zet een vinkje als u het goed vindt');
    await expect(page.getByLabel('Naam')).toHaveValue('Amina Test');
    await expect(page.getByLabel('Telefoonnummer')).toHaveValue('12345');
    await expect(page.getByLabel('Telefoonnummer')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('valid sign-up with JavaScript shows the confirmation and reaches the staff list', async ({ page, browser }) => {
    await page.goto('/');
    await fillValid(page, 'Leyla Zoekmij');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeFocused();
    await expectAccessible(page);

    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await login(staff, 'coordinator@wijkwerf.test');
    await expect(staff).toHaveURL(/\/staff$/);
    await staff.goto('/staff/leads?q=Leyla%20Zoekmij');
    const row = staff.getByRole('row').filter({ hasText: 'Leyla Zoekmij' });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Aanmeldpagina');
    await expect(row).toContainText('Meerzicht');
    await staffContext.close();
  });
});

test.describe('public sign-up without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('server-rendered errors keep what was typed, then the sign-up succeeds', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Naam').fill('Omar Zonderjs');
    await page.getByLabel('Telefoonnummer').fill('06 123');
    await page.getByLabel('E-mailadres').fill('geen-email');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(formAlert(page)).toContainText('Dit e-mailadres klopt niet');
    await expect(page.getByLabel('Naam')).toHaveValue('Omar Zonderjs');
    await expect(page.getByLabel('E-mailadres')).toHaveValue('geen-email');
    await expectAccessible(page, { javaScript: false });

    await fillValid(page, 'Omar Zonderjs');
    await page.getByLabel('E-mailadres').fill('omar@example.org');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(page.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
    await expectAccessible(page, { javaScript: false });
  });

  test('a sign-up is redirected to the thank-you page, and reloading it does not sign up again', async ({ page, browser }) => {
    const name = `Nadia Herlaad ${Date.now() % 100000}`;
    await page.goto('/en?ref=AMB01');
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Phone number').fill(uniquePhone());
    await page.getByLabel('Which language do you prefer to speak?').selectOption('ar');
    await page.getByLabel('Which neighbourhood do you live in?').selectOption('meerzicht');
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: /send/i }).click(),
    ]);
    expect(answer.status()).toBe(303);
    await expect(page).toHaveURL(/\/en\/bedankt\?ref=AMB01$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for signing up' })).toBeVisible();
    // "Sign up someone else" goes back to the form with the ambassador's code.
    await expect(page.getByRole('link', { name: 'Sign up someone else' })).toHaveAttribute('href', '/en?ref=AMB01');
    await expectAccessible(page, { javaScript: false });

    const reload = await page.reload();
    expect(reload?.request().method()).toBe('GET');
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you for signing up' })).toBeVisible();

    // One lead, not two: the reload sent nothing. (The coordinator's browser has JavaScript.)
    const staffContext = await browser.newContext({ javaScriptEnabled: true });
    const staff = await staffContext.newPage();
    await login(staff, 'coordinator@wijkwerf.test');
    await visit(staff, `/staff/leads?q=${encodeURIComponent(name)}`);
    await expect(staff.getByRole('row').filter({ hasText: name })).toHaveCount(1);
    await staffContext.close();
  });
});

test.describe('other languages', () => {
  test('Arabic page is right-to-left with Arabic errors', async ({ page }) => {
    const res = await visit(page, '/ar');
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.locator('form button[type=submit]').click();
    await expect(formAlert(page)).toBeVisible();
    const text = await formAlert(page).innerText();
    expect(text).toMatch(/[\u0600-\u06FF]/);
    expect(text).not.toContain('Vul dit veld in');
    await expectAccessible(page);
  });

  test('English page with a referral code keeps it across the language switch and attributes the sign-up', async ({ page, browser }) => {
    await visit(page, '/en?ref=AMB01');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('You came here through an ambassador.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/\?ref=AMB01$/);
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\?ref=AMB01$/);

    await page.getByLabel('Name').fill('Zeynep Verwezen');
    await page.getByLabel('Phone number').fill(uniquePhone());
    await page.getByLabel('Which language do you prefer to speak?').selectOption('tr');
    await page.getByLabel('Which neighbourhood do you live in?').selectOption('palenstein');
    await page.getByRole('checkbox', { name: /I agree/ }).check();
    await page.getByRole('button', { name: /send/i }).click();
    await expect(page.getByRole('heading', { level: 3 })).toBeVisible();

    // Attributed: the coordinator sees the ambassador on the lead.
    const staffContext = await browser.newContext();
    const staff = await staffContext.newPage();
    await login(staff, 'coordinator@wijkwerf.test');
    await visit(staff, '/staff/leads?q=Zeynep+Verwezen');
    await expect(staff.getByRole('row').filter({ hasText: 'Zeynep Verwezen' }).first()).toContainText('Fatima El Amrani');
    await staffContext.close();

    // The ambassador does not see self sign-ups via the link (new or already known numbers alike:
    // see myContacts in lib/field/queries.ts), only the contacts they registered themselves.
    const amb = await browser.newPage();
    await login(amb, 'ambassador@wijkwerf.test');
    await expect(amb).toHaveURL(/\/ambassador$/);
    await expect(amb.getByRole('heading', { name: 'Uw contacten' })).toBeVisible();
    await expect(amb.getByText('Zeynep', { exact: true })).toHaveCount(0);
    await expect(amb.getByText('Verwezen')).toHaveCount(0);
    await amb.close();
  });

  for (const path of ['/privacy', '/toegankelijkheid', '/en/privacy', '/en/toegankelijkheid', '/ar/privacy', '/ar/toegankelijkheid']) {
    test(`${path} exists in its language`, async ({ page }) => {
      const res = await visit(page, path);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const lang = path.startsWith('/en') ? 'en' : path.startsWith('/ar') ? 'ar' : 'nl';
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
});

test.describe('flood control', () => {
  /** The sign-up form as a browser without JavaScript gets it: where it is posted to, and its hidden fields. */
  async function signupForm(browser: Browser) {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/');
    const form = page.locator('form').filter({ has: page.getByLabel('Telefoonnummer') });
    const action = await form.getAttribute('action');
    const method = await form.getAttribute('method');
    const hidden = await form.locator('input[type=hidden]').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
    );
    await ctx.close();
    // A plain post to its own address (the route handler), not a server action.
    expect({ action, method }).toEqual({ action: '/aanmelden', method: 'post' });
    expect(Object.keys(hidden).filter((k) => k.startsWith('$ACTION'))).toEqual([]);
    return { action: action!, hidden };
  }
  const answers = (phone: string) => ({ name: 'Bot', phone, language: 'ar', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on' });

  test('past the per-IP limit a plain form post gets HTTP 429 and a readable page', async ({ request, browser }) => {
    const { action, hidden } = await signupForm(browser);
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await request.post(action, { form: { ...hidden, ...answers(uniquePhone()) }, maxRedirects: 0 });
      statuses.push(res.status());
    }
    expect(statuses.slice(0, 8).every((s) => s < 400)).toBe(true);
    expect(statuses[8]).toBe(429);

    const res = await request.post('/en/aanmelden', { form: { ...hidden, ...answers(uniquePhone()) } });
    expect(res.status()).toBe(429);
    expect(res.headers()['retry-after']).toMatch(/^\d+$/);
    const html = await res.text();
    expect(html).toContain('lang="en"');
    expect(html).toContain('Please wait');
    // The language menu of the other public pages, as plain links: the same page in every language.
    expect(html).toContain('<a href="/tr" lang="tr" dir="ltr" hreflang="tr">Türkçe</a>');
    expect(html).toContain('<a href="/ar" lang="ar" dir="rtl" hreflang="ar">العربية</a>');
  });

  test('a post from another site is refused and counts for nothing', async ({ request, browser }) => {
    const { action, hidden } = await signupForm(browser);
    const res = await request.post(action, {
      form: { ...hidden, ...answers(uniquePhone()) },
      headers: { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site', 'x-forwarded-for': '198.51.100.201' },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(403);
    // In the resident's words: nothing stored, and the way back to the form.
    expect(await res.text()).toContain('Het formulier kwam niet van deze website. Er is niets opgeslagen.');
  });
});
