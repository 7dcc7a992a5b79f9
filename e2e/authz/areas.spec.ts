import { ACCOUNTS, AREA_OF, type DemoRole, expect, login, test, expectAccessible } from '../fixtures';

const AREAS = ['/staff', '/ambassador', '/association', '/admin'];

test.describe('anonymous visitors', () => {
  for (const area of AREAS) {
    test(`${area} redirects to login`, async ({ page }) => {
      await page.goto(area);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
    });
  }
});

for (const role of Object.keys(ACCOUNTS) as DemoRole[]) {
  test(`${role} gets 403 in every other area`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    await expect(page).toHaveURL(new RegExp(`${AREA_OF[role]}$`));
    for (const area of AREAS.filter((a) => a !== AREA_OF[role])) {
      const res = await page.goto(area);
      expect(res?.status(), `${role} → ${area}`).toBe(403);
      await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Naar uw eigen startpagina' })).toHaveAttribute('href', AREA_OF[role]);
      await expectAccessible(page);
    }
  });
}

test('calling the admin server action directly as another role is refused and changes nothing', async ({ browser }) => {
  // Take the real action id from the admin's page (a plain form post needs no JavaScript).
  const adminCtx = await browser.newContext({ javaScriptEnabled: false });
  const admin = await adminCtx.newPage();
  await login(admin, ACCOUNTS.admin);
  await expect(admin).toHaveURL(/\/admin$/);
  const row = admin.getByTestId('user-caseworker@wijkwerf.test');
  const form = row.locator('form').filter({ has: admin.locator('input[name="active"]') });
  const fields = await form.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  expect(fields.active).toBe('false');

  for (const role of ['coordinator', 'ambassador', 'association'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, ACCOUNTS[role]);
    await expect(page).toHaveURL(new RegExp(`${AREA_OF[role]}$`));
    const res = await page.request.post('/admin', { form: fields, maxRedirects: 0 });
    expect(res.status(), `${role} calling setUserActive`).toBe(403);
    await ctx.close();
  }
  // Anonymous: no session at all.
  const anon = await browser.newContext();
  const anonRes = await anon.request.post('/admin', { form: fields, maxRedirects: 0 });
  expect([303, 307, 403]).toContain(anonRes.status());
  await anon.close();

  await admin.reload();
  await expect(admin.getByTestId('user-caseworker@wijkwerf.test')).toContainText('Actief');
  await adminCtx.close();
});
