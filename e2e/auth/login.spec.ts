import { ACCOUNTS, AREA_OF, type DemoRole, enterCode, expect, expectAccessible, login, openUserMenu, test, visit, formAlert } from '../fixtures';

const ROLE_LABEL: Record<DemoRole, string> = {
  admin: 'Functioneel beheerder',
  coordinator: 'Projectmedewerker',
  caseworker: 'Consulent',
  ambassador: 'Ambassadeur',
  association: 'Vereniging',
  coach: 'Begeleider',
  provider: 'Taalaanbieder',
};

test('login page is accessible', async ({ page }) => {
  await visit(page, '/login');
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
});

for (const role of Object.keys(ACCOUNTS) as DemoRole[]) {
  test(`${role} lands in their own area and sees name and role`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    await expect(page).toHaveURL(new RegExp(`${AREA_OF[role]}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
    await expect(page.getByText(`Uw rol: ${ROLE_LABEL[role]}`)).toBeVisible();
    await expectAccessible(page);
  });
}

test('a wrong password is refused with a clear message and the e-mail kept', async ({ page }) => {
  await login(page, ACCOUNTS.caseworker, 'not-the-password');
  await expect(formAlert(page)).toContainText('Het e-mailadres of wachtwoord klopt niet.');
  await expect(page.getByLabel('E-mailadres')).toHaveValue(ACCOUNTS.caseworker);
  await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
  await expect(page).toHaveURL(/\/login/);
  await expectAccessible(page);
});

test('after five failures this client is throttled for the account, even with the right password; another client still gets in', async ({ page, browser }) => {
  for (let i = 0; i < 5; i++) {
    await login(page, 'throttle@wijkwerf.test', `wrong-${i}`);
    await expect(formAlert(page)).toContainText('klopt niet');
  }
  await login(page, 'throttle@wijkwerf.test');
  await expect(formAlert(page)).toContainText('Te veel mislukte pogingen');
  await expect(page).toHaveURL(/\/login/);

  // The account is not locked: its owner, on another address without failures, logs in.
  const owner = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.45' } });
  const ownerPage = await owner.newPage();
  await login(ownerPage, 'throttle@wijkwerf.test');
  await expect(ownerPage).toHaveURL(/\/staff$/);
  await owner.close();
});

test('after login the user returns to the page they asked for', async ({ page }) => {
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login\?next=%2Fstaff/);
  await page.getByLabel('E-mailadres').fill(ACCOUNTS.caseworker);
  await page.getByLabel('Wachtwoord').fill('wijkwerf-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/login\/code\?next=%2Fstaff/);
  await enterCode(page);
  await expect(page).toHaveURL(/\/staff$/);
});

test('logout ends the session', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  await (await openUserMenu(page)).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
});

test('a session cookie copied before logout is dead after it', async ({ page, browser }) => {
  // The caseworker: no other spec changes this account (the admin spec turns rolechange@ into an admin).
  await login(page, ACCOUNTS.caseworker);
  await expect(page).toHaveURL(/\/staff$/);
  const saved = (await page.context().cookies()).filter((c) => c.name.includes('authjs.session-token'));
  expect(saved).toHaveLength(1);

  // The copy works while the session lives ...
  const thief = await browser.newContext();
  await thief.addCookies(saved);
  const stolen = await thief.newPage();
  await stolen.goto('/staff');
  await expect(stolen).toHaveURL(/\/staff$/);

  // ... and not after the owner logged out.
  await (await openUserMenu(page)).getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login/);
  await stolen.goto('/staff');
  await expect(stolen).toHaveURL(/\/login/);
  await expectAccessible(stolen);
  await thief.close();
});

test('the portal can switch to English', async ({ page }) => {
  await login(page, ACCOUNTS.ambassador);
  let menu = await openUserMenu(page);
  await menu.getByLabel('Taal van het portaal').selectOption('en');
  await menu.getByRole('button', { name: 'Kies taal' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  // Back to Dutch: the choice is the user's (messages follow it), and later specs read Dutch.
  menu = await openUserMenu(page);
  await menu.getByLabel('Portal language').selectOption('nl');
  await menu.getByRole('button', { name: 'Choose language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
