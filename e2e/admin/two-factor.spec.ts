import type { Page } from '@playwright/test';
import { ACCOUNTS, enterCode, expect, expectAccessible, formAlert, login, test, totpCode, visit } from '../fixtures';

/** The link in the newest outbox message of `template` whose text mentions `marker` (read as the administrator). */
async function linkFromOutbox(admin: Page, template: string, marker: string, path: RegExp): Promise<string> {
  await admin.goto('/admin/outbox');
  const row = admin.getByTestId('outbox').locator(`tr[data-template="${template}"]`).filter({ hasText: marker }).first();
  const text = (await row.locator('pre').textContent()) ?? '';
  const m = text.match(path);
  expect(m, text).not.toBeNull();
  return new URL(m![0]).pathname;
}

test('an administrator invites a coordinator, who sets a password, enrols two-factor and later resets the password', async ({ browser }) => {
  const u = `${Date.now()}`.slice(-7);
  const email = `nieuwe.coordinator.${u}@gemeente.example`;
  const name = `Noor Coordinator ${u}`;
  const password = `de fietsenstalling bij het wijkhuis ${u}`;

  // The administrator invites; the invite shows among the open invites.
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await login(admin, ACCOUNTS.admin);
  await expect(admin).toHaveURL(/\/admin$/);
  const form = admin.locator('section[aria-labelledby="invite-title"]');
  await form.getByRole('textbox', { name: /^Naam/ }).fill(name);
  await form.getByRole('textbox', { name: /^E-mailadres/ }).fill(email);
  await form.getByRole('combobox', { name: /^Rol/ }).selectOption('coordinator');
  await form.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  await expect(form.getByRole('status')).toContainText('verstuurd');
  await admin.reload();
  await expect(admin.getByTestId(`invite-${email}`)).toBeVisible();
  await expectAccessible(admin);
  const invitePath = await linkFromOutbox(admin, 'invite', email, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/);

  // The coordinator chooses a password (a common one is refused) and signs in.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(invitePath);
  await page.getByLabel('Nieuw wachtwoord').fill('qwerty123456');
  await page.getByLabel('Typ het wachtwoord nog een keer').fill('qwerty123456');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(formAlert(page)).toContainText('komt veel voor');
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/login\?activated=1/);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  // First sign-in of a staff role: setting up the second step comes first; other pages send back here.
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByTestId('must-enrol')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/staff/leads');
  await expect(page).toHaveURL(/\/account\/security$/);
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
  await page.getByRole('textbox', { name: /^Code/ }).fill('000000');
  await page.getByRole('button', { name: 'Tweede inlogstap aanzetten' }).click();
  await expect(formAlert(page)).toContainText('klopt niet');
  await page.getByRole('textbox', { name: /^Code/ }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Tweede inlogstap aanzetten' }).click();
  const codes = page.getByTestId('recovery-codes');
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  const recovery = ((await codes.getByRole('listitem').first().textContent()) ?? '').trim();
  await codes.getByRole('link', { name: 'Verder naar Wijkwerf' }).click();
  await expect(page).toHaveURL(/\/staff$/);

  // The administrator sees the account with its second step on; the user got a notice.
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  const row = admin.getByTestId(`user-${email}`);
  await expect(row).toContainText('Projectmedewerker');
  await expect(row.getByRole('cell').nth(3)).toContainText('Aan');
  await admin.goto('/admin/outbox');
  await expect(admin.getByTestId('outbox').locator('tr[data-template="twoFactorChanged"]').filter({ hasText: name }).first()).toBeVisible();

  // Forgot password: the same answer for an unknown address and for the real one.
  await ctx.clearCookies();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: /^E-mailadres/ }).fill(`niemand.${u}@gemeente.example`);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status').last()).toContainText('Als er een account is');
  const answer = (await page.getByRole('status').last().textContent()) ?? '';
  await page.goto('/login/forgot');
  await page.getByRole('textbox', { name: /^E-mailadres/ }).fill(email);
  await page.getByRole('button', { name: 'Stuur mij een link' }).click();
  await expect(page.getByRole('status').last()).toHaveText(answer);

  const resetPath = await linkFromOutbox(admin, 'passwordReset', name, /https?:\/\/\S+\/reset\/[A-Za-z0-9_-]{43}/);
  const newPassword = `een ander lang wachtwoord ${u}`;
  await page.goto(resetPath);
  await page.getByLabel('Nieuw wachtwoord').fill(newPassword);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(newPassword);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page).toHaveURL(/\/login\?reset=1/);
  // The link works once.
  await page.goto(resetPath);
  await expect(page.getByTestId('reset-invalid')).toBeVisible();

  // The old password no longer works; the new one does, with a recovery code as the second step.
  await login(page, email, password, secret);
  await expect(formAlert(page)).toContainText('klopt niet');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(newPassword);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(/\/login\/code/);
  await page.getByRole('textbox', { name: /^Code/ }).fill(recovery);
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/staff$/);
  // The owner is told that a recovery code was used, and how many are left.
  await admin.goto('/admin/outbox');
  await expect(admin.getByTestId('outbox').locator('tr[data-template="recoveryCodeUsed"]').filter({ hasText: name }).first()).toContainText('nog 9 herstelcodes');

  // The administrator clears the second step (lost phone): the session ends, the next sign-in enrols again.
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole('button', { name: `Tweede stap wissen van ${name}` }).click();
  await expect(admin.getByTestId(`user-${email}`).getByRole('status')).toContainText('gewist');
  await page.goto('/staff');
  await expect(page).toHaveURL(/\/login/);
  await login(page, email, newPassword, secret);
  await expect(page).toHaveURL(/\/account\/security$/);
  await ctx.close();
  await adminCtx.close();
});

test('a coordinator invites association accounts only, and can revoke the invite', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/accounts');
  const form = page.locator('section[aria-labelledby="invite-title"]');
  const roles = await form.getByRole('combobox', { name: /^Rol/ }).locator('option').allTextContents();
  expect(roles).toEqual(['Vereniging']);
  const u = `${Date.now()}`.slice(-7);
  const email = `vereniging.${u}@example.nl`;
  await form.getByRole('textbox', { name: /^Naam/ }).fill(`Bestuur ${u}`);
  await form.getByRole('textbox', { name: /^E-mailadres/ }).fill(email);
  await form.getByRole('combobox', { name: /^Vereniging/ }).selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Uitnodiging sturen' }).click();
  await expect(form.getByRole('status')).toContainText('verstuurd');
  await page.reload();
  const row = page.getByTestId(`invite-${email}`);
  await row.getByRole('button', { name: /^Uitnodiging intrekken/ }).click();
  // The list is drawn again without it.
  await expect(page.getByTestId(`invite-${email}`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId(`invite-${email}`)).toHaveCount(0);
  // Staff accounts are not in the coordinator's list.
  await expect(page.getByTestId(`user-${ACCOUNTS.caseworker}`)).toHaveCount(0);
});
