import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

const DAY = 24 * 3600 * 1000;
/** A calendar day in Dutch time, `offset` days from today, as YYYY-MM-DD (what a date field holds). */
function day(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offset * DAY),
  );
}

test('the coordinator opens the Afghan association and sees its results, key figures and accounts', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  const res = await visit(page, '/staff/associations');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Verenigingen' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Afghaanse Vereniging Zoetermeer' }) });
  // Offers column: 62 Afghans received an offer in total (source).
  await expect(row.getByRole('cell').nth(3)).toHaveText('62');

  await row.getByRole('link', { name: 'Afghaanse Vereniging Zoetermeer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afghaanse Vereniging Zoetermeer' })).toBeVisible();
  await expectAccessible(page);
  const total = page.getByTestId('results-total');
  await expect(total.getByRole('definition').nth(1)).toHaveText('62');
  const y2010 = page.getByTestId('results-years').getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2010', exact: true }) });
  await expect(y2010.getByRole('cell').nth(1)).toHaveText('13');
  await expect(page.getByTestId('results-periods').getByRole('rowheader', { name: 'Q3+Q4 2010' })).toBeVisible();
  await expect(page.getByTestId('key-figures')).toContainText('Zarmina Hashimi');
  await expect(page.getByTestId('linked-users')).toContainText('association@wijkwerf.test');

  // A new key figure, with a mistake first: the form says what is wrong and keeps what was typed.
  const add = page.locator('form').filter({ has: page.getByRole('button', { name: 'Toevoegen', exact: true }) });
  await add.getByLabel('Rol').fill('Voorzitter jongeren');
  await add.getByLabel('E-mailadres').fill('geen-adres');
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(formAlert(page)).toContainText('Naam: Vul dit veld in.');
  await expect(formAlert(page)).toContainText('E-mailadres: Dit e-mailadres klopt niet.');
  await expect(add.getByLabel('Rol')).toHaveValue('Voorzitter jongeren');
  await expectAccessible(page);
  await add.getByLabel('Naam').fill('Jawid Sultani');
  await add.getByLabel('E-mailadres').fill('');
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.getByTestId('key-figures')).toContainText('Jawid Sultani · Voorzitter jongeren');

  // The contacts figure leads to the staff list filtered by this association.
  await total.getByRole('link').click();
  await expect(page).toHaveURL(/\/staff\/leads\?association=[0-9a-f-]{36}$/);
});

