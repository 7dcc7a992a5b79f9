import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

const rows = (page: Page) => page.locator('table tbody tr');
const cellTexts = (page: Page, col: string) => page.locator(`table tbody tr [data-col="${col}"]`).allInnerTexts();
const resultHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /aanmelding(en)? gevonden/ });

async function totalShown(page: Page): Promise<number> {
  const text = await resultHeading(page).innerText();
  const m = text.match(/^([\d.]+) aanmelding/);
  return m ? Number(m[1]!.replace(/\./g, '')) : 0;
}

async function loginStaff(page: Page, role: 'coordinator' | 'caseworker' = 'coordinator') {
  await login(page, ACCOUNTS[role]);
  await expect(page).toHaveURL(/\/staff$/);
}

async function search(page: Page) {
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.waitForLoadState('load');
}

/** Opens "Meer filters" (a <details>) when it is closed. */
async function moreFilters(page: Page) {
  const details = page.getByTestId('more-filters');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** On a phone a card shows each value after its column's name (the cell's label, drawn by CSS), beside it, not on top of it. */
async function expectLabelled(row: Locator, col: string, label: string) {
  const cell = row.locator(`[data-col="${col}"]`);
  await expect(cell).toBeVisible();
  await expect(cell).toHaveAttribute('data-label', label);
  const look = await cell.evaluate((td) => {
    const before = getComputedStyle(td, '::before');
    const value = td.firstElementChild ?? td;
    const range = document.createRange();
    range.selectNodeContents(td);
    return { content: before.content, display: getComputedStyle(td).display, valueLeft: (td.firstChild?.nodeType === 3 ? range.getClientRects()[0]! : value.getBoundingClientRect()).left, cellLeft: td.getBoundingClientRect().left };
  });
  expect(look.content).not.toBe('none');
  expect(look.display).toBe('grid');
  expect(look.valueLeft, `the ${col} value stands right of its label`).toBeGreaterThan(look.cellLeft + 20);
}

/** The first row whose cell in `col` is filled in. */
async function firstRowWith(page: Page, col: string): Promise<Locator> {
  const count = await rows(page).count();
  for (let i = 0; i < count; i++) {
    const row = rows(page).nth(i);
    if ((await row.locator(`[data-col="${col}"]`).innerText()).trim() !== '–') return row;
  }
  throw new Error(`no row with ${col}`);
}

