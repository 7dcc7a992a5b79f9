import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

const ASSOCIATION2 = 'association2@wijkwerf.test';
const run = Date.now().toString(36);
let seq = 0;
/** A Dutch mobile number no other test uses. */
const mobile = () => `06 ${String((Date.now() % 9_000_000) + 10_000_000 + ++seq * 101).slice(-8)}`;

async function newPage(browser: Browser, email: string, opts: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  await login(page, email);
  return page;
}

async function upload(page: Page, name: string, content: string, opts: { javaScript?: boolean } = {}) {
  await page.goto('/association/import');
  await expectAccessible(page, opts);
  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('checkbox', { name: /Alle mensen in dit bestand/ }).check();
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await page.waitForURL(/\/association\/import\/[0-9a-f-]{36}$/);
}

test('the Afghan association uploads a file, confirms once, downloads the failures, and only it sees the contacts', async ({ page, browser }) => {
  const names = [`Farida ${run}`, `Nasir ${run}`, `Sohrab ${run}`];
  const phones = [mobile(), mobile(), mobile()];
  const csv = [
    'Naam;Telefoonnummer;Taal;Wijk;Notitie',
    `${names[0]};${phones[0]};Dari;Meerzicht;Belt na 19 uur`,
    `${names[1]};${phones[1]};Pasjtoe;Buytenwegh;`,
    `${names[2]};${phones[2]};prs;anders;"Via de moskee; samen met zus"`,
    `Fout ${run};06 1234;Dari;Meerzicht;`,
    `;${mobile()};Dari;Meerzicht;`,
    `Dubbel ${run};${phones[0]};Dari;Meerzicht;`,
  ].join('\r\n');

  await login(page, ACCOUNTS.association);
  await expect(page).toHaveURL(/\/association$/);
  await expect(page.getByRole('heading', { name: 'Afghaanse Vereniging Zoetermeer' })).toBeVisible();
  await expectAccessible(page);
  const submitted = async () => Number((await page.getByTestId('count-submitted').locator('dd').innerText()).replace(/\D/g, ''));
  const before = await submitted();

  await upload(page, 'leden-oktober.csv', csv);
  const batchUrl = page.url();
  await expectAccessible(page);
  await expect(page.getByTestId('import-summary')).toContainText('6 rijen gelezen');
  await expect(page.getByTestId('import-summary')).toContainText('3 rijen zijn goed');
  await expect(page.getByTestId('import-summary')).toContainText('3 rijen hebben een fout');
  const failed = page.getByTestId('failed-rows');
  await expect(failed.locator('tr[data-row="5"]')).toContainText('Telefoon: Dit telefoonnummer klopt niet');
  await expect(failed.locator('tr[data-row="6"]')).toContainText('Naam: Vul dit veld in.');
  await expect(failed.locator('tr[data-row="7"]')).toContainText('Dit nummer staat al in rij 2.');
  await expect(page.getByTestId('valid-rows')).toContainText(names[2]!);

  // Nothing is imported before the confirmation.
  await visit(page, '/association/contacts');
  await expect(page.getByTestId('contacts')).not.toContainText(names[0]!);

  // A second tab on the same preview, to confirm twice.
  const second = await page.context().newPage();
  await second.goto(batchUrl);

  await page.goto(batchUrl);
  await page.getByRole('button', { name: '3 contacten doorgeven' }).click();
  await expect(page.getByTestId('import-result')).toContainText('3 contacten zijn doorgegeven');
  await expectAccessible(page);

  // The failed rows, with their reasons, as CSV.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Rijen met een fout downloaden (CSV)' }).click();
  const download = await downloading;
  const body = (await readFile((await download.path())!)).toString('utf8');
  expect(body.startsWith('\uFEFFrij;naam;telefoon;taal;wijk;notitie;reden')).toBe(true);
  expect(body).toContain(`5;Fout ${run};06 1234;Dari;Meerzicht;;Telefoon: Dit telefoonnummer klopt niet`);
  expect(body).toContain('Naam: Vul dit veld in.');
  expect(body).toContain(`7;Dubbel ${run};`);
  expect(body).toContain('Telefoon: Dit nummer staat al in rij 2.');
  expect(body).not.toContain(names[0]);

  // Confirming again (the other tab) is refused.
  await second.getByRole('button', { name: '3 contacten doorgeven' }).click();
  await expect(formAlert(second)).toContainText('Dit bestand is al doorgegeven');
  await second.close();

  // My contacts: with their step, no phone numbers.
  await visit(page, '/association/contacts?step=new');
  const table = page.getByTestId('contacts');
  for (const n of names) await expect(table.getByRole('row', { name: new RegExp(`${n} Nieuw`) })).toBeVisible();
  await expect(table).not.toContainText(phones[0]!.slice(3));
  await expect(table).not.toContainText('Belt na 19 uur');
  await visit(page, '/association');
  expect(await submitted()).toBe(before + 3);

  // The other association sees none of it, and cannot open the batch or its download.
  const other = await newPage(browser, ASSOCIATION2);
  await expect(other.getByRole('heading', { name: 'Turks Cultureel Centrum Zoetermeer' })).toBeVisible();
  await visit(other, '/association/contacts');
  await expect(other.locator('main')).not.toContainText(names[0]!);
  await visit(other, '/association/import');
  await expect(other.locator('main')).not.toContainText('leden-oktober.csv');
  expect((await other.goto(batchUrl))?.status()).toBe(404);
  expect((await other.request.get(`${batchUrl}/failed`, { maxRedirects: 0 })).status()).toBe(404);
  await other.context().close();

  // A coordinator has no business here.
  const coordinator = await newPage(browser, ACCOUNTS.coordinator);
  expect((await coordinator.goto('/association'))?.status()).toBe(403);
  expect((await coordinator.request.get(`${batchUrl}/failed`, { maxRedirects: 0 })).status()).toBe(403);
  await coordinator.context().close();
});

