import { ACCOUNTS, AREA_OF, type DemoRole, expect, login, navLink, test, expectAccessible } from '../fixtures';

const AREAS = ['/staff', '/ambassador', '/association', '/admin', '/coach', '/provider'];

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

/*
 * The social map lives once (app/(app)/social-map/[area]) and is reached through each area's own
 * URLs: every one of them keeps its area's gate and its permission.
 */
const SOCIAL_MAP_URLS = [
  '/staff/social-map',
  '/staff/social-map/00000000-0000-0000-0000-000000000000',
  '/staff/referrals',
  '/staff/social-map/manage',
  '/staff/social-map/manage/services/new',
  '/ambassador/social-map',
  '/ambassador/social-map/00000000-0000-0000-0000-000000000000/note',
  '/ambassador/referrals',
  '/admin/social-map',
  '/admin/social-map/stale',
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Where each role may go; every other social map URL is 403 for it. */
const SOCIAL_MAP_ALLOWED: Record<DemoRole, RegExp> = {
  admin: /^\/admin\//,
  coordinator: /^\/staff\//,
  caseworker: /^\/staff\/(social-map|referrals)(?!\/manage)/,
  ambassador: /^\/ambassador\//,
  association: /^$/,
  coach: /^$/,
  provider: /^$/,
};

test('anonymous visitors are sent to the login page from every social map URL, and come back there', async ({ page }) => {
  for (const url of SOCIAL_MAP_URLS) {
    await page.goto(url);
    await expect(page, url).toHaveURL(new RegExp(`/login\\?next=${escape(encodeURIComponent(url))}$`));
  }
});

for (const role of Object.keys(ACCOUNTS) as DemoRole[]) {
  test(`${role} gets 403 on the social map URLs that are not theirs`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    const refused = SOCIAL_MAP_URLS.filter((u) => !SOCIAL_MAP_ALLOWED[role].test(u));
    expect(refused.length).toBeGreaterThan(0);
    for (const url of refused) {
      const res = await page.goto(url);
      expect(res?.status(), `${role} → ${url}`).toBe(403);
      await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    }
  });
}

test('each area shows its social map pages with its own navigation', async ({ browser }) => {
  const cases = [
    { role: 'ambassador', url: '/ambassador/referrals', own: '/ambassador/shifts', other: '/staff/leads' },
    { role: 'caseworker', url: '/staff/social-map', own: '/staff/leads', other: '/staff/social-map/manage' },
    { role: 'coordinator', url: '/staff/social-map/manage/stale', own: '/staff/social-map/manage', other: '/admin/audit' },
    { role: 'admin', url: '/admin/social-map', own: '/admin/audit', other: '/staff/leads' },
  ] as const;
  for (const c of cases) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, ACCOUNTS[c.role]);
    const res = await page.goto(c.url);
    expect(res?.status(), `${c.role} → ${c.url}`).toBe(200);
    await expect(page, 'the address stays the area URL').toHaveURL(new RegExp(`${escape(c.url)}$`));
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(await navLink(page, c.own), `${c.role} sees the ${c.own} link`).toBeVisible();
    await expect(nav.locator(`a[href="${c.other}"]`)).toHaveCount(0);
    await ctx.close();
  }
});
