import { expect, expectAccessible, test, visit } from '../fixtures';

const LANGUAGES = [
  { code: 'nl', path: '/', dir: 'ltr', name: 'Nederlands', heading: 'Nederlands leren in uw eigen wijk' },
  { code: 'en', path: '/en', dir: 'ltr', name: 'English', heading: 'Learn Dutch in your own neighbourhood' },
  { code: 'ar', path: '/ar', dir: 'rtl', name: 'العربية', heading: /[\u0600-\u06FF]/ },
  { code: 'fa-AF', path: '/fa-AF', dir: 'rtl', name: 'دری', heading: 'هالندی را در محلهٔ خود یاد بگیرید' },
  { code: 'tr', path: '/tr', dir: 'ltr', name: 'Türkçe', heading: 'Kendi mahallenizde Hollandaca öğrenin' },
  { code: 'ti', path: '/ti', dir: 'ltr', name: 'ትግርኛ', heading: /[\u1200-\u137F]/ },
  { code: 'pl', path: '/pl', dir: 'ltr', name: 'Polski', heading: 'Ucz się niderlandzkiego w swojej dzielnicy' },
  { code: 'uk', path: '/uk', dir: 'ltr', name: 'Українська', heading: 'Вивчайте нідерландську у своєму районі' },
  { code: 'so', path: '/so', dir: 'ltr', name: 'Soomaali', heading: 'Baro Af-Holandiska xaafaddaada' },
] as const;

for (const l of LANGUAGES) {
  test(`the public page in ${l.code}: lang and dir, its own heading, a menu of every language named in itself, hreflang alternates`, async ({ page }) => {
    const res = await visit(page, l.path);
    expect(res?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', l.code);
    await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.heading);

    const menu = page.locator('header nav a');
    await expect(menu).toHaveText(LANGUAGES.map((x) => x.name));
    for (const x of LANGUAGES) {
      const link = menu.filter({ hasText: x.name });
      await expect(link).toHaveAttribute('lang', x.code);
      await expect(link).toHaveAttribute('href', x.code === 'nl' ? '/nl' : x.path);
    }
    await expect(menu.filter({ hasText: l.name })).toHaveAttribute('aria-current', 'true');

    const alternates = page.locator('head link[rel=alternate][hreflang]');
    await expect(alternates).toHaveCount(LANGUAGES.length + 1);
    await expect(page.locator('head link[rel=alternate][hreflang="fa-AF"]')).toHaveAttribute('href', /\/fa-AF$/);
    await expect(page.locator('head link[rel=alternate][hreflang="x-default"]')).toHaveAttribute('href', /\/$/);
  });
}

test('the survey, a survey and the withdrawal page carry hreflang alternates for every language too', async ({ page }) => {
  await visit(page, '/tr/enquete');
  const start = page.locator('main a[href*="/enquete/"]').first();
  const survey = new URL((await start.getAttribute('href'))!, 'http://x').pathname.replace(/^\/tr/, '');
  for (const path of ['/enquete', survey, '/intrekken']) {
    await visit(page, `/tr${path}`);
    await expect(page.locator('head link[rel=alternate][hreflang]'), path).toHaveCount(LANGUAGES.length + 1);
    await expect(page.locator('head link[rel=alternate][hreflang="ar"]'), path).toHaveAttribute('href', new RegExp(`/ar${path}$`));
    await expect(page.locator('head link[rel=alternate][hreflang="x-default"]'), path).toHaveAttribute('href', new RegExp(`[^/]${path}$`));
    await expect(page.locator('head link[rel=canonical]'), path).toHaveAttribute('href', new RegExp(`/tr${path}$`));
  }
});

for (const code of ['ar', 'fa-AF'] as const) {
  test(`${code}: the privacy statement is right-to-left with the phone number and e-mail address left-to-right`, async ({ page }) => {
    await visit(page, `/${code}/privacy`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The number and address appear in more than one paragraph; each stays left-to-right.
    await expect(page.locator('main [dir=ltr]', { hasText: '14 079' }).first()).toBeVisible();
    await expect(page.locator('main [dir=ltr]', { hasText: 'privacy@zoetermeer.nl' }).first()).toBeVisible();
  });
}

test('fa-AF: the sign-up form in Dari, its phone example left-to-right', async ({ page }) => {
  await visit(page, '/fa-AF');
  await expect(page.locator('#f-phone-hint [dir=ltr]', { hasText: '06 12345678' })).toBeVisible();
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('form [role="alert"]')).toContainText('لطفاً');
});

test.describe('Accept-Language and the chosen language', () => {
  test('a Dutch browser stays on /, a Turkish one goes to /tr; a choice from the menu sticks', async ({ browser }) => {
    const nl = await browser.newContext({ locale: 'nl-NL' });
    const nlPage = await nl.newPage();
    await nlPage.goto('/');
    await expect(nlPage).toHaveURL(/\/$/);
    await nl.close();

    const tr = await browser.newContext({ locale: 'tr-TR', javaScriptEnabled: false });
    const page = await tr.newPage();
    await page.goto('/?ref=AMB01');
    await expect(page).toHaveURL(/\/tr\?ref=AMB01$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
    // Without JavaScript the menu is plain links; choosing Dutch sticks, also for the Turkish browser.
    await page.locator('header nav a', { hasText: 'Nederlands' }).click();
    await expect(page).toHaveURL(/\/\?ref=AMB01$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.goto('/');
    await expect(page).toHaveURL(/\/$/);
    await page.locator('header nav a', { hasText: 'Polski' }).click();
    await expect(page).toHaveURL(/\/pl$/);
    await page.goto('/privacy');
    await expect(page).toHaveURL(/\/pl\/privacy$/);
    await expectAccessible(page, { javaScript: false });
    await tr.close();
  });
});

test.describe('fonts', () => {
  async function requests(page: import('@playwright/test').Page, path: string) {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(new URL(r.url()).pathname));
    await page.goto(path);
    // Every font the page's text needs has been fetched (or failed) once document.fonts is ready.
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    return urls;
  }

  test('Arabic and Tigrinya pages load their self-hosted font; the Dutch page loads none and the same style sheets', async ({ page }) => {
    const nl = await requests(page, '/');
    expect(nl.filter((u) => u.startsWith('/fonts/'))).toEqual([]);
    expect(await page.content()).not.toContain('@font-face');
    const nlCss = nl.filter((u) => u.endsWith('.css')).sort();

    const ar = await requests(page, '/ar');
    expect(ar).toContain('/fonts/noto-sans-arabic-400.woff2');
    expect(ar.filter((u) => u.endsWith('.css')).sort()).toEqual(nlCss);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Noto Sans Arabic');

    const ti = await requests(page, '/ti');
    expect(ti).toContain('/fonts/noto-sans-ethiopic-400.woff2');
    expect(ti.filter((u) => u.startsWith('/fonts/noto-sans-arabic'))).toEqual([]);
  });
});
