import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../../lib/testing/pdf-text';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';
import { asCoordinator, unique } from '../shifts/helpers';

// Runs in the "phone" project: 360 px wide. The ambassador's own programme on the start page:
// their target next to the group's, training, certificate, pass, clothing and agreement.

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

/** "3 van 40 trajectplannen getekend": the figures the coordinator's period page shows for the group and for one ambassador. */
async function coordinatorFigures(page: Page, period: string, name: string) {
  await visit(page, '/staff/targets');
  await page.getByRole('link', { name: period, exact: true }).click();
  const group = (await page.getByTestId('period-progress-figure').textContent())!.trim();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  const cells = await row.getByRole('cell').allTextContents();
  const target = cells[0]!.trim();
  const result = cells[2]!.match(/\d+/)![0];
  return { group, own: `${result} van ${target} trajectplannen getekend` };
}

test('a trained ambassador sees on a phone their target next to the group’s (as the coordinator sees them), training, certificate, pass, clothing and agreement', async ({ page, browser }) => {
  test.setTimeout(150_000);
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  // Target: own and group, with the figures of /staff/targets.
  const own = (await page.getByTestId('my-target-progress-figure').textContent())!.trim();
  const group = (await page.getByTestId('group-target-progress-figure').textContent())!.trim();
  await expect(page.getByTestId('group-target')).toContainText('De hele groep');
  await expect(page.getByRole('progressbar', { name: /Getekende trajectplannen van de hele groep/ })).toBeVisible();
  // The period the start page reports on (another spec may have added a shorter one inside the half-year).
  const period = (await page.getByTestId('my-target').textContent())!.match(/Periode: (.+?) \(/)![1]!;
  const coord = await asCoordinator(browser);
  expect({ own, group }).toEqual(await coordinatorFigures(coord.page, period, 'Fatima El Amrani'));
  await coord.close();

  // Training: all required modules, nothing planned, the certificate to download.
  await expect(page.getByTestId('home-training-summary')).toHaveText('U heeft 10 van de 10 verplichte modules gedaan.');
  await expect(page.getByRole('progressbar', { name: 'Verplichte modules die u heeft gedaan' })).toHaveAttribute('value', '10');
  await expect(page.getByTestId('home-next-session')).toContainText('Er is nu geen training voor u gepland.');
  const code = (await page.getByTestId('home-certificate').textContent())!.match(/[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}/)![0];
  const href = await page.getByTestId('home-certificate').getByRole('link', { name: 'Certificaat downloaden (pdf)' }).getAttribute('href');
  const res = await page.request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const pdf = await res.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect((await PDFDocument.load(pdf)).getSubject()).toContain(code);
  const { lines, fonts } = await pdfText(pdf);
  expect(lines).toContain('Fatima El Amrani');
  expect(lines).toContain('- Vroegsignalering en de sociale kaart');
  expect(fonts.every((f) => f.embedded)).toBe(true);

  // Pass, clothing, agreement: the checklist.
  await expect(page.getByTestId('home-pass')).toContainText('In orde');
  await expect(page.getByTestId('home-pass')).toContainText(/Nummer ZMP-\d+, geldig tot/);
  await expect(page.getByTestId('home-polo')).toContainText('In orde');
  await expect(page.getByTestId('home-rain_jacket')).toContainText('Gekregen op');
  await expect(page.getByTestId('home-agreement')).toContainText('Akkoord');
  await expect(page.getByTestId('home-agreement')).toContainText('versie 2026-1');
  await expect(page.getByTestId('agreement-pending')).toHaveCount(0);
  // The field work is still there.
  await expect(page.locator('#main').getByRole('link', { name: 'Contact vastleggen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uw contacten' })).toBeVisible();

  // The detail pages are one tap away.
  await page.getByRole('link', { name: 'Alles over uw pas, kleding en overeenkomst' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn pas, kleding en afspraken' })).toBeVisible();
  await page.goto('/ambassador');
  await page.getByRole('link', { name: 'Alles over uw training' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn training' })).toBeVisible();
});

test('a new ambassador sees what remains: no module done yet, the next session, no pass, the agreement to accept', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const u = unique();
  const name = `Nieuw Overzicht ${u}`;
  const email = `overzicht-${u}@example.nl`;
  const password = `een zin als wachtwoord ${u}`;
  const coord = await asCoordinator(browser);
  const cp = coord.page;
  await cp.goto('/staff/ambassadors/new');
  await cp.getByRole('textbox', { name: /^Naam\b/ }).fill(name);
  await cp.getByLabel('Arabisch', { exact: true }).check();
  await cp.getByLabel('E-mailadres').fill(email);
  await cp.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(cp.getByTestId('done')).toContainText('De kandidaat is toegevoegd.');
  const ambassadorUrl = new URL(cp.url()).pathname;
  await cp.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await cp.getByTestId('invite-link').inputValue();

  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByTestId('activated')).toBeVisible();
  await login(page, email, password);
  await expect(page).toHaveURL(/\/ambassador$/);
  await expectAccessible(page);
  await expectNoHorizontalScroll(page);

  await expect(page.getByTestId('agreement-pending')).toBeVisible();
  await expect(page.getByTestId('home-training-summary')).toHaveText('U heeft 0 van de 10 verplichte modules gedaan.');
  await expect(page.getByTestId('home-certificate')).toHaveText(/Nog 10 verplichte modules te gaan\./);
  await expect(page.getByTestId('home-certificate').getByRole('link')).toHaveCount(0);
  // A session ahead (the demo plans two), with when and where.
  await expect(page.getByTestId('home-next-session')).toContainText(/\d{4}|ochtend|middag|avond/);
  await expect(page.getByTestId('home-next-session')).toContainText('Trainer:');
  await expect(page.getByTestId('home-pass')).toContainText('Nog niet');
  await expect(page.getByTestId('home-polo')).toContainText('Nog niet gekregen');
  await expect(page.getByTestId('home-agreement')).toContainText('U heeft nog geen akkoord gegeven.');
  // A candidate has no personal target; the group's figure is there all the same.
  await expect(page.getByTestId('own-target')).toContainText('U hebt in deze periode geen persoonlijk doel.');
  await expect(page.getByTestId('group-target-progress-figure')).toContainText('trajectplannen getekend');
  await expect(page.getByTestId('not-active')).toBeVisible();

  // Leave the demo's counts as they were (3 candidates): this one moves away.
  await cp.goto(ambassadorUrl);
  await cp.getByText('Stoppen', { exact: true }).click();
  const stop = cp.locator('form').filter({ has: cp.getByRole('button', { name: 'Ambassadeur stoppen' }) });
  await stop.getByLabel('Verhuisd').check();
  await stop.getByRole('button', { name: 'Ambassadeur stoppen' }).click();
  await expect(cp.getByTestId('status')).toHaveText('Stap nu: Gestopt');
  await coord.close();
});

test('the start page is the ambassador’s own: other roles get 403', async ({ browser }) => {
  for (const role of ['caseworker', 'association'] as const) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await login(p, ACCOUNTS[role]);
    expect((await p.goto('/ambassador'))?.status()).toBe(403);
    await expect(p.getByTestId('home-training')).toHaveCount(0);
    await ctx.close();
  }
});
