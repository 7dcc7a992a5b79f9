import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

test.describe('the public page earns trust', () => {
  test('Dutch: the municipality, the facts residents ask first and a number to call', async ({ page }) => {
    await visit(page, '/');
    await expect(page.getByTestId('municipality')).toHaveText('Gemeente Zoetermeer');
    const logo = page.locator('header img');
    await expect(logo).toHaveAttribute('src', '/logos/neutral.svg');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    const facts = page.getByRole('region', { name: 'Goed om te weten' });
    await expect(facts.locator('[data-fact=cost]')).toHaveText('Kost het geld?Nee, de cursus is gratis.');
    await expect(facts.locator('[data-fact=when] dd')).toHaveText('Dinsdag en donderdag, in de ochtend.');
    await expect(facts.locator('[data-fact=where] dd')).toHaveText('Meerzicht, Zoetermeer');
    await expect(facts.locator('[data-fact=childcare] dd')).toHaveText('Vraag ernaar bij het gesprek. We zoeken samen een oplossing.');
    const call = facts.getByRole('link', { name: '14 079' });
    await expect(call).toHaveAttribute('href', 'tel:+3114079');
    await expect(call.locator('[dir=ltr]')).toHaveText('14 079');
  });

  test('Arabic: the same facts right-to-left, the number left-to-right', async ({ page }) => {
    await visit(page, '/ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const facts = page.getByRole('region', { name: 'معلومات مهمة' });
    await expect(facts.locator('[data-fact=cost] dd')).toHaveText('لا، الدورة مجانية.');
    await expect(facts.locator('[data-fact=when] dd')).toHaveText('الثلاثاء والخميس (صباحًا)');
    await expect(facts.locator('[data-fact=call] a [dir=ltr]')).toHaveText('14 079');
    await expect(page.getByTestId('municipality')).toHaveText('Gemeente Zoetermeer');
  });

  test('without JavaScript the facts are there too', async ({ browser }) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto('/tr');
    await expect(page.getByRole('region', { name: 'Bilmeniz gerekenler' }).locator('[data-fact=cost] dd')).toHaveText('Hayır, kurs ücretsizdir.');
    await expectAccessible(page, { javaScript: false });
    await ctx.close();
  });

  test('a sharing preview in the page’s language and a favicon that loads', async ({ page, request }) => {
    // Dutch first: choosing English would stick (the language cookie) and / would lead to /en.
    await page.goto('/');
    await expect(page.locator('head meta[property="og:title"]')).toHaveAttribute('content', /Nederlands leren/);
    const icon = (await page.locator('head link[rel=icon]').first().getAttribute('href'))!;
    const fav = await request.get(icon);
    expect(fav.status()).toBe(200);
    expect(fav.headers()['content-type']).toContain('image/svg+xml');

    await page.goto('/en');
    const meta = (p: string) => page.locator(`head meta[property="${p}"]`).first();
    await expect(meta('og:title')).toHaveAttribute('content', /Learn Dutch/);
    await expect(meta('og:description')).toHaveAttribute('content', /.{20,}/);
    await expect(meta('og:locale')).toHaveAttribute('content', 'en');
    await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
    const image = (await meta('og:image').getAttribute('content'))!;
    expect(image).toMatch(/^https?:\/\/[^/]+\/og-image\.png$/);
    const img = await request.get(new URL(image).pathname);
    expect(img.status()).toBe(200);
    expect(img.headers()['content-type']).toBe('image/png');
  });

  test('the administrator changes the phone number and the facts; the public page shows them', async ({ page }) => {
    await login(page, ACCOUNTS.admin);
    await page.getByRole('link', { name: 'Publieke pagina' }).first().click();
    await expect(page).toHaveURL(/\/admin\/public-page$/);
    await expectAccessible(page);
    const save = async (phone: string, childcare: string) => {
      await page.getByLabel('Telefoonnummer voor vragen').fill(phone);
      await page.getByRole('group', { name: 'Is er kinderopvang?' }).getByLabel(childcare, { exact: true }).check();
      await page.getByRole('button', { name: 'Opslaan' }).click();
      await expect(page.getByText('De publieke pagina is bijgewerkt.')).toBeVisible();
    };
    // A number that is not one is refused, with the field named.
    await page.getByLabel('Telefoonnummer voor vragen').fill('12');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.locator('form [role="alert"]')).toContainText('Telefoonnummer voor vragen');

    await save('079 346 8000', 'Ja');
    try {
      await visit(page, '/');
      const facts = page.getByRole('region', { name: 'Goed om te weten' });
      await expect(facts.getByRole('link', { name: '079 346 8000' })).toHaveAttribute('href', 'tel:+31793468000');
      await expect(facts.locator('[data-fact=childcare] dd')).toHaveText('Ja, tijdens de lessen is er kinderopvang.');
      await expect(facts).not.toContainText('14 079');
    } finally {
      await page.goto('/admin/public-page');
      await save('14 079', 'Vragen bij het gesprek');
    }
  });

  test('only the administrator reaches the public-page settings', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    const res = await page.goto('/admin/public-page');
    expect(res?.status()).toBe(403);
  });
});