test('an association passes on a signal; the coordinator replies, handles it, links a contact, and the association sees the reply', async ({ page }) => {
  const text = `E2E-signaal ${Date.now()}: vier moeders bij de school willen Nederlands leren.`;
  await login(page, ACCOUNTS.association);
  await page.goto('/association/signals');
  const form = page.getByTestId('signal-form');
  await form.getByLabel('Mensen die misschien mee willen doen').check();
  await form.getByLabel('Uw signaal').fill(text);
  await form.getByRole('button', { name: 'Signaal doorgeven' }).click();
  await expect(page.getByTestId('signal-list')).toContainText(text);
  await page.context().clearCookies();

  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/signals');
  await expect(page.getByRole('heading', { level: 1, name: 'Signalen' })).toBeVisible();
  const item = page.getByTestId('signal-item').filter({ hasText: text });
  await expect(item).toContainText('Nieuw');
  await expect(item).toContainText('Afghaanse Vereniging Zoetermeer');
  await item.getByRole('link', { name: /Open het signaal/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Signaal van Afghaanse Vereniging Zoetermeer' })).toBeVisible();
  await expectAccessible(page);

  // An empty reply is refused.
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(formAlert(page)).toContainText('Uw antwoord aan de vereniging: Vul dit veld in.');
  await expect(page.getByTestId('signal-status')).toHaveText('Nieuw');

  const reply = 'Dank u. Ambassadeur Nadia gaat vrijdag naar de school.';
  await page.getByLabel('Uw antwoord aan de vereniging').fill(reply);
  await expect(page.getByLabel('Markeer het signaal ook als afgehandeld')).toBeChecked();
  await page.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(page.getByTestId('replies')).toContainText(reply);
  await expect(page.getByTestId('signal-status')).toHaveText('Afgehandeld');
  await expect(page.getByText(/Afgehandeld op .* door Marco Jansen/)).toBeVisible();
  await expectAccessible(page);

  // Link one of the association's contacts, then unlink it.
  await expect(page.getByTestId('lead-hits')).toBeVisible();
  const firstHit = page.getByTestId('lead-hits').getByRole('rowheader').first();
  const name = (await firstHit.textContent())!.trim();
  await page.getByTestId('lead-hits').getByRole('button', { name: `Koppel ${name}` }).first().click();
  const linked = page.getByTestId('linked-leads');
  await expect(linked.getByRole('link', { name })).toHaveAttribute('href', /^\/staff\/leads\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
  await linked.getByRole('button', { name: `Ontkoppel ${name}` }).click();
  await expect(page.getByText('Nog geen contacten gekoppeld.')).toBeVisible();

  // Handled signals leave the "new" inbox and show under "handled".
  await visit(page, '/staff/signals?status=new');
  await expect(page.getByTestId('signal-item').filter({ hasText: text })).toHaveCount(0);
  await page.getByLabel('Afgehandeld').check();
  await page.getByRole('button', { name: 'Toon signalen' }).click();
  await expect(page.getByTestId('signal-item').filter({ hasText: text })).toContainText('1 antwoord');
  await expectAccessible(page);

  // Reopen, and it is new again.
  await page.getByTestId('signal-item').filter({ hasText: text }).getByRole('link', { name: /Open het signaal/ }).click();
  await page.getByRole('button', { name: 'Zet terug op nieuw' }).click();
  await expect(page.getByTestId('signal-status')).toHaveText('Nieuw');
  await page.context().clearCookies();

  await login(page, ACCOUNTS.association);
  await page.goto('/association/signals');
  await expect(page.getByTestId('signal-list').getByTestId('signal').filter({ hasText: text })).toContainText(reply);
});

test('the coordinator logs a school visit on an organisation without contact for more than 7 days; the flag disappears', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  const res = await visit(page, '/staff/network');
  expect(res?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'Netwerk' })).toBeVisible();

  // Flagged organisations come first; the demo school was last visited 12 days ago.
  const rows = page.getByTestId('org-row');
  await expect(rows.first()).toContainText('Nog nooit contact');
  const school = rows.filter({ has: page.getByRole('link', { name: 'Basisschool De Regenboog' }) });
  await expect(school).toContainText('Langer dan 7 dagen geen contact');
  await expect(school.getByTestId('days-since')).toHaveText('12 dagen');
  // The 7-day boundary: exactly 7 days is not flagged.
  const seven = rows.filter({ has: page.getByRole('link', { name: 'Buurthuis De Vaart' }) });
  await expect(seven.getByTestId('days-since')).toHaveText('7 dagen');
  await expect(seven).not.toContainText('Langer dan 7 dagen');

  // Filters: only flagged primary schools in Meerzicht.
  const filter = page.getByRole('form', { name: 'Filteren' });
  await filter.getByLabel('Soort').selectOption({ label: 'Basisschool' });
  await filter.getByLabel('Wijk').selectOption({ label: 'Meerzicht' });
  await filter.getByLabel('Alleen organisaties die te lang geen contact hadden').check();
  await filter.getByRole('button', { name: 'Toon organisaties' }).click();
  await expect(page).toHaveURL(/kind=primary_school/);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Basisschool Het Palet' })).toHaveCount(0);
  await expectAccessible(page);

  await school.getByRole('link', { name: 'Basisschool De Regenboog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Basisschool De Regenboog' })).toBeVisible();
  await expect(page.getByTestId('contact-status')).toContainText('Langer dan 7 dagen geen contact');
  await expectAccessible(page);

  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Contact vastleggen' }) });
  await expect(form.getByLabel('Datum')).toHaveValue(day());
  await expect(form.getByLabel('Wie had het contact')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(form.getByLabel('Wie had het contact').locator('option:checked')).toHaveText('Marco Jansen');
  await expect(form.getByLabel('Bezoek')).toBeChecked();

  // A date in the future is refused, and what was typed stays.
  await form.getByLabel('Datum').fill(day(3));
  await form.getByLabel('Wat is er besproken').fill('Op de koffieochtend het verhaal verteld aan acht ouders.');
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(formAlert(page)).toContainText('Deze datum ligt in de toekomst.');
  await expect(form.getByLabel('Wat is er besproken')).toHaveValue('Op de koffieochtend het verhaal verteld aan acht ouders.');
  await expectAccessible(page);

  await form.getByLabel('Datum').fill(day());
  await form.getByLabel('Volgende stap').fill('Over vier weken weer naar de koffieochtend.');
  await form.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(form.getByRole('status')).toHaveText('Het contact is vastgelegd.');
  await expect(page.getByTestId('contact-status')).toContainText('vandaag (0 dagen)');
  await expect(page.getByTestId('contact-status')).not.toContainText('Langer dan 7 dagen');
  await expect(page.getByTestId('contact-log').getByRole('row').nth(1)).toContainText('Marco Jansen');
  await expect(page.getByTestId('contact-log').getByRole('row').nth(1)).toContainText('Over vier weken weer naar de koffieochtend.');
  await expectAccessible(page);

  await visit(page, '/staff/network');
  const after = page.getByTestId('org-row').filter({ has: page.getByRole('link', { name: 'Basisschool De Regenboog' }) });
  await expect(after.getByTestId('days-since')).toHaveText('vandaag (0 dagen)');
  await expect(after).not.toContainText('Langer dan 7 dagen');
  await visit(page, '/staff/network?overdue=1');
  await expect(page.getByRole('link', { name: 'Basisschool De Regenboog' })).toHaveCount(0);
});

test('a caseworker gets 403 on the associations, signals and network pages', async ({ page }) => {
  await login(page, ACCOUNTS.caseworker);
  for (const path of ['/staff/associations', '/staff/signals', '/staff/network']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expectAccessible(page);
  }
});
