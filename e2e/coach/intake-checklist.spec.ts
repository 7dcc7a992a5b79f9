import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

// Demo data needed: Fatima El Amrani (ambassador@wijkwerf.test) is eligible; coach@wijkwerf.test
// is the coaching bureau's begeleider; caseworker@wijkwerf.test works at the desk.

const DAY = 24 * 3600 * 1000;
/** A calendar day in Dutch time, `offset` days from today (YYYY-MM-DD). */
const dayFrom = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offset * DAY));
const ITEMS = ['Identiteitsbewijs', 'Verblijfsvergunning', 'Bewijs van adres', "Diploma's"];

test('the coach ticks the checklist of an intake an ambassador goes along to, seeing the first name only; the caseworker sees it complete', async ({ browser }) => {
  test.setTimeout(240_000);
  const u = Date.now().toString(36).slice(-5);
  const first = `Checklijst${u}`;
  const last = `Achternaam${u}`;
  const name = `${first} ${last}`;
  const phone = `06 5${String(Date.now()).slice(-7)}`;
  const place = `Publieksplein balie ${u}`;
  const date = dayFrom(3);

  // The resident signs up without JavaScript.
  const pub = await browser.newContext({ javaScriptEnabled: false });
  const resident = await pub.newPage();
  await resident.goto('/');
  await resident.getByLabel('Naam').fill(name);
  await resident.getByLabel('Telefoonnummer').fill(phone);
  await resident.getByLabel('Welke taal spreekt u het liefst?').selectOption('ar');
  await resident.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  await resident.getByRole('checkbox', { name: /ambassadeur die mijn taal spreekt/ }).check();
  await resident.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
  await resident.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(resident.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  await pub.close();

  // The caseworker books the intake in three days and asks Fatima to go along.
  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  await login(desk, ACCOUNTS.caseworker);
  await visit(desk, '/staff/intake');
  const newSlot = desk.getByRole('region', { name: 'Intakemoment toevoegen' });
  await newSlot.getByLabel('Datum').fill(date);
  await newSlot.getByLabel('Tijd').fill('19:30');
  await newSlot.getByRole('textbox', { name: /^Plaats/ }).fill(place);
  await newSlot.getByLabel('Aantal plaatsen').fill('1');
  await newSlot.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(newSlot.getByText('Het intakemoment is toegevoegd.')).toBeVisible();
  await visit(desk, `/staff/leads?q=${encodeURIComponent(name)}`);
  await desk.getByRole('link', { name }).click();
  const intake = desk.getByRole('region', { name: 'Intake boeken aan de balie' });
  const slotSelect = intake.getByRole('combobox', { name: /^Intakemoment/ });
  await slotSelect.selectOption((await slotSelect.locator('option', { hasText: place }).getAttribute('value'))!);
  await intake.getByRole('button', { name: 'Intake boeken' }).click();
  await expect(intake.getByTestId('intake-current')).toContainText(place);
  const ambassadorSelect = intake.getByRole('combobox', { name: /^Ambassadeur/ });
  await ambassadorSelect.selectOption((await ambassadorSelect.locator('option', { hasText: 'Fatima El Amrani' }).getAttribute('value'))!);
  await intake.getByRole('button', { name: 'Vragen om mee te gaan' }).click();
  await expect(intake.getByTestId('escort-status')).toHaveText('Fatima El Amrani is gevraagd mee te gaan (nog geen antwoord)');
  await expect(intake.getByTestId('checklist-state')).toHaveText('checklist nog niet compleet');

  // The coach: from the nav to the intakes; the first name, time, place and ambassador, nothing more.
  const coachCtx = await browser.newContext();
  const coach = await coachCtx.newPage();
  await login(coach, ACCOUNTS.coach);
  await expect(coach).toHaveURL(/\/coach$/);
  await coach.getByRole('link', { name: 'Intakes', exact: true }).click();
  await expect(coach).toHaveURL(/\/coach\/intakes$/);
  await expect(coach.getByRole('heading', { level: 1, name: 'Intakes met een ambassadeur' })).toBeVisible();
  const card = coach.getByRole('region', { name: `Intake van ${first}` });
  await expect(card).toContainText(place);
  await expect(card).toContainText('19:30');
  await expect(card).toContainText('Ambassadeur: Fatima El Amrani (gevraagd)');
  const html = await coach.content();
  expect(html).not.toContain(last);
  expect(html).not.toContain(phone.replace(/\s/g, '').slice(-7));
  expect(html).not.toContain(phone);
  await expect(card.getByTestId('checklist-state')).toHaveText('checklist nog niet compleet');
  await expectAccessible(coach);

  for (const item of ITEMS) await card.getByRole('checkbox', { name: item }).check();
  await card.getByRole('button', { name: 'Checklist opslaan' }).click();
  await expect(card.getByText('De checklist is opgeslagen.')).toBeVisible();
  await coach.reload();
  await expect(card.getByTestId('checklist-state')).toHaveText('checklist compleet');
  for (const item of ITEMS) await expect(card.getByRole('checkbox', { name: item })).toBeChecked();
  await expectAccessible(coach);
  await coachCtx.close();

  // The caseworker sees the checklist complete on the desk's calendar.
  await visit(desk, `/staff/intake?week=${date}`);
  const slot = desk.getByTestId('intake-slot').filter({ hasText: place });
  await expect(slot).toContainText(name);
  await expect(slot).toContainText('checklist compleet');
  await expect(slot).not.toContainText('checklist nog niet compleet');
  await deskCtx.close();
});

test('an ambassador and a caseworker get 403 on the coach\'s intakes', async ({ browser }) => {
  for (const email of [ACCOUNTS.ambassador, ACCOUNTS.caseworker]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, email);
    const res = await page.goto('/coach/intakes');
    expect(res?.status(), email).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    await expectAccessible(page);
    await ctx.close();
  }
});
