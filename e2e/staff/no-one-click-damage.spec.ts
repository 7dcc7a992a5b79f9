import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';
import { addShift, asCoordinator, assignByList, createEvent, day, shiftSection, unique } from '../shifts/helpers';

/**
 * No one-click damage (issue #21): taking someone off a shift and deactivating an account need a
 * second, confirming click that says what will happen; afterwards a success message at the top
 * of the page offers the undo. (Merging leads: e2e/staff/journey.spec.ts.)
 */

const assignee = (page: Page, date: string, name: string) => shiftSection(page, date, 'morning').locator('[data-testid^="assignee-"]').filter({ hasText: name });

test('taking an ambassador off a shift needs the confirmation, says so at the top, and can be undone', async ({ browser }) => {
  const coordinator = await asCoordinator(browser);
  const page = coordinator.page;
  const date = day(120);
  await createEvent(page, { title: `Bevestigen e2e ${unique()}`, kind: 'Markt', startsOn: date, endsOn: date, place: 'Marktplein' });
  await addShift(page, date, 'morning');
  await assignByList(page, date, 'morning', 'Fatima El Amrani');
  const shift = shiftSection(page, date, 'morning');

  // First click: what will happen, nothing changed.
  await shift.locator('summary', { hasText: 'Van dienst halen: Fatima El Amrani' }).click();
  await expect(shift.getByText(/^Fatima El Amrani gaat van deze dienst af: .* Fatima El Amrani krijgt daarover bericht en de plaats komt vrij\.$/)).toBeVisible();
  await page.reload();
  await expect(assignee(page, date, 'Fatima El Amrani')).toBeVisible();
  await expect(shift).toContainText('1 van 2 plaatsen bezet');
  await shift.locator('summary', { hasText: 'Van dienst halen: Fatima El Amrani' }).click();
  await expectAccessible(page);

  // Second click: done, said at the top (the heading has the focus), with the undo.
  await shift.getByRole('button', { name: 'Ja, haal Fatima El Amrani van de dienst' }).click();
  const done = page.getByTestId('undo-removal');
  await expect(done.getByRole('heading', { name: 'Fatima El Amrani is van de dienst gehaald.' })).toBeFocused();
  await expect(done).toHaveAttribute('role', 'status');
  await expect(assignee(page, date, 'Fatima El Amrani')).toHaveCount(0);
  await expect(shift).toContainText('0 van 2 plaatsen bezet');
  await expectAccessible(page);

  // Undo puts her back.
  await done.getByRole('button', { name: 'Ongedaan maken: Fatima El Amrani weer op de dienst zetten' }).click();
  await expect(page.getByRole('status')).toContainText('De ambassadeur staat weer op de dienst.');
  await expect(assignee(page, date, 'Fatima El Amrani')).toBeVisible();
  await expect(shift).toContainText('1 van 2 plaatsen bezet');
  await coordinator.close();
});

test('the same removal and undo work with JavaScript off', async ({ browser }) => {
  const coordinator = await asCoordinator(browser);
  const date = day(121);
  await createEvent(coordinator.page, { title: `Zonder script e2e ${unique()}`, kind: 'Markt', startsOn: date, endsOn: date, place: 'Marktplein' });
  await addShift(coordinator.page, date, 'morning');
  await assignByList(coordinator.page, date, 'morning', 'Khadija Ouali');
  const eventUrl = coordinator.page.url().replace(/[?#].*$/, '');
  await coordinator.close();

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await login(page, ACCOUNTS.coordinator);
  await page.goto(eventUrl);
  const shift = shiftSection(page, date, 'morning');
  await shift.locator('summary', { hasText: 'Van dienst halen: Khadija Ouali' }).click();
  await expect(shift.getByText(/Khadija Ouali gaat van deze dienst af/)).toBeVisible();
  await expect(assignee(page, date, 'Khadija Ouali')).toBeVisible();
  await shift.getByRole('button', { name: 'Ja, haal Khadija Ouali van de dienst' }).click();
  await expect(page.getByTestId('undo-removal')).toContainText('Khadija Ouali is van de dienst gehaald.');
  await expect(assignee(page, date, 'Khadija Ouali')).toHaveCount(0);
  await expectAccessible(page, { javaScript: false });
  await page.getByRole('button', { name: 'Ongedaan maken: Khadija Ouali weer op de dienst zetten' }).click();
  await expect(page.getByRole('status')).toContainText('De ambassadeur staat weer op de dienst.');
  await expect(assignee(page, date, 'Khadija Ouali')).toBeVisible();
  await ctx.close();
});

test('deactivating an account needs the confirmation, says so at the top, and can be undone', async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  await expect(page).toHaveURL(/\/admin$/);
  const row = page.getByTestId('user-deactivate@wijkwerf.test');
  await expect(row).toContainText('Actief');

  // The first button is not the primary style and only opens the consequence.
  const first = row.locator('summary', { hasText: 'Deactiveren: Test Deactiveren' });
  await expect(first).toHaveClass(/text-red-800/);
  await expect(first).not.toHaveClass(/bg-brand-700/);
  await first.click();
  await expect(row.getByText(/Test Deactiveren kan dan niet meer inloggen/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('user-deactivate@wijkwerf.test')).toContainText('Actief');
  await row.locator('summary', { hasText: 'Deactiveren: Test Deactiveren' }).click();
  await expectAccessible(page);

  await row.getByRole('button', { name: 'Ja, deactiveer het account van Test Deactiveren' }).click();
  const done = page.getByTestId('account-done');
  await expect(done.getByRole('heading', { name: 'Het account van Test Deactiveren is gedeactiveerd.' })).toBeFocused();
  await expect(row).toContainText('Gedeactiveerd');
  await expectAccessible(page);

  await done.getByRole('button', { name: 'Ongedaan maken: het account van Test Deactiveren weer activeren' }).click();
  await expect(page.getByTestId('account-done')).toContainText('Het account van Test Deactiveren is weer actief.');
  await expect(row).toContainText('Actief');
  await expect(row).not.toContainText('Gedeactiveerd');
});
