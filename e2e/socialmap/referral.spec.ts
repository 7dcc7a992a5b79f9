import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

const SERVICE = 'Schuldhulpmaatje: hulp bij schulden';

test('an ambassador finds help, refers a resident; a caseworker updates it; the ambassador sees the news', async ({ page, browser }) => {
  const firstName = `Lina${String(Date.now()).slice(-5)}`;

  await login(page, ACCOUNTS.ambassador);
  await visit(page, '/ambassador/social-map');
  await page.getByLabel('Waar zoekt u hulp bij?').fill('schulden');
  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Meerzicht' });
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/q=schulden.*wijk=meerzicht/);
  await expect(page.getByRole('heading', { level: 2, name: /resultaten?$/ })).toBeVisible();
  const first = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^Schuldhulp/);
  await expectAccessible(page);

  await page.getByRole('link', { name: SERVICE }).click();
  await expect(page.getByRole('heading', { level: 1, name: SERVICE })).toBeVisible();
  await expect(page.getByText('Alle wijken van Zoetermeer')).toBeVisible();
  await expect(page.getByRole('row', { name: /donderdag/ })).toContainText('13:00–20:00');
  await expectAccessible(page);

  // The printable note, in English.
  const serviceUrl = page.url().split('?')[0]!;
  await visit(page, `${serviceUrl}/note?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'Help near you' })).toBeVisible();
  await expect(page.getByText('Thursday 13:00–20:00')).toBeVisible();
  await page.goto(serviceUrl);

  // Without the resident's consent the referral is refused, and nothing typed is lost.
  await page.getByLabel('Iemand anders: voornaam en telefoon').check();
  await page.getByLabel('Voornaam', { exact: true }).fill(firstName);
  await page.getByLabel('Telefoonnummer', { exact: true }).fill('06 1998 7654');
  await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await expect(formAlert(page)).toContainText('Vraag eerst of de inwoner het goed vindt');
  await expect(page.getByLabel('Voornaam', { exact: true })).toHaveValue(firstName);
  await expectAccessible(page);

  await page.getByLabel(/De inwoner vindt het goed/).check();
  await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await expect(page).toHaveURL(/\/ambassador\/referrals\/[0-9a-f-]{36}\?sent=1$/);
  await expect(page.getByRole('status')).toContainText('De doorverwijzing is verstuurd.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Doorverwijzing van ${firstName}`);
  await expectAccessible(page);

  await visit(page, '/ambassador/referrals');
  const ownRow = page.getByRole('row', { name: new RegExp(firstName) });
  await expect(ownRow).toContainText(SERVICE);
  await expect(ownRow).toContainText('Verstuurd');

  // A caseworker hears news and records it.
  const staff = await browser.newContext();
  const sp = await staff.newPage();
  await login(sp, ACCOUNTS.caseworker);
  await visit(sp, '/staff/referrals');
  await sp.getByRole('link', { name: `Bekijk doorverwijzing van ${firstName} naar ${SERVICE}` }).click();
  await expect(sp.getByRole('heading', { level: 1 })).toHaveText(`Doorverwijzing van ${firstName}`);
  await expectAccessible(sp);
  await sp.getByLabel(/Nieuwe stand/).selectOption({ label: 'In contact' });
  await sp.getByLabel(/Toelichting/).fill('Maatje heeft gebeld.');
  await sp.getByRole('button', { name: 'Opslaan' }).click();
  await expect(sp.getByRole('status')).toContainText('De stand is bijgewerkt.');
  await expect(sp.getByRole('listitem').filter({ hasText: 'Maatje heeft gebeld.' })).toContainText('door Sanne Bakker');
  await staff.close();

  // The ambassador sees the new status.
  await page.reload();
  await expect(page.getByRole('row', { name: new RegExp(firstName) })).toContainText('In contact');
  await expectAccessible(page);
});

test('a caseworker cannot close a referral as "couldn’t help" without a reason', async ({ page }) => {
  await login(page, ACCOUNTS.caseworker);
  await visit(page, '/staff/referrals?status=sent');
  await page.getByRole('link', { name: /^Bekijk doorverwijzing van/ }).first().click();
  await page.getByLabel(/Nieuwe stand/).selectOption({ label: 'Kon niet helpen' });
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(formAlert(page)).toContainText('Schrijf op waarom de organisatie niet kon helpen');
  await expectAccessible(page);
});

test('the coordinator sees counts by theme and wijk', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/referrals');
  await expect(page.getByRole('heading', { name: 'Signalen voor beleid' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Per thema' })).toContainText('Geldzaken en schulden');
  await expect(page.getByRole('table', { name: 'Per wijk' })).toContainText('Meerzicht');
});

test('an association user is refused the social map and the referral pages', async ({ page }) => {
  await login(page, ACCOUNTS.association);
  for (const url of ['/ambassador/social-map', '/staff/social-map', '/ambassador/referrals', '/staff/referrals', '/staff/social-map/00000000-0000-0000-0000-000000000000']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(403);
  }
  await expectAccessible(page);
});
