import { ACCOUNTS, expect, expectAccessible, formAlert, login, navLink, test, visit } from '../fixtures';
import { addShift, assignByList, createEvent, day, shiftSection, unique } from './helpers';

test('the coordinator plans an event, sees suggestions with reasons, assigns Fatima, swaps and removes', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  await (await navLink(page, '/staff/events')).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda en diensten' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Nieuw evenement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw evenement' })).toBeVisible();
  await expectAccessible(page);

  // A mistake first: the last day before the first. Everything typed stays, the ticked languages too.
  const title = `Schoolplein e2e ${unique()}`;
  const form = page.getByTestId('event-form');
  await form.getByLabel('Naam van het evenement').fill(title);
  await form.getByLabel('Soort evenement').selectOption({ label: 'School' });
  await form.getByLabel('Eerste dag').fill(day(70));
  await form.getByLabel('Laatste dag').fill(day(69));
  await form.getByLabel('Plaats (adres of naam van de locatie)').fill('Basisschool De Vlinder, Meerzicht');
  await form.getByLabel('Wijk').selectOption({ label: 'Meerzicht' });
  await form.getByLabel('Arabisch', { exact: true }).check();
  await form.getByLabel('Berbers (Tamazight)').check();
  await form.getByLabel('Doelgroep of achtergrond').fill('Marokkaanse moeders');
  await form.getByRole('button', { name: 'Evenement aanmaken' }).click();
  await expect(formAlert(page)).toContainText('Niet alle velden zijn goed ingevuld.');
  await expect(formAlert(page)).toContainText('De laatste dag mag niet voor de eerste dag liggen.');
  await expect(form.getByLabel('Laatste dag')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Naam van het evenement')).toHaveValue(title);
  await expect(form.getByLabel('Arabisch', { exact: true })).toBeChecked();
  await expect(form.getByLabel('Berbers (Tamazight)')).toBeChecked();
  await expect(form.getByLabel('Turks', { exact: true })).not.toBeChecked();
  await expectAccessible(page);

  await form.getByLabel('Laatste dag').fill(day(71));
  await form.getByRole('button', { name: 'Evenement aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Het evenement is aangemaakt.');
  await expect(page.getByText('Arabisch, Berbers (Tamazight)')).toBeVisible();
  await expectAccessible(page);

  // A shift outside the event's dates is refused; one inside is added with two places.
  const addForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Dienst toevoegen' }) });
  await addForm.getByRole('textbox', { name: /^Dag\b/ }).fill(day(75));
  await addForm.getByRole('button', { name: 'Dienst toevoegen' }).click();
  await expect(formAlert(page)).toContainText('Kies een dag tussen de eerste en de laatste dag van het evenement.');
  const morning = await addShift(page, day(70), 'morning');
  await expect(morning).toContainText('0 van 2 plaatsen bezet');
  await expectAccessible(page);

  // Suggestions: Fatima matches on all four points, and each reason shows.
  const fatima = morning.locator('[data-testid^="suggestion-"]').filter({ hasText: 'Fatima El Amrani' });
  await expect(fatima).toBeVisible();
  for (const reason of ['Spreekt Arabisch, Berbers (Tamazight)', 'Zelfde achtergrond', 'Heeft kinderen', 'Woont in Meerzicht']) {
    await expect(fatima.getByRole('listitem').filter({ hasText: reason })).toBeVisible();
  }
  // The best matches come first: the top two are the Moroccan mothers from Meerzicht.
  const top = morning.locator('[data-testid^="suggestion-"] p.font-semibold');
  await expect(top.nth(0)).toHaveText(/Fatima El Amrani|Khadija Ouali/);
  await expect(top.nth(1)).toHaveText(/Fatima El Amrani|Khadija Ouali/);
  // Rania speaks Arabic, has children and lives in Meerzicht, but has another background.
  const rania = morning.locator('[data-testid^="suggestion-"]').filter({ hasText: 'Rania Mansour' });
  await expect(rania).toContainText('Spreekt Arabisch');
  await expect(rania).not.toContainText('Zelfde achtergrond');

  await fatima.getByRole('button', { name: 'Indelen: Fatima El Amrani' }).click();
  await expect(page.getByRole('status')).toContainText('De ambassadeur is ingedeeld.');
  await expect(morning.locator('[data-testid^="assignee-"]').filter({ hasText: 'Fatima El Amrani' })).toBeVisible();
  await expect(morning).toContainText('1 van 2 plaatsen bezet');
  // Once on the shift she is no longer suggested for it.
  await expect(morning.locator('[data-testid^="suggestion-"]').filter({ hasText: 'Fatima El Amrani' })).toHaveCount(0);
  await expectAccessible(page);

  // A second shift with Khadija; then the two swap.
  await addShift(page, day(71), 'morning');
  await assignByList(page, day(71), 'morning', 'Khadija Ouali');
  const fatimaRow = shiftSection(page, day(70), 'morning').locator('[data-testid^="assignee-"]').filter({ hasText: 'Fatima El Amrani' });
  await fatimaRow.getByText('Fatima El Amrani ruilen met', { exact: true }).click();
  const swapWith = fatimaRow.getByLabel('Fatima El Amrani ruilen met');
  const khadijaOption = swapWith.locator('option', { hasText: 'Khadija Ouali' });
  await expect(khadijaOption).toContainText('Ochtend');
  await swapWith.selectOption((await khadijaOption.getAttribute('value'))!);
  await fatimaRow.getByRole('button', { name: 'Ruilen' }).click();
  await expect(page.getByRole('status')).toContainText('De ambassadeurs zijn geruild.');
  await expect(shiftSection(page, day(70), 'morning').locator('[data-testid^="assignee-"]')).toHaveText([/Khadija Ouali/]);
  await expect(shiftSection(page, day(71), 'morning').locator('[data-testid^="assignee-"]')).toHaveText([/Fatima El Amrani/]);
  await expectAccessible(page);

  // Taking Khadija off the shift frees the place again.
  await shiftSection(page, day(70), 'morning').locator('summary', { hasText: 'Van dienst halen: Khadija Ouali' }).click();
  await shiftSection(page, day(70), 'morning').getByRole('button', { name: 'Ja, haal Khadija Ouali van de dienst' }).click();
  await expect(page.getByRole('status')).toContainText('Khadija Ouali is van de dienst gehaald.');
  await expect(shiftSection(page, day(70), 'morning')).toContainText('0 van 2 plaatsen bezet');

  // The agenda lists the event among the upcoming ones with its shifts.
  await visit(page, '/staff/events');
  const row = page.getByTestId('upcoming-events').getByRole('row').filter({ has: page.getByRole('link', { name: title }) });
  await expect(row).toContainText('2 diensten, 1 van 4 plaatsen bezet');
  await expect(row).toContainText('School');
});

