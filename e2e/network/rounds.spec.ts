import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

test("the weekly round lists a new organisation as due this week and ticks it off after a logged visit", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Basisschool Ronde ${Date.now().toString(36)}`;
  await login(page, ACCOUNTS.coordinator);
  await page.goto('/staff/network');
  const form = page.getByRole('main');
  await form.getByRole('textbox', { name: /Naam van de organisatie/ }).fill(name);
  await form.getByRole('combobox', { name: /Soort organisatie/ }).selectOption('primary_school');
  await expect(form.getByRole('spinbutton', { name: /Bezoek elke zoveel weken/ })).toHaveValue('1');
  await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(form.getByText('De organisatie is toegevoegd.')).toBeVisible();

  await page.goto('/staff/network/rounds');
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerkronde van deze week' })).toBeVisible();
  const item = page.getByTestId('round-item').filter({ hasText: name });
  await expect(item.getByTestId('round-state')).toHaveText('Deze week');
  await expect(item).toContainText('Aanbod deze maand niet verteld');
  await expectAccessible(page);

  // Tick it off: today's visit, the offer retold.
  await expect(item.getByRole('checkbox', { name: 'Het aanbod opnieuw verteld' })).toBeChecked();
  await item.getByRole('button', { name: 'Bezoek van vandaag vastleggen' }).click();
  await expect(item.getByTestId('round-state')).toHaveText('Bezocht');
  await expect(item).not.toContainText('Aanbod deze maand niet verteld');
  await expect(item.getByRole('button', { name: 'Bezoek van vandaag vastleggen' })).toHaveCount(0);
  await expectAccessible(page);

  // The organisation's page shows the visit in its log, with the offer retold.
  await item.getByRole('link', { name }).click();
  await expect(page.getByTestId('contact-log')).toContainText('Ja');
  await expect(page.getByTestId('organisation-leads')).toContainText('Nog geen bewoners doorgegeven');
  await expectAccessible(page);

  // A resident the school passed on, entered at the desk: the lead is credited to the school, its
  // page shows and offers the organisation, and the school's page shows what became of them.
  const resident = `Via School ${Date.now().toString(36)}`;
  await page.goto('/staff/leads/new');
  await page.getByRole('radio', { name: 'Netwerkorganisatie' }).check();
  await page.getByLabel('Doorgegeven door (netwerkorganisatie)').selectOption({ label: name });
  await page.getByLabel('Naam').fill(resident);
  await page.getByLabel('Telefoonnummer').fill(`0613${String(Date.now()).slice(-6)}`);
  await page.getByLabel('Voorkeurstaal').selectOption('ar');
  await page.getByLabel('Wijk').selectOption('meerzicht');
  await page.getByRole('checkbox', { name: /toestemming/ }).check();
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(resident);
  await expect(page.locator('section[aria-labelledby="network-title"]').getByRole('combobox', { name: 'Netwerkorganisatie' }).locator('option:checked')).toHaveText(name);
  await expectAccessible(page);
  await page.locator('section[aria-labelledby="attr-title"]').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('organisation-lead-counts')).toContainText('1 bewoner doorgegeven');
  await expect(page.getByTestId('organisation-leads').getByRole('link', { name: resident })).toBeVisible();
});
