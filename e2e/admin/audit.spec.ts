import { ACCOUNTS, expect, expectAccessible, login, logout, test, visit } from '../fixtures';

test.describe('the audit log', () => {
  test('reads as Dutch: a description per action, the account’s name, dates as elsewhere, the raw entry folded away', async ({ page }) => {
    await login(page, ACCOUNTS.admin);
    await visit(page, '/admin/audit?action=login.success');
    await expect(page.getByRole('combobox', { name: 'Handeling' }).locator('option:checked')).toHaveText('Ingelogd');
    const row = page.getByRole('row').filter({ hasText: 'Ingelogd' }).first();
    await expect(row).toBeVisible();
    // No codes, JSON or ids in sight.
    const visible = await page.locator('table tbody').innerText();
    expect(visible).not.toContain('login.success');
    expect(visible).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    // The date as the portal writes it elsewhere (e.g. "1 dec 2026, 09:12").
    const when = (await row.getByRole('rowheader').innerText()).trim();
    expect(when).toMatch(/^\d{1,2} [a-z]{3}\.? \d{4},? \d{2}:\d{2}$/);
    // The raw entry is one click away.
    await row.getByText('Technische gegevens').click();
    await expect(row.locator('details')).toContainText('login.success');
    await expectAccessible(page);

    // The filter lists the actions by their description.
    const options = page.getByRole('combobox', { name: 'Handeling' }).locator('option');
    await expect(options.filter({ hasText: /^Ingelogd$/ })).toHaveCount(1);
    expect((await options.allInnerTexts()).filter((o) => /^[a-z_]+\.[a-z_]+$/.test(o))).toEqual([]);
  });

  test('names the account an entry is about, and never a resident', async ({ page, browser }) => {
    const ctx = await browser.newContext();
    const coord = await ctx.newPage();
    await login(coord, ACCOUNTS.coordinator);
    await coord.goto('/staff/leads');
    await coord.locator('table a[href^="/staff/leads/"]').first().click();
    const leadName = (await coord.getByRole('heading', { level: 1 }).innerText()).trim();
    await logout(coord);
    await ctx.close();

    await login(page, ACCOUNTS.admin);
    await visit(page, '/admin/audit?action=logout');
    const row = page.getByRole('row').filter({ hasText: 'Uitgelogd' }).filter({ hasText: 'Account: Marco Jansen' }).first();
    await expect(row).toBeVisible();
    await expect(row.getByRole('link', { name: 'Alle regels over dit record' })).toHaveAttribute('href', /\/admin\/audit\?entity=[0-9a-f-]{36}$/);
    // A lead is shown as its kind only.
    await visit(page, '/admin/audit?action=lead.viewed');
    const lead = page.getByRole('row').filter({ hasText: 'Aanmelding bekeken' }).filter({ hasText: 'Marco Jansen' }).first();
    await expect(lead.getByRole('cell').nth(2)).toHaveText(/^Aanmelding\s*Alle regels over dit record$/);
    await expect(page.locator('table')).not.toContainText(leadName);
    await expectAccessible(page);
  });

  test('a filter that matches nothing says so, with a way back', async ({ page }) => {
    await login(page, ACCOUNTS.admin);
    await visit(page, '/admin/audit?from=2001-01-01&to=2001-01-02');
    await expect(page.locator('table')).toHaveCount(0);
    await expect(page.getByTestId('audit-empty')).toContainText('Geen regels gevonden die passen bij deze filters.');
    await page.getByRole('link', { name: 'Alle filters wissen' }).click();
    await expect(page).toHaveURL(/\/admin\/audit$/);
    await expect(page.locator('table tbody tr').first()).toBeVisible();
    await expectAccessible(page);
  });
});