test.describe('the staff lead list', () => {
  test('a coordinator filters by a step and a wijk and sees only matching rows', async ({ page }) => {
    await loginStaff(page);
    const res = await visit(page, '/staff/leads');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmeldingen');
    const all = await totalShown(page);
    expect(all).toBeGreaterThan(50);
    await expect(rows(page)).toHaveCount(50);
    await expect(page.getByText(`Pagina 1 van ${Math.ceil(all / 50)}`, { exact: true })).toBeVisible();

    // Take the step and wijk of a lead on the page, so the filter surely has results.
    const row = await firstRowWith(page, 'wijk');
    const step = (await row.locator('[data-col="step"]').innerText()).trim();
    const wijk = (await row.locator('[data-col="wijk"]').innerText()).trim();
    await page.getByLabel('Stap', { exact: true }).selectOption({ label: step });
    await moreFilters(page);
    await page.getByLabel('Wijk', { exact: true }).selectOption({ label: wijk });
    await search(page);

    await expect(page).toHaveURL(/[?&]step=[a-z_]+/);
    await expect(page).toHaveURL(/[?&]wijk=[a-z-]+/);
    const filtered = await totalShown(page);
    expect(filtered).toBeGreaterThanOrEqual(1);
    expect(filtered).toBeLessThan(all);
    const steps = await cellTexts(page, 'step');
    const wijken = await cellTexts(page, 'wijk');
    expect(steps.length).toBe(Math.min(filtered, 50));
    expect(new Set(steps)).toEqual(new Set([step]));
    expect(new Set(wijken)).toEqual(new Set([wijk]));
    // The form keeps what was chosen; "Meer filters" stays open because the wijk is one of its filters.
    await expect(page.getByTestId('more-filters')).toHaveAttribute('open', '');
    await expect(page.getByTestId('more-filters').locator('summary')).toHaveText('Meer filters (1 in gebruik)');
    await expect(page.getByLabel('Stap', { exact: true }).locator('option:checked')).toHaveText(step);
    await expect(page.getByLabel('Wijk', { exact: true }).locator('option:checked')).toHaveText(wijk);
    await expectAccessible(page);

    // The CSV export carries the same filters: BOM, ";" header, one line per lead, CRLF.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /CSV-bestand/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^aanmeldingen-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'Kenmerk;Naam;Telefoon;Stap;Bron;Ambassadeur;Vereniging;Wijk;Taal;Aangemeld op;Laatste actie;Te lang geen actie;Mogelijk dubbel;Behandelaar',
    );
    expect(lines.at(-1)).toBe('');
    const data = lines.slice(1, -1).map((l) => l.split(';'));
    expect(data).toHaveLength(filtered);
    for (const cells of data) {
      expect(cells[3]).toBe(step);
      expect(cells[7]).toBe(wijk);
      // Phone numbers start with "+": neutralised against formulas. A lead erased on request (the
      // privacy spec's) stays for the counts, without name or number.
      if (cells[1] === '—') expect(cells[2]).toBe('');
      else expect(cells[2]).toMatch(/^'\+\d+$/);
    }
  });

  test('search finds a lead by part of the name and by a phone number typed the Dutch way', async ({ page }) => {
    await loginStaff(page);
    await visit(page, '/staff/leads');
    const name = (await rows(page).first().locator('[data-col="name"]').innerText()).trim();
    const part = name.split(/\s+/).at(-1)!.toLowerCase();
    await page.getByLabel('Zoek op naam of telefoonnummer').fill(part);
    await search(page);
    await expect(page.getByLabel('Zoek op naam of telefoonnummer')).toHaveValue(part);
    const names = await cellTexts(page, 'name');
    expect(names).toContain(name);
    for (const n of names) expect(n.toLowerCase()).toContain(part);
    await expectAccessible(page);

    // The phone is shown as 06 12345678; type it with other spaces.
    const phone = (await rows(page).first().locator('[data-col="phone"]').innerText()).trim();
    const digits = phone.replace(/\D/g, '');
    expect(digits).toMatch(/^06\d{8}$/);
    const typed = `${digits.slice(0, 2)} ${digits.slice(2, 6)} ${digits.slice(6)}`;
    await page.getByLabel('Zoek op naam of telefoonnummer').fill(typed);
    await search(page);
    const phones = await cellTexts(page, 'phone');
    expect(phones.length).toBeGreaterThanOrEqual(1);
    for (const p of phones) expect(p.replace(/\D/g, '')).toBe(digits);
    // Part of the number finds it too.
    await page.getByLabel('Zoek op naam of telefoonnummer').fill(`${digits.slice(0, 2)} ${digits.slice(2, 7)}`);
    await search(page);
    expect((await cellTexts(page, 'phone')).map((p) => p.replace(/\D/g, ''))).toContain(digits);
    await expectAccessible(page);
  });

  test('sorting by a column header, and paging with the current page marked', async ({ page }) => {
    await loginStaff(page);
    await visit(page, '/staff/leads');
    await page.getByRole('link', { name: /^Naam, sorteer oplopend/ }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByRole('columnheader', { name: /^Naam/ })).toHaveAttribute('aria-sort', 'ascending');
    const names = (await cellTexts(page, 'name')).map((n) => n.toLowerCase());
    expect(names).toEqual([...names].sort());
    await expectAccessible(page);

    const nav = page.getByRole('navigation', { name: "Pagina's" });
    await expect(nav.getByRole('link', { name: 'Pagina 1' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Volgende pagina' }).click();
    await expect(page).toHaveURL(/sort=name.*page=2|page=2.*sort=name/);
    await expect(nav.getByRole('link', { name: 'Pagina 2' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Pagina 1' })).not.toHaveAttribute('aria-current', 'page');
    const page2 = (await cellTexts(page, 'name')).map((n) => n.toLowerCase());
    expect(page2[0]! >= names.at(-1)!).toBe(true);
    await expectAccessible(page);
  });

  test('on a laptop (1280 px) the filters take one line and the table shows every column without scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginStaff(page);
    await visit(page, '/staff/leads');
    // Search, step and the button on one line; the other filters folded away.
    const q = (await page.getByLabel('Zoek op naam of telefoonnummer').boundingBox())!;
    const step = (await page.getByLabel('Stap', { exact: true }).boundingBox())!;
    expect(Math.abs(step.y - q.y)).toBeLessThan(8);
    await expect(page.getByTestId('more-filters')).not.toHaveAttribute('open', '');
    await expect(page.getByLabel('Wijk', { exact: true })).toBeHidden();
    // The table starts on the first screen.
    const table = page.locator('table');
    await expect(table).toBeVisible();
    expect((await table.boundingBox())!.y).toBeLessThan(800);

    const headers = table.locator('thead th');
    await expect(headers).toHaveCount(11);
    await expect(headers.filter({ hasText: 'Let op' })).toHaveCount(1);
    await expect(headers.filter({ hasText: 'Behandelaar' })).toHaveCount(1);
    for (const th of await headers.all()) {
      const box = (await th.boundingBox())!;
      expect(box.x, await th.innerText()).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, await th.innerText()).toBeLessThanOrEqual(1280);
    }
    // Nothing to scroll sideways: not in the table's box, not on the page.
    const box = table.locator('xpath=..');
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The overdue badge of a lead is in sight.
    const overdue = table.locator('[data-col="signals"]').filter({ hasText: 'Te lang geen actie' }).first();
    await page.goto('/staff/leads?overdue=1');
    await expect(page.getByTestId('more-filters')).toHaveAttribute('open', '');
    await expect(overdue).toBeVisible();
    const b = (await overdue.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(1280);
    await expectAccessible(page);
  });

  test('below 1024 px each lead is a card with the same fields, each value labelled', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 900 });
    await loginStaff(page);
    await visit(page, '/staff/leads');
    // The same table, its header row out of sight: every row a card.
    const table = page.getByRole('table', { name: /^Aanmeldingen/ });
    expect((await table.locator('thead').boundingBox())!.height).toBeLessThanOrEqual(1);
    await expect(table.getByRole('row')).toHaveCount(51);
    const card = rows(page).first();
    await expect(card.getByRole('link')).toBeVisible();
    await expectLabelled(card, 'assigned', 'Behandelaar');
    await expectLabelled(card, 'step', 'Stap');
    // A card: its fields under one another, its edges inside the table.
    const [cardBox, name, step] = await Promise.all([card.boundingBox(), card.locator('[data-col="name"]').boundingBox(), card.locator('[data-col="step"]').boundingBox()]);
    expect(step!.y).toBeGreaterThan(name!.y);
    expect(step!.x + step!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
    await expectAccessible(page);
  });

  for (const width of [360, 1280]) {
    test(`at ${width} px the keyboard goes from the table to what is in sight, and nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await loginStaff(page);
      await visit(page, '/staff/leads');
      const table = page.getByRole('table', { name: /^Aanmeldingen/ });
      // The table's box takes focus (it can scroll on a narrow laptop); the next Tab is the first thing in it in sight:
      // a sort link in the header on a wide screen, the first lead's name on a phone (the header row is out of sight there).
      await table.locator('xpath=..').focus();
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      if (width >= 1024) await expect(focused).toHaveAccessibleName('Naam, sorteer oplopend');
      else await expect(focused).toHaveAttribute('href', /^\/staff\/leads\/[0-9a-f-]{36}$/);
      await expect(focused).toBeInViewport();
      await expect(focused).toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      if (width < 1024) {
        const card = rows(page).first();
        await expectLabelled(card, 'phone', 'Telefoon');
        const box = (await card.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      await expectAccessible(page);
    });
  }

  test('bad values in the address are ignored, never an error', async ({ page }) => {
    await loginStaff(page);
    const res = await visit(page, '/staff/leads?step=bogus&page=abc&from=2025-99-99&ambassador=1%27%3B--&sort=x&overdue=1&wijk=nergens');
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanmeldingen');
    await expect(page.getByLabel('Stap', { exact: true })).toHaveValue('');
    await expect(page.getByRole('checkbox', { name: /niets mee is gedaan/ })).toBeChecked();
  });

  test('a caseworker sees the list and can show only the leads assigned to them', async ({ page }) => {
    await loginStaff(page, 'caseworker');
    await visit(page, '/staff/leads');
    await moreFilters(page);
    await page.getByLabel('Behandelaar', { exact: true }).selectOption('me');
    await search(page);
    await expect(page).toHaveURL(/assigned=me/);
    await expect(resultHeading(page)).toBeVisible();
    for (const who of await cellTexts(page, 'assigned')) expect(who).toBe('Sanne Bakker');
    await expectAccessible(page);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the filter form works as a plain GET form', async ({ page }) => {
      await loginStaff(page);
      await expect(page).toHaveURL(/\/staff$/);
      await page.goto('/staff/leads');
      // "Meer filters" is a <details>: it opens without JavaScript too.
      await expect(page.getByLabel('Bron', { exact: true })).toBeHidden();
      await page.getByTestId('more-filters').locator('summary').click();
      await page.getByLabel('Bron', { exact: true }).selectOption({ label: 'Ambassadeur' });
      await page.getByRole('button', { name: 'Zoeken' }).click();
      await expect(page).toHaveURL(/source=ambassador/);
      expect(await totalShown(page)).toBeGreaterThan(0);
      expect(new Set(await cellTexts(page, 'source'))).toEqual(new Set(['Ambassadeur']));
      await expect(page.getByLabel('Bron', { exact: true })).toHaveValue('ambassador');
      await expectAccessible(page, { javaScript: false });
    });
  });
});

test.describe('who may see and export the list', () => {
  test('an ambassador gets 403 on the list and on the export', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    await expect(page).toHaveURL(/\/ambassador$/);
    const res = await page.goto('/staff/leads');
    expect(res?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    await expectAccessible(page);
    const csv = await page.request.get('/staff/leads/export', { maxRedirects: 0 });
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain('Kenmerk;Naam');
  });

  test('an anonymous request for the export is sent to the login page', async ({ browser }) => {
    const ctx = await browser.newContext();
    const res = await ctx.request.get('/staff/leads/export?step=new', { maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(res.status());
    expect(res.headers()['location']).toMatch(/\/login/);
    const page = await ctx.newPage();
    await page.goto('/staff/leads/export');
    await expect(page).toHaveURL(/\/login/);
    await expectAccessible(page);
    await ctx.close();
  });

  test('the export answers with CSV headers that keep it out of caches', async ({ page }) => {
    await loginStaff(page);
    const res = await page.request.get('/staff/leads/export');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(res.headers()['cache-control']).toContain('no-store');
    expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="aanmeldingen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await res.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]!.split(';')).toHaveLength(14);
    // Every lead of the demo (more than one page of the list).
    expect(lines.length - 2).toBeGreaterThan(50);
  });
});
