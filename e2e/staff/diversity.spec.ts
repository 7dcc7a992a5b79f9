import { readFile } from 'node:fs/promises';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';
import { asCoordinator } from '../shifts/helpers';

/**
 * The corps' diversity overview: a desk lead preferring Romanian — a language only a stopped demo
 * ambassador speaks — shows up as a gap in words; the CSV hides small counts as "<5"; other roles
 * get 403 and visitors the login page.
 */
test('the coordinator sees where ambassadors are missing and downloads the overview with small counts hidden', async ({ browser }) => {
  const coord = await asCoordinator(browser);
  const page = coord.page;

  // A fresh open lead that prefers Romanian (Elena Popescu, the only Romanian speaker, stopped).
  await visit(page, '/staff/leads/new');
  await page.getByLabel('Naam').fill(`Diversiteit ${Date.now().toString(36)}`);
  await page.getByLabel('Telefoonnummer').fill(`0612${String(Date.now()).slice(-6)}`);
  await page.getByLabel('Voorkeurstaal').selectOption('ro');
  await page.getByLabel('Wijk').selectOption('dorp');
  await page.getByRole('checkbox', { name: /toestemming/ }).check();
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Diversiteit');

  // From the corps list to the overview.
  await visit(page, '/staff/ambassadors');
  await page.getByRole('link', { name: 'Diversiteit van het korps' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diversiteit van het korps' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByTestId('diversity-summary')).toContainText(/^\d+ actieve ambassadeurs, \d+ open aanmeldingen\.$/);
  await expect(page.getByTestId('gaps').getByRole('listitem').filter({ hasText: 'Roemeens' })).toHaveText(
    /^\d+ open aanmelding(en kiezen| kiest) Roemeens; geen actieve ambassadeur spreekt die taal\.$/,
  );
  // The table says the same: no active Romanian speaker, at least one open lead.
  const ro = page.getByTestId('languages').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Roemeens', exact: true }) });
  await expect(ro.getByRole('cell').first()).toHaveText('0');
  // Background is aggregated; the demo's groups are all small, so they read "<5", with no name in sight.
  const background = page.getByTestId('background');
  await expect(background.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Eritrea', exact: true }) }).getByRole('cell')).toHaveText('<5');
  await expect(background).not.toContainText('Semhar');

  // The CSV: counts under 5 as "<5".
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^diversiteit-korps-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFOnderdeel;Groep;Actieve ambassadeurs;Open aanmeldingen\r\n')).toBe(true);
  expect(csv).toMatch(/\r\nTaal;Roemeens;0;(<5|\d{2,})\r\n/);
  expect(csv).toContain('Achtergrond;Eritrea;<5;');
  expect(csv).not.toMatch(/;[1-4](;|\r\n)/);
  await coord.close();
});

test('caseworkers and ambassadors get 403 on the overview and its export; visitors are sent to log in', async ({ browser }) => {
  for (const role of ['caseworker', 'ambassador'] as const) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await login(p, ACCOUNTS[role]);
    for (const path of ['/staff/ambassadors/diversity', '/staff/ambassadors/diversity/export']) {
      const res = await p.request.get(path, { maxRedirects: 0 });
      expect(res.status(), `${role} → ${path}`).toBe(403);
      expect(await res.text()).not.toContain('Eritrea');
    }
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const anon = await ctx.newPage();
  await anon.goto('/staff/ambassadors/diversity');
  await expect(anon).toHaveURL(/\/login/);
  const res = await anon.request.get('/staff/ambassadors/diversity/export', { maxRedirects: 0 });
  expect(res.status()).not.toBe(200);
  expect(await res.text()).not.toContain('Eritrea');
  await ctx.close();
});

test("opening an ambassador's training page and exporting the overview are in the audit log", async ({ browser }) => {
  const coord = await asCoordinator(browser);
  await visit(coord.page, '/staff/training');
  const href = (await coord.page.locator('a[href^="/staff/training/ambassadors/"]').first().getAttribute('href'))!;
  const id = href.split('/').pop()!;
  await coord.page.goto(href);
  await expect(coord.page.getByRole('heading', { level: 1 })).toBeVisible();
  await coord.close();

  const ctx = await browser.newContext();
  const admin = await ctx.newPage();
  await login(admin, ACCOUNTS.admin);
  await visit(admin, `/admin/audit?entity=${id}&action=training.progress_viewed`);
  const viewed = admin.getByRole('row').filter({ hasText: 'Voortgang van training bekeken' }).first();
  await expect(viewed).toContainText('Ambassadeur');
  // The raw entry (for the technical reader) names the record by its id.
  await viewed.getByText('Technische gegevens').click();
  await expect(viewed).toContainText(`ambassador:${id}`);
  await visit(admin, '/admin/audit?action=diversity.exported');
  await expect(admin.getByRole('row').filter({ hasText: 'Diversiteitsoverzicht gedownload' }).first()).toBeVisible();
  await ctx.close();
});