test('the coordinator edits an event and marks attendance on a past shift', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  const title = `Huisbezoeken e2e ${unique()}`;
  await createEvent(page, { title, kind: 'Huisbezoek', startsOn: day(-52), endsOn: day(-50), place: 'Bij de gezinnen thuis', languages: ['Dari'], targetGroup: 'Afghaanse gezinnen' });
  const past = await addShift(page, day(-51), 'afternoon');
  await assignByList(page, day(-51), 'afternoon', 'Ahmad Karimi');
  const ahmad = past.locator('[data-testid^="assignee-"]').filter({ hasText: 'Ahmad Karimi' });
  await expect(ahmad.getByTestId('attendance')).toHaveText('· Aanwezigheid nog niet ingevuld');
  await ahmad.getByRole('button', { name: 'Aanwezig: Ahmad Karimi', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('De aanwezigheid is opgeslagen.');
  await expect(shiftSection(page, day(-51), 'afternoon').locator('[data-testid^="assignee-"]').filter({ hasText: 'Ahmad Karimi' }).getByTestId('attendance')).toHaveText('· Aanwezig');
  await expectAccessible(page);

  // Edit: a new title; dates that would leave the shift outside are refused.
  await page.getByRole('link', { name: 'Gegevens wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evenement wijzigen' })).toBeVisible();
  await expectAccessible(page);
  const form = page.getByTestId('event-form');
  await expect(form.getByLabel('Dari')).toBeChecked();
  await form.getByLabel('Eerste dag').fill(day(-50));
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(formAlert(page)).toContainText('Er zijn diensten buiten deze data.');
  await form.getByLabel('Eerste dag').fill(day(-52));
  await form.getByLabel('Naam van het evenement').fill(`${title} (aangepast)`);
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${title} (aangepast)` })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('De gegevens zijn opgeslagen.');

  // In the agenda it is a past event, folded away.
  await visit(page, '/staff/events');
  await expect(page.getByTestId('upcoming-events').getByRole('link', { name: `${title} (aangepast)` })).toHaveCount(0);
  await page.getByRole('heading', { name: /Eerdere evenementen \(\d+\)/ }).click();
  await expect(page.getByTestId('past-events').getByRole('link', { name: `${title} (aangepast)` })).toBeVisible();
  await expectAccessible(page);
});

test('a caseworker gets 403 on the agenda and its pages, and has no link to it', async ({ page }) => {
  await login(page, ACCOUNTS.caseworker);
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('a[href="/staff/events"]')).toHaveCount(0);
  for (const path of ['/staff/events', '/staff/events/new', '/staff/events/00000000-0000-4000-8000-000000000000', '/staff/events/00000000-0000-4000-8000-000000000000/edit']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    await expectAccessible(page);
  }
});

test('an ambassador gets 403 on the coordinator agenda', async ({ page }) => {
  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  const res = await page.goto('/staff/events');
  expect(res?.status()).toBe(403);
});
