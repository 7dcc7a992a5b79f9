import { DEMO_PASSWORD, ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

// An account of its own (scripts/e2e-prepare.ts): its password changes here.
const EMAIL = 'pwchange@wijkwerf.test';
const NAME = 'Test Wachtwoordwissel';

test('a signed-in user changes their own password: the current one first, the same rules, then signs in again; a notice is sent', async ({ page, browser }) => {
  await login(page, EMAIL);
  await expect(page).toHaveURL(/\/staff$/);
  await visit(page, '/account/security');
  const form = page.locator('section[aria-labelledby="password-title"]');
  const newPassword = 'een nieuwe sleutel voor de wijk';

  // A wrong current password is refused.
  await form.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
  await form.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await form.getByLabel('Typ het wachtwoord nog een keer').fill(newPassword);
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(formAlert(page)).toContainText('niet uw huidige wachtwoord');

  // A common new password is refused, like on the invite and reset pages.
  await form.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
  await form.getByLabel('Nieuw wachtwoord').fill('qwerty123456');
  await form.getByLabel('Typ het wachtwoord nog een keer').fill('qwerty123456');
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(formAlert(page)).toContainText('komt veel voor');
  await expectAccessible(page);

  await form.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
  await form.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await form.getByLabel('Typ het wachtwoord nog een keer').fill(newPassword);
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(page).toHaveURL(/\/login\?changed=1$/);
  await expect(page.getByTestId('activated')).toContainText('Uw wachtwoord is gewijzigd');

  // Signed out; the old password no longer works, the new one does.
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
  await login(page, EMAIL);
  await expect(formAlert(page)).toContainText('klopt niet');
  await login(page, EMAIL, newPassword);
  await expect(page).toHaveURL(/\/staff$/);

  // The notice is in the outbox.
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await login(admin, ACCOUNTS.admin);
  await admin.goto('/admin/outbox');
  await expect(admin.getByTestId('outbox').locator('tr[data-template="passwordChanged"]').filter({ hasText: NAME }).first()).toBeVisible();
  await adminCtx.close();
});