test('calling the confirm action directly with another association’s batch is refused', async ({ browser }) => {
  // The Afghan association previews a file (not confirmed).
  const afghan = await newPage(browser, ACCOUNTS.association);
  const name = `Direct ${run}`;
  await upload(afghan, 'direct.csv', `naam,telefoon,taal,wijk\n${name},${mobile()},prs,meerzicht\n`);
  const foreignBatchId = afghan.url().split('/').pop()!;

  // The other association takes the real action fields from its own preview (JavaScript off) …
  const other = await newPage(browser, ASSOCIATION2, { javaScriptEnabled: false });
  await upload(other, 'eigen.csv', `naam;telefoon;taal;wijk\nEigen ${run};${mobile()};Turks;Meerzicht\n`, { javaScript: false });
  const form = other.getByTestId('confirm-import');
  const fields = await form.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  expect(fields.batchId).toMatch(/^[0-9a-f-]{36}$/);

  // … and posts them with the Afghan batch id.
  const res = await other.request.post(other.url(), { multipart: { ...fields, batchId: foreignBatchId }, maxRedirects: 0 });
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain('Dit bestand bestaat niet of is niet van uw vereniging.');
  await other.context().close();

  // Nothing was imported for the Afghan association: the batch still waits for confirmation.
  await afghan.reload();
  await expect(afghan.getByRole('button', { name: '1 contact doorgeven' })).toBeVisible();
  await visit(afghan, '/association/contacts');
  await expect(afghan.locator('main')).not.toContainText(name);
  await afghan.context().close();
});

test('a file that is not a contacts list, or too large, is refused with a clear message', async ({ page }) => {
  await login(page, ACCOUNTS.association);
  await visit(page, '/association/import');
  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') });
  await page.getByRole('checkbox', { name: /Alle mensen in dit bestand/ }).check();
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(formAlert(page)).toContainText('Dit bestand is groter dan 5 MB.');

  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from('naam;adres\nA;Dorpsstraat 1\n') });
  await page.getByRole('checkbox', { name: /Alle mensen in dit bestand/ }).check();
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(formAlert(page)).toContainText('Deze kolommen ontbreken: telefoon, taal, wijk.');
  await expectAccessible(page);
});

