import { readFile } from 'node:fs/promises';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

// The coordinator's side of the expenses, on the demo data (lib/demo/expenses.ts: claims in every
// state on the attended shifts of lib/demo/shifts.ts). The ambassador's journey, with the approve,
// reject, pay and export steps on a fresh claim, is e2e/ambassador/expenses.mobile.spec.ts.

/** A real one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n' +
    '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);

test.describe('rates', () => {
  test('the coordinator sees the rate history and adds a rate from a day on', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await visit(page, '/staff/expenses');
    await page.getByRole('link', { name: 'Bedrag per dagdeel (tarieven)' }).click();
    await expect(page).toHaveURL(/\/staff\/expenses\/rates$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Bedrag per dagdeel' })).toBeVisible();
    await expectAccessible(page);
    const table = page.getByTestId('rates-table');
    const first = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1 januari 2010' }) });
    await expect(first).toContainText('€ 6,95');
    await expect(first).toContainText('geldt nu');

    const form = page.getByTestId('rate-form');
    await form.getByLabel('Bedrag per dagdeel in euro').fill('zeven euro');
    await form.getByLabel('Geldt vanaf').fill('2099-01-01');
    await form.getByRole('button', { name: 'Bedrag opslaan' }).click();
    await expect(formAlert(page)).toContainText('Vul een bedrag in euro in, bijvoorbeeld 6,95.');
    await expect(form.getByLabel('Bedrag per dagdeel in euro')).toHaveValue('zeven euro');
    await expect(form.getByLabel('Bedrag per dagdeel in euro')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel('Geldt vanaf')).toHaveValue('2099-01-01');
    await expectAccessible(page);

    await form.getByLabel('Bedrag per dagdeel in euro').fill('7,25');
    await form.getByRole('button', { name: 'Bedrag opslaan' }).click();
    await expect(form.getByRole('status')).toHaveText('Het nieuwe bedrag is opgeslagen.');
    const added = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '1 januari 2099' }) });
    await expect(added).toContainText('€ 7,25');
    await expect(added).toContainText('komt nog');
    // The rate in force today is still the old one.
    await expect(first).toContainText('geldt nu');

    // The same first day twice is refused.
    await form.getByLabel('Bedrag per dagdeel in euro').fill('8');
    await form.getByLabel('Geldt vanaf').fill('2099-01-01');
    await form.getByRole('button', { name: 'Bedrag opslaan' }).click();
    await expect(formAlert(page)).toContainText('Er is al een bedrag dat op deze dag begint.');
    await expect(table.getByRole('row')).toHaveCount(3);
    await expectAccessible(page);
  });

  test('an ambassador may not see or change the rates', async ({ page }) => {
    await login(page, ACCOUNTS.ambassador);
    for (const path of ['/staff/expenses', '/staff/expenses/rates']) {
      expect((await page.goto(path))?.status(), path).toBe(403);
    }
  });
});

test.describe('the queue', () => {
  test('filters by status, month and ambassador with a plain GET form', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await visit(page, '/staff/expenses');
    const rows = page.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    // Claims to decide come first.
    await expect(rows.first()).toContainText('Ingediend');

    const filters = page.getByRole('search', { name: 'Filters' });
    await filters.getByLabel('Status').selectOption({ label: 'Betaald' });
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/status=paid/);
    await expect(filters.getByLabel('Status')).toHaveValue('paid');
    const paid = await rows.count();
    expect(paid).toBeGreaterThan(0);
    for (let i = 0; i < paid; i++) await expect(rows.nth(i)).toContainText('Betaald');
    // Paid claims cannot be decided or paid again.
    await expect(page.locator('summary', { hasText: 'Goedkeuren' })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expectAccessible(page);

    // The month of the first paid claim's shift.
    const month = (await rows.first().locator('time').getAttribute('datetime'))!.slice(0, 7);
    await filters.getByLabel('Status').selectOption('');
    await filters.getByLabel('Maand van het dagdeel').fill(month);
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(new RegExp(`month=${month}`));
    const inMonth = await rows.count();
    expect(inMonth).toBeGreaterThan(0);
    for (const d of await rows.locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!))) expect(d.slice(0, 7)).toBe(month);

    await filters.getByLabel('Maand van het dagdeel').fill('');
    await filters.getByLabel('Ambassadeur').selectOption({ label: 'Ahmad Karimi' });
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await expect(page).toHaveURL(/ambassador=[0-9a-f-]{36}/);
    const names = await page.locator('tbody tr th[scope=row]').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names.map((n) => n.trim()))).toEqual(new Set(['Ahmad Karimi']));

    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await expect(page).toHaveURL(/\/staff\/expenses$/);
    await expectAccessible(page);
  });

  test('paying needs a ticked approved claim', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await visit(page, '/staff/expenses?status=approved');
    await page.getByRole('button', { name: 'Gekozen aanvragen op betaald zetten' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Zet eerst een vinkje bij een of meer goedgekeurde aanvragen.' })).toBeVisible();
    await expect(page.locator('tbody tr').first()).toContainText('Goedgekeurd');
    await expectAccessible(page);
  });

  test("the month's payout adds up: per ambassador the lines, at the end the grand total", async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await visit(page, '/staff/expenses?status=paid');
    const month = (await page.locator('tbody tr time').first().getAttribute('datetime'))!.slice(0, 7);
    const res = await page.request.get(`/staff/expenses/export?month=${month}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.headers()['content-disposition']).toBe(`attachment; filename="uitbetaling-${month}.csv"`);
    const text = (await res.body()).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
    expect(header).toEqual(['Ambassadeur', 'Aantal dagdelen', 'Totaal (EUR)', 'Datum', 'Dagdeel', 'Activiteit', 'Bedrag (EUR)', 'Status']);
    // Amounts hold a decimal comma, so lib/csv quotes them ("6,95") for comma-splitting programs.
    const cents = (s: string) => Math.round(Number(s.replace(/^"(.*)"$/, '$1').replace(',', '.')) * 100);
    const total = lines.pop()!;
    expect(total[0]).toBe('Totaal alle ambassadeurs');
    let grandCount = 0;
    let grandCents = 0;
    let current: { name: string; count: number; cents: number; lines: number; sum: number } | null = null;
    const close = () => {
      if (!current) return;
      expect([current.lines, current.sum], current.name).toEqual([current.count, current.cents]);
      grandCount += current.count;
      grandCents += current.cents;
    };
    for (const l of lines) {
      if (l[1]) {
        close();
        current = { name: l[0]!, count: Number(l[1]), cents: cents(l[2]!), lines: 0, sum: 0 };
      } else {
        expect(l[0]).toBe(current!.name);
        expect(l[3]!.slice(0, 7)).toBe(month);
        expect(['Goedgekeurd', 'Betaald']).toContain(l[7]);
        current!.lines += 1;
        current!.sum += cents(l[6]!);
      }
    }
    close();
    expect(grandCount).toBeGreaterThan(0);
    expect([Number(total[1]), cents(total[2]!)]).toEqual([grandCount, grandCents]);
  });

  test('the export asks for a month and for the right to see it', async ({ page, browser }) => {
    await login(page, ACCOUNTS.coordinator);
    expect((await page.request.get('/staff/expenses/export?month=2010-13')).status()).toBe(400);
    expect((await page.request.get('/staff/expenses/export')).status()).toBe(400);

    const amb = await browser.newContext();
    const ambPage = await amb.newPage();
    await login(ambPage, ACCOUNTS.ambassador);
    expect((await ambPage.request.get('/staff/expenses/export?month=2010-09', { maxRedirects: 0 })).status()).toBe(403);
    await amb.close();

    const anon = await browser.newContext();
    const anonRes = await anon.request.get('/staff/expenses/export?month=2010-09', { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(anonRes.status());
    expect(anonRes.headers()['location']).toContain('/login');
    await anon.close();
  });
});

test.describe('receipts', () => {
  test('the coordinator sees a receipt in the queue: a thumbnail of a photo and a link that opens it inline', async ({ page, context }) => {
    await login(page, ACCOUNTS.coordinator);
    await visit(page, '/staff/expenses?status=submitted');
    const link = page.getByTestId('receipt-link').filter({ has: page.getByTestId('receipt-thumbnail') }).first();
    const thumb = link.getByTestId('receipt-thumbnail');
    await expect(thumb).toBeVisible();
    // The image really loaded (not a broken icon).
    await expect.poll(() => thumb.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await expect(link).toHaveAttribute('target', '_blank');
    const url = (await link.getAttribute('href'))!;
    const res = await page.request.get(url);
    expect(res.headers()['content-type']).toMatch(/^image\/(png|jpeg)$/);
    expect(res.headers()['content-disposition']).toMatch(/^inline; filename="bon-[0-9a-f-]+\.(png|jpg)"$/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
    expect(res.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");

    // "Bon bekijken" opens it in a new tab, shown there, not downloaded.
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await tab.waitForLoadState();
    expect(tab.url()).toContain(url);
    await expect(tab.locator('img')).toBeVisible();
    await tab.close();
  });

  test('a receipt is for its owner and the coordinator only; anonymous visitors go to the login page', async ({ page, browser }) => {
    await login(page, ACCOUNTS.ambassador);
    await visit(page, '/ambassador/expenses');
    const link = page.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('link', { name: /^Bon bekijken/ }).first();
    const url = (await link.getAttribute('href'))!;
    const own = await page.request.get(url);
    expect(own.status()).toBe(200);
    expect(['image/png', 'application/pdf']).toContain(own.headers()['content-type']);
    expect(own.headers()['x-content-type-options']).toBe('nosniff');
    expect(own.headers()['content-security-policy']).toBe("default-src 'none'; sandbox");

    for (const email of ['caseworker@wijkwerf.test', 'association@wijkwerf.test', 'admin@wijkwerf.test', 'ambassador2@wijkwerf.test']) {
      const ctx = await browser.newContext();
      const other = await ctx.newPage();
      await login(other, email);
      expect((await other.request.get(url, { maxRedirects: 0 })).status(), email).toBe(403);
      await ctx.close();
    }
    const anon = await browser.newContext();
    const anonRes = await anon.request.get(url, { maxRedirects: 0 });
    expect([302, 303, 307]).toContain(anonRes.status());
    expect(anonRes.headers()['location']).toContain('/login');
    await anon.close();

    // A receipt id that does not exist: 404 for the coordinator, 403 for an ambassador (no hint either way).
    const missing = '/api/receipts/00000000-0000-4000-8000-000000000000';
    expect((await page.request.get(missing)).status()).toBe(403);
    const coordCtx = await browser.newContext();
    const coord = await coordCtx.newPage();
    await login(coord, ACCOUNTS.coordinator);
    expect((await coord.request.get(missing)).status()).toBe(404);
    expect((await coord.request.get(url)).status()).toBe(200);
    await coordCtx.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an ambassador claims with a PDF receipt, and the coordinator approves, with plain form posts', async ({ page, browser }) => {
    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/expenses');
    await expectAccessible(page, { javaScript: false });
    // The oldest unclaimed shift (the phone journey takes the newest); not the demo's intake or a
    // meeting, which other specs claim.
    const item = page.getByRole('region', { name: 'Nog aanvragen' }).getByRole('listitem').filter({ hasNotText: /Meegaan naar intake|Bijeenkomst/ }).last();
    const shiftName = (await item.getByRole('heading').textContent())!.trim();
    const date = (await item.locator('time').getAttribute('datetime'))!;

    // Nothing chosen: a clear message, still on the page.
    await item.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
    await expect(formAlert(page)).toContainText('Kies een bestand: een foto of pdf van de bon.');
    await expectAccessible(page, { javaScript: false });

    const again = page.getByRole('region', { name: 'Nog aanvragen' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: shiftName }) });

    // A photo over 5 MB (a real JPEG start, 5.2 MB): refused by the server with the size message.
    const big = Buffer.alloc(Math.round(5.2 * 1024 * 1024), 0x20);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    await again.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'grote-foto.jpg', mimeType: 'image/jpeg', buffer: big });
    await again.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
    await expect(formAlert(page)).toContainText('Het bestand is groter dan 5 MB.');
    await expect(again.getByLabel('Bon (foto of pdf)')).toHaveAttribute('aria-invalid', 'true');
    await again.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'bon-van-de-bus.pdf', mimeType: 'application/pdf', buffer: PDF });
    await again.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
    await expect(page).toHaveURL(/aangevraagd=1/);
    await expect(page.getByRole('status')).toContainText('Uw aanvraag is verstuurd.');
    const claim = page.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: shiftName });
    await expect(claim).toContainText('Ingediend');
    const url = (await claim.getByRole('link', { name: /^Bon bekijken/ }).getAttribute('href'))!;
    const pdf = await page.request.get(url);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // A PDF opens in the browser (sandboxed), like a photo; other types would download.
    expect(pdf.headers()['content-disposition']).toBe(`inline; filename="bon-${url.split('/').pop()}.pdf"`);
    await expectAccessible(page, { javaScript: false });

    const coordCtx = await browser.newContext({ javaScriptEnabled: false });
    const coord = await coordCtx.newPage();
    await login(coord, ACCOUNTS.coordinator);
    await coord.goto(`/staff/expenses?status=submitted&month=${date.slice(0, 7)}`);
    const row = coord.getByRole('row').filter({ has: coord.getByRole('rowheader', { name: 'Fatima El Amrani' }) }).filter({ has: coord.locator(`time[datetime="${date}"]`) });
    await expect(row).toHaveCount(1);
    const rowId = (await row.getAttribute('data-testid'))!;
    await row.locator('summary', { hasText: 'Goedkeuren' }).click();
    await row.getByRole('button', { name: /^Ja, keur goed/ }).click();
    await coord.goto(`/staff/expenses?month=${date.slice(0, 7)}`);
    await expect(coord.getByTestId(rowId)).toContainText('Goedgekeurd');
    await expectAccessible(coord, { javaScript: false });
    await coordCtx.close();

    await page.reload();
    await expect(claim).toContainText('Goedgekeurd');
  });
});
