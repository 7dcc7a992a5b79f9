import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

// Runs in the "phone" project: 360 px wide. The ambassador claims on her phone; the coordinator
// works at a desk (a desktop-sized window of its own).
//
// Demo data needed: attended shifts of Fatima El Amrani (AMB01) that she has not claimed yet
// (lib/demo/shifts.ts gives her three; lib/demo/expenses.ts leaves the two most recent unclaimed),
// and submitted claims of other ambassadors.

const AMBASSADOR2 = 'ambassador2@wijkwerf.test';
/** A real 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** A web page pretending to be a photo. */
const HTML_AS_JPG = Buffer.from('<!DOCTYPE html><html><body><script>document.title = "pwned"</script>Bon</body></html>');

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function desk(browser: Browser, email: string, opts: { javaScriptEnabled?: boolean } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...opts });
  const page = await ctx.newPage();
  await login(page, email);
  return { ctx, page };
}

test('an ambassador claims an expense with a receipt; the coordinator approves and pays it; nobody else sees it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  const res = await visit(page, '/ambassador/expenses');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn vergoedingen' })).toBeVisible();
  await expect(page.getByText('Voor elk dagdeel dat u gewerkt hebt, krijgt u € 6,95.')).toBeVisible();
  await expectNoHorizontalScroll(page);

  // The most recent attended shift she has not claimed yet.
  const toClaim = page.getByRole('region', { name: 'Nog aanvragen' });
  const item = toClaim.getByRole('listitem').first();
  await expect(item).toBeVisible();
  const date = (await item.locator('time').getAttribute('datetime'))!;
  expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const shiftName = (await item.getByRole('heading').textContent())!.trim();
  const dagdeel = shiftName.split(', ').pop()!;
  await expect(item).toContainText('Vergoeding: € 6,95');
  const receipt = item.getByLabel('Bon (foto of pdf)');
  await expect(receipt).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp,image/heic,application/pdf');
  await expect(receipt).not.toHaveAttribute('capture');

  // A web page renamed to .jpg (and sent as image/jpeg) is refused; the form stays where it was.
  await receipt.setInputFiles({ name: 'bon.jpg', mimeType: 'image/jpeg', buffer: HTML_AS_JPG });
  await item.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
  const alert = formAlert(page);
  await expect(alert).toContainText('Uw aanvraag is nog niet verstuurd.');
  await expect(alert).toContainText('Dit bestand kunnen we niet gebruiken. Kies een foto (JPG, PNG, WebP of HEIC) of een pdf van de bon.');
  await expect(page).not.toHaveURL(/aangevraagd/);
  const sameItem = toClaim.getByRole('listitem').filter({ has: page.getByRole('heading', { name: shiftName }) });
  await expect(sameItem).toHaveCount(1);
  await expect(sameItem.getByLabel('Bon (foto of pdf)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: shiftName })).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // A real photo of the receipt.
  await sameItem.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'bon.png', mimeType: 'image/png', buffer: PNG });
  await sameItem.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
  await expect(page).toHaveURL(/\/ambassador\/expenses\?aangevraagd=1/);
  await expect(page.getByRole('status')).toContainText('Uw aanvraag is verstuurd.');
  await expect(toClaim.getByRole('heading', { name: shiftName })).toHaveCount(0);
  const myClaims = page.getByRole('region', { name: 'Mijn aanvragen' });
  const claim = myClaims.getByRole('listitem').filter({ hasText: shiftName });
  await expect(claim).toHaveCount(1);
  await expect(claim).toContainText('Ingediend');
  await expect(claim).toContainText('€ 6,95');
  await expectNoHorizontalScroll(page);
  await expectAccessible(page);

  // Her receipt: served as the PNG it is, and never as something a browser would run.
  const receiptUrl = (await claim.getByRole('link', { name: /^Bon bekijken/ }).getAttribute('href'))!;
  expect(receiptUrl).toMatch(/^\/api\/receipts\/[0-9a-f-]{36}$/);
  const own = await page.request.get(receiptUrl);
  expect(own.status()).toBe(200);
  const headers = own.headers();
  expect(headers['content-type']).toBe('image/png');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toBe("default-src 'none'; sandbox");
  expect(headers['cache-control']).toBe('private, no-store');
  expect(headers['content-disposition']).toBe(`inline; filename="bon-${receiptUrl.split('/').pop()}.png"`);
  expect(Buffer.from(await own.body()).equals(PNG)).toBe(true);

  // The coordinator finds it in the queue and approves it, and rejects someone else's claim.
  const coord = await desk(browser, ACCOUNTS.coordinator);
  await visit(coord.page, '/staff/expenses');
  await expect(coord.page.getByRole('heading', { level: 1, name: 'Vergoedingen' })).toBeVisible();
  const filters = coord.page.getByRole('search', { name: 'Filters' });
  await filters.getByLabel('Ambassadeur').selectOption({ label: 'Fatima El Amrani' });
  await filters.getByLabel('Status').selectOption({ label: 'Ingediend' });
  await filters.getByRole('button', { name: 'Filteren' }).click();
  await expect(coord.page).toHaveURL(/status=submitted/);
  await expectAccessible(coord.page);
  const row = coord.page.getByRole('row').filter({ has: coord.page.locator(`time[datetime="${date}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ingediend');
  await expect(row).toContainText('€ 6,95');
  const claimRowId = (await row.getAttribute('data-testid'))!;
  // The coordinator may open it too.
  expect((await coord.page.request.get(receiptUrl)).status()).toBe(200);
  // Approving takes a confirming second click that says what it means; the first changes nothing.
  await row.locator('summary', { hasText: 'Goedkeuren: Fatima El Amrani' }).click();
  await expect(row.getByText(/Na goedkeuren kan de vergoeding worden uitbetaald/)).toBeVisible();
  await expect(row).toContainText('Ingediend');
  await row.getByRole('button', { name: /^Ja, keur goed: Fatima El Amrani/ }).click();
  await expect(coord.page.getByTestId(claimRowId)).toHaveCount(0);

  await visit(coord.page, '/staff/expenses?status=submitted');
  const other = coord.page
    .getByRole('row')
    .filter({ has: coord.page.locator('summary', { hasText: 'Goedkeuren' }) })
    .filter({ hasNot: coord.page.getByRole('rowheader', { name: 'Fatima El Amrani' }) })
    .first();
  const otherId = (await other.getAttribute('data-testid'))!;
  const otherRow = coord.page.getByTestId(otherId);
  await otherRow.locator('summary', { hasText: 'Afwijzen' }).click();
  await otherRow.getByRole('button', { name: /^Afwijzing versturen/ }).click();
  await expect(otherRow.getByRole('alert')).toHaveText('Schrijf op waarom u de aanvraag afwijst.');
  await expect(otherRow).toContainText('Ingediend');
  await expectAccessible(coord.page);
  await otherRow.getByLabel('Reden').fill('Op de bon staat een andere datum dan het dagdeel.');
  await otherRow.getByRole('button', { name: /^Afwijzing versturen/ }).click();
  await expect(otherRow).toHaveCount(0);
  await visit(coord.page, '/staff/expenses?status=rejected');
  await expect(coord.page.getByTestId(otherId)).toContainText('Afgewezen');
  await expect(coord.page.getByTestId(otherId)).toContainText('Op de bon staat een andere datum dan het dagdeel.');

  // Fatima sees it approved.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: shiftName })).toContainText(
    'Goedgekeurd',
  );

  // The coordinator ticks it and marks it paid, then downloads the month's payout.
  await visit(coord.page, '/staff/expenses?status=approved');
  const approved = coord.page.getByTestId(claimRowId);
  await expect(approved).toContainText('Goedgekeurd');
  await approved.getByRole('checkbox', { name: /^Kies voor betaling: Fatima El Amrani/ }).check();
  await coord.page.getByRole('button', { name: 'Gekozen aanvragen op betaald zetten' }).click();
  await expect(coord.page.getByRole('status').filter({ hasText: 'De gekozen aanvragen staan nu op betaald.' })).toBeVisible();
  await expect(coord.page.getByTestId(claimRowId)).toHaveCount(0);
  await visit(coord.page, `/staff/expenses?status=paid&month=${date.slice(0, 7)}`);
  await expect(coord.page.getByTestId(claimRowId)).toContainText('Betaald');

  const exportForm = coord.page.getByRole('form', { name: 'Uitbetaling per maand' });
  await exportForm.getByLabel('Maand', { exact: true }).fill(date.slice(0, 7));
  const [download] = await Promise.all([
    coord.page.waitForEvent('download'),
    exportForm.getByRole('button', { name: 'Uitbetaling downloaden (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`uitbetaling-${date.slice(0, 7)}.csv`);
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile((await download.path())!)).toString('utf8');
  expect(csv.startsWith('\uFEFFAmbassadeur;Aantal dagdelen;Totaal (EUR);Datum;Dagdeel;Activiteit;Bedrag (EUR);Status\r\n')).toBe(true);
  const lines = csv.slice(1).trimEnd().split('\r\n');
  expect(lines.some((l) => l.startsWith(`Fatima El Amrani;;;${date};${dagdeel};`) && l.endsWith(';"6,95";Betaald'))).toBe(true);
  // Amounts hold a comma, so they are quoted: safe in comma-splitting programs too, 6,95 in Excel.
  expect(lines.some((l) => /^Fatima El Amrani;\d+;"\d+,\d\d";;;;;$/.test(l))).toBe(true);
  expect(lines.at(-1)).toMatch(/^Totaal alle ambassadeurs;\d+;"\d+,\d\d";;;;;$/);

  // Fatima sees it paid.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: shiftName })).toContainText('Betaald');
  await expectAccessible(page);

  // Another ambassador: no access to her receipt, her claims are not on his page.
  const ahmadCtx = await browser.newContext();
  const ahmad = await ahmadCtx.newPage();
  await login(ahmad, AMBASSADOR2);
  await expect(ahmad).toHaveURL(/\/ambassador$/);
  const denied = await ahmad.goto(receiptUrl);
  expect(denied?.status()).toBe(403);
  await expect(ahmad.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  await expectAccessible(ahmad);
  await visit(ahmad, '/ambassador/expenses');
  await expect(ahmad.getByRole('heading', { level: 1, name: 'Mijn vergoedingen' })).toBeVisible();
  await expect(ahmad.locator(`a[href="${receiptUrl}"]`)).toHaveCount(0);
  await expect(ahmad.getByText('Fatima')).toHaveCount(0);

  // He posts the coordinator's approve action himself (taken from the page without JavaScript):
  // refused, and the claim is still waiting.
  const plain = await desk(browser, ACCOUNTS.coordinator, { javaScriptEnabled: false });
  await plain.page.goto('/staff/expenses?status=submitted');
  const target = plain.page.getByRole('row').filter({ has: plain.page.locator('summary', { hasText: 'Goedkeuren' }) }).first();
  const targetId = (await target.getAttribute('data-testid'))!;
  const approveForm = target.getByTestId(/^approve-[0-9a-f-]+$/).locator('form');
  const fields = await approveForm.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  expect(`claim-row-${fields.claimId}`).toBe(targetId);
  // As a plain form post to the coordinator's page: 403.
  const formPost = await ahmad.request.post('/staff/expenses', { form: fields, maxRedirects: 0 });
  expect(formPost.status()).toBe(403);
  // As the JavaScript call, on a page he may open, so only the action's own check can refuse it.
  const ref = Object.entries(fields).find(([k]) => /^\$ACTION_\d+:0$/.test(k));
  expect(ref, 'the form carries its server action').toBeDefined();
  const actionId = (JSON.parse(ref![1]) as { id: string }).id;
  const call = await ahmad.request.post('/ambassador/expenses', {
    headers: { 'Next-Action': actionId, Accept: 'text/x-component' },
    multipart: { '0': '[{"status":"idle"},"$K1"]', '1_claimId': fields.claimId! },
    maxRedirects: 0,
  });
  expect(await call.text()).toContain('NEXT_HTTP_ERROR_FALLBACK;403');
  await plain.page.reload();
  await expect(plain.page.getByTestId(targetId)).toContainText('Ingediend');
  await expect(plain.page.getByTestId(targetId).locator('summary', { hasText: 'Goedkeuren' })).toBeVisible();

  await plain.ctx.close();
  await ahmadCtx.close();
  await coord.ctx.close();
});