test('the same person twice by the single form gets the import’s warning: pass it on anyway, or cancel', async ({ page }) => {
  const name = `Twee Keer ${run}`;
  const phone = mobile();
  await login(page, ACCOUNTS.association);
  const fill = async () => {
    await visit(page, '/association/submit');
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Telefoonnummer').fill(phone);
    await page.getByLabel('Taal die de persoon het liefst spreekt').selectOption('prs');
    await page.getByLabel('Wijk').selectOption('meerzicht');
    await page.getByRole('checkbox', { name: /Deze persoon vindt het goed/ }).check();
    await page.getByRole('button', { name: 'Contact doorgeven' }).click();
  };
  await fill();
  await expect(page.getByRole('heading', { name: 'Contact doorgegeven' })).toBeVisible();

  // Again: the warning, focus on it, nothing passed on yet; "Toch doorgeven" passes it on.
  await fill();
  await expect(formAlert(page)).toContainText('U hebt dit nummer al eerder doorgegeven.');
  await expect(formAlert(page)).toBeFocused();
  const warning = page.getByTestId('known-number');
  await expect(warning).toContainText('Wilt u het toch doorgeven?');
  await expect(page.getByLabel('Telefoonnummer')).toHaveValue(phone);
  await expectAccessible(page);
  await warning.getByRole('button', { name: 'Toch doorgeven' }).click();
  await expect(page.getByRole('heading', { name: 'Contact doorgegeven' })).toBeVisible();

  // A third time: cancel, and nothing more is passed on.
  await fill();
  await expect(page.getByTestId('known-number')).toBeVisible();
  await page.getByTestId('known-number').getByRole('link', { name: 'Annuleren' }).click();
  await expect(page.getByLabel('Naam')).toHaveValue('');
  await visit(page, `/association/contacts`);
  await expect(page.getByTestId('contacts').getByRole('row').filter({ hasText: name })).toHaveCount(2);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submits one contact: errors in Dutch with the values kept, then saved and listed', async ({ page }) => {
    const name = `Zonder JS ${run}`;
    await login(page, ACCOUNTS.association);
    await page.goto('/association/submit');
    await page.getByLabel('Naam').fill(name);
    await page.getByLabel('Telefoonnummer').fill('06 123');
    await page.getByLabel('Taal die de persoon het liefst spreekt').selectOption('prs');
    await page.getByLabel('Notitie voor de projectmedewerker').fill('Belt liever ’s ochtends');
    await page.getByRole('button', { name: 'Contact doorgeven' }).click();
    await expect(formAlert(page)).toContainText('Dit telefoonnummer klopt niet');
    await expect(formAlert(page)).toContainText('Wijk: Kies een optie.');
    await expect(formAlert(page)).toContainText('Bevestig dat de inwoner toestemming gaf.');
    await expect(page.getByLabel('Naam')).toHaveValue(name);
    await expect(page.getByLabel('Taal die de persoon het liefst spreekt')).toHaveValue('prs');
    await expect(page.getByLabel('Notitie voor de projectmedewerker')).toHaveValue('Belt liever ’s ochtends');
    await expectAccessible(page, { javaScript: false });

    await page.getByLabel('Telefoonnummer').fill(mobile());
    await page.getByLabel('Wijk').selectOption('meerzicht');
    await page.getByRole('checkbox', { name: /Deze persoon vindt het goed/ }).check();
    await page.getByRole('button', { name: 'Contact doorgeven' }).click();
    await expect(page.getByRole('heading', { name: 'Contact doorgegeven' })).toBeVisible();
    await expect(page.getByTestId('contact-saved')).toContainText(name);
    await expectAccessible(page, { javaScript: false });

    await page.goto('/association/contacts');
    await expect(page.getByTestId('contacts').getByRole('row', { name: new RegExp(`${name} Nieuw`) })).toBeVisible();
    await expectAccessible(page, { javaScript: false });
  });
});

test('signals: passed on, listed with their status, and invisible to the other association', async ({ page, browser }) => {
  const text = `Vijf moeders van school willen starten ${run}`;
  await login(page, ACCOUNTS.association);
  await visit(page, '/association/signals');
  await page.getByRole('button', { name: 'Signaal doorgeven' }).click();
  await expect(formAlert(page)).toContainText('Waar gaat het over?');
  await page.getByLabel('Mensen die misschien mee willen doen').check();
  await page.getByRole('textbox', { name: /^Uw signaal/ }).fill(text);
  await page.getByRole('button', { name: 'Signaal doorgeven' }).click();
  await expect(page.getByText('Uw signaal is doorgegeven.')).toBeVisible();
  const item = page.getByTestId('signal').filter({ hasText: text });
  await expect(item).toContainText('Nog niet afgehandeld');
  await expect(item).toContainText('Nog geen antwoord.');
  await expectAccessible(page);
  await visit(page, '/association');
  await expect(page.locator('main')).toContainText(text);

  const other = await newPage(browser, ASSOCIATION2);
  await visit(other, '/association/signals');
  await expect(other.locator('main')).not.toContainText(text);
  await other.context().close();
});
