import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

/*
 * Onboarding from spreadsheets: the administrator imports the city's ambassadors. A file with two
 * bad rows shows both rows' errors and imports nothing; the corrected file is imported and the
 * summary shows what was created (and a second run of it changes nothing).
 */
const run = `${Date.now()}`.slice(-6);
const header = 'Naam;E-mail;Telefoon;Talen;Wijk;Status;Verwijscode';
const good = [`Amal Onboard;amal-${run}@wijkwerf.test;0612${run.slice(0, 4)}01;Arabisch, Nederlands;Meerzicht;actief;ONB-${run}`, `Biniam Onboard;biniam-${run}@wijkwerf.test;;ti;;kandidaat;`];
const badFile = [header, good[0], `Chaimae Onboard;;;nl;;;`, good[1], `Dawit Onboard;dawit-${run}@wijkwerf.test;;klingon;Atlantis;;`].join('\r\n');
const fixedFile = [header, ...good, `Chaimae Onboard;chaimae-${run}@wijkwerf.test;;nl;;;`, `Dawit Onboard;dawit-${run}@wijkwerf.test;;ti;Seghwaert;;`].join('\r\n');

async function upload(page: import('@playwright/test').Page, name: string, content: string) {
  await page.goto('/admin/import');
  await page.getByLabel('Wat staat er in het bestand').selectOption('ambassadors');
  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.waitForURL(/\/admin\/import\/[0-9a-f-]{36}$/);
}

test('an ambassador file with two bad rows imports nothing; the corrected file imports and shows the summary', async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  await page.goto('/admin/import');
  await expectAccessible(page);
  await expect(page.getByTestId('template-ambassadors')).toHaveAttribute('href', '/admin/import/template/ambassadors');

  await upload(page, 'ambassadeurs-fout.csv', badFile);
  await expectAccessible(page);
  await expect(page.getByTestId('import-summary')).toContainText('4 rijen gelezen');
  await expect(page.getByTestId('import-summary')).toContainText('2 rijen hebben een fout');
  const failed = page.getByTestId('failed-rows');
  await expect(failed.locator('[data-row="3"]')).toContainText('Vul een e-mailadres of een verwijscode in.');
  await expect(failed.locator('[data-row="5"]')).toContainText('Talen:');
  await expect(failed.locator('[data-row="5"]')).toContainText('Wijk:');
  await expect(page.getByTestId('confirm-onboarding')).toHaveCount(0);
  await expect(page.getByText('Uit dit bestand kan niets worden geïmporteerd.')).toBeVisible();

  await upload(page, 'ambassadeurs.csv', fixedFile);
  await expect(page.getByTestId('import-summary')).toContainText('4 rijen zijn goed');
  await page.getByRole('button', { name: '4 rijen importeren' }).click();
  await expect(page.getByTestId('import-result')).toBeVisible();
  await expect(page.getByTestId('import-counts')).toContainText('4 nieuw');
  await expect(page.getByTestId('import-counts')).toContainText('0 bijgewerkt');
  await expectAccessible(page);

  // The same file again: recognised, nothing new.
  await upload(page, 'ambassadeurs.csv', fixedFile);
  await page.getByRole('button', { name: '4 rijen importeren' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('Niets nieuw');
  await expect(page.getByTestId('import-counts')).toContainText('4 ongewijzigd');
});

test('the template downloads with the column names, and a coordinator gets 403', async ({ page, browser }) => {
  await login(page, ACCOUNTS.admin);
  const res = await page.request.get('/admin/import/template/ambassadors');
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('Naam;E-mail;Telefoon;Talen;Wijk;Status;Verwijscode');

  const ctx = await browser.newContext();
  const coordinator = await ctx.newPage();
  await login(coordinator, ACCOUNTS.coordinator);
  expect((await coordinator.goto('/admin/import'))?.status()).toBe(403);
  expect((await coordinator.request.get('/admin/import/template/ambassadors', { maxRedirects: 0 })).status()).toBe(403);
  await ctx.close();
});
