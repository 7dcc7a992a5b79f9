import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../../lib/testing/pdf-text';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

/** A day that has certainly passed in Amsterdam: yesterday in UTC. */
const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
const CODE = /[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/;

test('the coordinator plans a session and records attendance; the certificate follows and can be checked and revoked', async ({ page, browser }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/training');
  await expect(page.getByRole('heading', { level: 1, name: 'Training' })).toBeVisible();
  const bilal = page.getByTestId('corps-progress').getByRole('row', { name: /Bilal Hussain/ });
  await expect(bilal).toContainText('9 van 10');
  await expect(bilal).toContainText('Nog niet');
  await expect(page.getByTestId('upcoming-sessions')).toContainText('Vroegsignalering en de sociale kaart');

  // Plan the missed assertiveness training (yesterday, so attendance can be recorded).
  await page.getByRole('combobox', { name: /^Module/ }).selectOption({ label: 'Assertiviteit' });
  await page.getByLabel('Datum').fill(yesterday);
  await page.getByLabel(/^Middag/).check();
  await page.getByLabel('Zaal').fill('Stadhuis, zaal 5');
  await page.getByLabel('Trainer').fill('Ellen Vos');
  await page.getByRole('button', { name: 'Training plannen' }).click();
  await expect(page).toHaveURL(/\/staff\/training\/sessions\/[0-9a-f-]{36}\?done=sessionCreated$/);
  await expect(page.getByRole('status')).toContainText('De training is gepland.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Assertiviteit');
  await expectAccessible(page);

  // Attendance: Bilal was there, Ivana was not.
  await page.getByLabel('Aanwezig: Bilal Hussain').check();
  await page.getByLabel('Afwezig: Ivana Petrova').check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Er is een nieuw certificaat uitgegeven.');
  await expect(page.getByLabel('Aanwezig: Bilal Hussain')).toBeChecked();
  await expect(page.getByLabel('Afwezig: Ivana Petrova')).toBeChecked();
  await expectAccessible(page);

  // His progress is complete and he holds a valid certificate; Ivana still misses the module.
  await visit(page, '/staff/training');
  await expect(bilal).toContainText('10 van 10');
  await expect(bilal).toContainText('Geldig');
  await expect(page.getByTestId('corps-progress').getByRole('row', { name: /Ivana Petrova/ })).toContainText('9 van 10');
  await expect(page.getByTestId('past-sessions').getByRole('row', { name: /Assertiviteit/ }).first()).toContainText('1 aanwezig, 1 afwezig');
  await page.getByRole('link', { name: 'Voortgang van Bilal Hussain' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training van Bilal Hussain');
  await expect(page.getByTestId('module-checklist').getByRole('row', { name: /Assertiviteit/ })).not.toContainText('Nog niet gedaan');
  await expectAccessible(page);
  const code = (await page.getByTestId('certificate').textContent())!.match(CODE)![0];

  // Anyone can check it: name and validity only.
  const pub = await browser.newContext();
  const pp = await pub.newPage();
  await visit(pp, `/certificaat/${code}`);
  await expect(pp.getByTestId('certificate-check')).toContainText('Bilal Hussain');
  await expect(pp.getByTestId('certificate-check')).toContainText('Geldig');
  await expect(pp.locator('main')).not.toContainText('Assertiviteit');

  // Revoked: the public page says so.
  await page.getByRole('button', { name: 'Certificaat intrekken' }).click();
  await expect(page.getByRole('status')).toContainText('Het certificaat is ingetrokken.');
  await expect(page.getByRole('button', { name: 'Nieuw certificaat uitgeven' })).toBeVisible();
  await expectAccessible(page);
  await pp.reload();
  await expect(pp.getByTestId('certificate-check')).toContainText('Niet geldig');
  await pub.close();
});

test('the ambassador sees their progress and downloads the certificate; the public page checks its code', async ({ page, browser }) => {
  await login(page, ACCOUNTS.ambassador);
  await visit(page, '/ambassador/training');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn training' })).toBeVisible();
  await expect(page.getByTestId('progress-summary')).toHaveText('U heeft 10 van de 10 verplichte modules gedaan.');
  await expect(page.getByTestId('module-checklist').getByRole('row', { name: /sociale kaart/ })).not.toContainText('Nog niet gedaan');
  const code = (await page.getByTestId('my-certificate').textContent())!.match(CODE)![0];

  const href = await page.getByRole('link', { name: 'Certificaat downloaden (pdf)' }).getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const pdf = await res.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const { lines } = await pdfText(pdf);
  expect(lines).toContain('Fatima El Amrani');
  expect(lines).toContain(`Controlecode: ${code}`);
  expect(lines).toContain('Onderdelen van de training:');
  expect(lines).toContain('- Vroegsignalering en de sociale kaart');
  expect((await PDFDocument.load(pdf)).getSubject()).toContain(code);

  // Someone else's certificate id is refused.
  const other = await page.request.get('/api/certificates/00000000-0000-4000-8000-000000000000');
  expect(other.status()).toBe(403);

  const pub = await browser.newContext();
  const pp = await pub.newPage();
  await visit(pp, `/certificaat/${code.toLowerCase()}`);
  await expect(pp.getByTestId('certificate-check')).toContainText('Fatima El Amrani');
  await expect(pp.getByTestId('certificate-check')).toContainText('Geldig');
  await visit(pp, '/certificaat/ZZZZ-ZZZZ-ZZZZ');
  await expect(pp.getByRole('heading', { level: 2 })).toHaveText('Certificaat niet gevonden');
  // English by its own URL (the choice then sticks for this browser, like every public page's).
  await visit(pp, `/en/certificaat/${code}`);
  await expect(pp.getByTestId('certificate-check')).toContainText('Valid');
  await expect(pp.getByTestId('certificate-check')).toContainText('Fatima El Amrani');
  await pub.close();
});

test('the coordinator edits a module', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/training/modules');
  const item = page.getByTestId('module-computer_skills');
  await item.getByText('Wijzigen: Computervaardigheden').click();
  await item.getByLabel('Beschrijving (Nederlands)').fill('E-mail, aanmeldformulieren en de portal.');
  await item.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De module is opgeslagen.');
  await expect(page.getByTestId('module-computer_skills')).toContainText('E-mail, aanmeldformulieren en de portal.');
  await expectAccessible(page);
});

test('caseworkers and ambassadors get 403 on the training pages', async ({ browser }) => {
  for (const role of ['caseworker', 'ambassador'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, ACCOUNTS[role]);
    for (const path of ['/staff/training', '/staff/training/modules', '/staff/training/sessions/00000000-0000-4000-8000-000000000000']) {
      const res = await page.goto(path);
      expect(res?.status(), `${role} → ${path}`).toBe(403);
    }
    await expectAccessible(page);
    await ctx.close();
  }
  // The coordinator's own area does not offer ambassadors' training page, and caseworkers get no PDF.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await login(page, ACCOUNTS.caseworker);
  expect((await page.request.get('/api/certificates/00000000-0000-4000-8000-000000000000')).status()).toBe(403);
  expect((await page.goto('/ambassador/training'))?.status()).toBe(403);
  await ctx.close();
});
