import { expect, expectAccessible, login, test } from '../fixtures';
import { asCoordinator, day, unique } from '../shifts/helpers';

// Runs in the "phone" project (360 px): the pass is shown on the ambassador's phone.

/** A 1×1 PNG: the pass photo the coordinator uploads. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

/**
 * The digital pass: the coordinator makes a new ambassador active, records the pass and uploads
 * the photo; the ambassador sees name, photo, "Ambassadeur gemeente Zoetermeer" and the QR code;
 * the public check page behind it says "valid" — and nothing else about the person — until the
 * coordinator pauses the ambassador, again after the return, and never after the stop (which
 * also leaves the demo's corps as it was).
 */
test('the pass on the phone, and its public check page: valid, not valid when paused or stopped, nothing about the person', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const u = unique();
  const name = `Pas Ambassadeur ${u}`;
  const passNumber = `ZMP-E2E-${u}`;
  const email = `pas-${u}@example.nl`;
  const password = `een zin als wachtwoord ${u}`;
  const coord = await asCoordinator(browser);
  const staff = coord.page;

  // A new ambassador, active (steps may be skipped), with a pass and its photo, and an invite.
  await staff.goto('/staff/ambassadors/new');
  await staff.getByRole('textbox', { name: /^Naam\b/ }).fill(name);
  await staff.getByLabel('NT2-niveau').selectOption('B1');
  await staff.getByLabel('E-mailadres').fill(email);
  await staff.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(staff.getByTestId('done')).toContainText('De kandidaat is toegevoegd.');
  const ambassadorUrl = new URL(staff.url()).pathname;
  const move = async (label: string) => {
    await staff.getByLabel('Naar stap').selectOption({ label });
    await staff.getByRole('button', { name: 'Stap opslaan' }).click();
    await expect(staff.getByTestId('status')).toHaveText(`Stap nu: ${label}`);
  };
  await move('Actief');

  const equipment = staff.locator('section[aria-labelledby="equipment-title"]');
  await equipment.getByLabel('Nummer van de pas').fill(passNumber);
  await equipment.getByLabel('Uitgegeven op', { exact: true }).fill(day(0));
  await equipment.getByLabel('Geldig tot', { exact: true }).fill(day(365));
  await equipment.getByRole('button', { name: 'Pas opslaan' }).click();
  await expect(staff.getByTestId('done')).toContainText('De gegevens van de pas zijn opgeslagen.');
  const photoForm = staff.getByTestId('pass-photo-form');
  await photoForm.getByLabel('Pasfoto (digitale pas)').setInputFiles({ name: 'pasfoto.png', mimeType: 'image/png', buffer: PHOTO });
  await photoForm.getByRole('button', { name: 'Pasfoto opslaan' }).click();
  await expect(photoForm.getByRole('status')).toContainText('De pasfoto is opgeslagen.');
  await staff.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const invite = await staff.getByTestId('invite-link').inputValue();

  // The ambassador sets a password, signs in and opens the pass.
  await page.goto(new URL(invite).pathname);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByTestId('activated')).toBeVisible();
  await login(page, email, password);
  await expect(page).toHaveURL(/\/ambassador$/);
  await page.goto('/ambassador/pass');
  const pass = page.getByTestId('pass');
  await expect(pass).toContainText('Ambassadeur gemeente Zoetermeer');
  await expect(pass).toContainText(name);
  await expect(pass).toContainText(passNumber);
  const photo = pass.getByRole('img', { name: `Foto van ${name}` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await expect(pass.getByRole('img', { name: 'QR-code om de pas te controleren' })).toBeVisible();
  await expect(page.getByTestId('pass-valid')).toHaveText('Nu geldig');
  await expectAccessible(page);
  const checkPath = new URL((await page.getByTestId('pass-check-link').getAttribute('href'))!).pathname;
  expect(checkPath).toMatch(/^\/pas\/[0-9A-Z]{16}$/);
  const photoPath = (await photo.getAttribute('src'))!;

  // Anyone who scans the code: valid now, and nothing else about the person.
  const anonCtx = await browser.newContext();
  const anon = await anonCtx.newPage();
  const check = async (text: string) => {
    await anon.goto(checkPath);
    await expect(anon.getByTestId('pass-check')).toHaveText(text);
    const body = anon.locator('body');
    await expect(body).not.toContainText(name);
    await expect(body).not.toContainText(passNumber);
    await expect(body).not.toContainText('Pas Ambassadeur');
    await expect(anon.locator('article').filter({ has: anon.getByTestId('pass-check') }).locator('img, svg')).toHaveCount(0);
    expect(await anon.title()).not.toContain(name);
  };
  await check('Deze pas is nu geldig.');
  await expectAccessible(anon);
  // The photo is not public.
  expect((await anon.request.get(photoPath)).status()).toBe(401);
  // An unknown code is not valid either.
  await anon.goto('/pas/0000000000000000');
  await expect(anon.getByTestId('pass-check')).toHaveText('Deze pas is nu niet geldig.');

  // Paused: not valid at once, on the check page and on the phone.
  await staff.goto(ambassadorUrl);
  await move('Gepauzeerd');
  await check('Deze pas is nu niet geldig.');
  await expectAccessible(anon);
  await page.reload();
  await expect(page.getByTestId('pass-valid')).toHaveText('Nu niet geldig');

  // Back to active: valid again; stopped: not valid (and the corps is as it was).
  await move('Actief');
  await check('Deze pas is nu geldig.');
  await staff.getByText('Stoppen', { exact: true }).click();
  await staff.getByLabel('Andere reden').check();
  await staff.getByRole('button', { name: 'Ambassadeur stoppen' }).click();
  await expect(staff.getByTestId('status')).toHaveText('Stap nu: Gestopt');
  await check('Deze pas is nu niet geldig.');

  await anonCtx.close();
  await coord.close();
});
