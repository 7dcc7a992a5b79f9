import { ACCOUNTS, expect, expectAccessible, login, test, formAlert } from '../fixtures';

test('a deactivated user is refused on the next request, and can return once reactivated', async ({ browser }) => {
  const ambCtx = await browser.newContext();
  const amb = await ambCtx.newPage();
  await login(amb, 'ambassador2@wijkwerf.test');
  await expect(amb).toHaveURL(/\/ambassador$/);

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await login(admin, ACCOUNTS.admin);
  await expectAccessible(admin);
  const row = admin.getByTestId('user-ambassador2@wijkwerf.test');
  await row.locator('summary', { hasText: 'Deactiveren' }).click();
  await row.getByRole('button', { name: 'Ja, deactiveer het account van' }).click();
  await expect(row).toContainText('Gedeactiveerd');

  // Same session cookie, next request: refused.
  await amb.goto('/ambassador');
  await expect(amb).toHaveURL(/\/login/);
  await login(amb, 'ambassador2@wijkwerf.test');
  await expect(formAlert(amb)).toContainText('klopt niet');

  await row.getByRole('button', { name: /Activeren/ }).click();
  await expect(row).toContainText('Actief');
  await login(amb, 'ambassador2@wijkwerf.test');
  await expect(amb).toHaveURL(/\/ambassador$/);
  await ambCtx.close();
  await adminCtx.close();
});

test('a changed role takes effect on the next request', async ({ browser }) => {
  const userCtx = await browser.newContext();
  const user = await userCtx.newPage();
  await login(user, 'rolechange@wijkwerf.test');
  await expect(user).toHaveURL(/\/staff$/);

  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await login(admin, ACCOUNTS.admin);
  const row = admin.getByTestId('user-rolechange@wijkwerf.test');
  await row.getByLabel('Rol van Test Rolwissel').selectOption('admin');
  await row.getByRole('button', { name: 'Opslaan' }).click();
  await expect(row.getByRole('status')).toContainText('Opgeslagen');

  const res = await user.goto('/staff');
  expect(res?.status()).toBe(403);
  await user.goto('/admin');
  await expect(user.getByText('Uw rol: Functioneel beheerder')).toBeVisible();
  await userCtx.close();
  await adminCtx.close();
});

test('the administrator cannot deactivate their own account', async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  const row = page.getByTestId('user-admin@wijkwerf.test');
  await expect(row.getByRole('button')).toHaveCount(0);
});
