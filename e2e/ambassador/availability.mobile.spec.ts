import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';
import { addShift, asCoordinator, createEvent, day, hiddenFields, shiftSection, unique } from '../shifts/helpers';

// Runs in the "phone" project: 360 px wide, touch. Uses the demo ambassador Li Wei, whom no other
// spec relies on: the coordinator gives her an account by invite; at the end she clears her week
// and removes her absence again, so the suggestions of later specs are as the demo made them.

const NAME = 'Li Wei';
const MORNING = 'Ochtend (09:00–12:30)';
const WEEKDAYS = ['Maandag', 'Dinsdag', 'Woensdag', 'Donderdag', 'Vrijdag', 'Zaterdag', 'Zondag'];

test('an ambassador sets her week and an absence; the coordinator sees why she is not offered; she cannot sign up while away', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const u = unique();
  const email = `li.wei-${u}@example.nl`;
  const password = `een zin als wachtwoord ${u}`;

  // The coordinator gives Li Wei an e-mail address and an invite; her page says she has set no week.
  const coord = await asCoordinator(browser);
  await visit(coord.page, '/staff/ambassadors');
  await coord.page.getByRole('link', { name: NAME, exact: true }).click();
  await expect(coord.page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const ambassadorUrl = new URL(coord.page.url()).pathname;
  await expect(coord.page.getByTestId('availability')).toContainText('Heeft geen week ingevuld: telt als beschikbaar op elk dagdeel.');
  await expect(coord.page.getByTestId('absence-status')).toHaveText('Geen afwezigheid gepland.');
  await expectAccessible(coord.page);
  await coord.page.getByText('Profiel wijzigen', { exact: true }).click();
  const profile = coord.page.locator('form').filter({ has: coord.page.getByRole('button', { name: 'Profiel opslaan' }) });
  await profile.getByLabel('E-mailadres').fill(email);
  await profile.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(coord.page.getByTestId('done')).toBeVisible();
  await coord.page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await coord.page.getByTestId('invite-link').inputValue();

  await page.goto(new URL(link).pathname);
  await page.getByLabel('Nieuw wachtwoord').fill(password);
  await page.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByTestId('activated')).toBeVisible();
  await login(page, email, password);
  await expect(page).toHaveURL(/\/ambassador$/);

  // From her start page to her availability: nothing set yet, and the page says what that means.
  await page.getByTestId('availability-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wanneer kan ik?' })).toBeVisible();
  await expect(page.getByTestId('week-none')).toHaveText('U heeft nog niets aangevinkt. Dan telt u als beschikbaar op elk dagdeel.');
  await expectAccessible(page);

  // Mornings only, every day of the week.
  const week = page.getByTestId('my-week');
  for (const d of WEEKDAYS) await week.getByRole('group', { name: d }).getByLabel(MORNING).check();
  await week.getByRole('button', { name: 'Mijn week opslaan' }).click();
  await expect(page.getByTestId('done')).toHaveText('Uw week is opgeslagen.');
  await expect(page.getByTestId('week-none')).toHaveCount(0);
  await expect(week.getByRole('group', { name: 'Woensdag' }).getByLabel(MORNING)).toBeChecked();
  await expect(week.getByRole('group', { name: 'Woensdag' }).getByLabel('Middag (13:00–17:00)')).not.toBeChecked();
  await expectAccessible(page);

  // An absence of two days; then one that overlaps it, and one in the past: both refused, clearly.
  const absences = page.getByTestId('my-absences');
  const absenceForm = absences.locator('form').filter({ has: page.getByRole('button', { name: 'Afwezigheid toevoegen' }) });
  await absenceForm.getByLabel('Eerste dag weg').fill(day(130));
  await absenceForm.getByLabel('Laatste dag weg').fill(day(131));
  await absenceForm.getByLabel('Vakantie').check();
  await absenceForm.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(page.getByTestId('done')).toHaveText('Uw afwezigheid is opgeslagen.');
  await expect(absences.getByTestId('absence')).toHaveCount(1);
  await expect(absences.getByTestId('absence')).toContainText('Vakantie');

  await absenceForm.getByLabel('Eerste dag weg').fill(day(131));
  await absenceForm.getByLabel('Laatste dag weg').fill(day(133));
  await absenceForm.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(formAlert(page)).toContainText('Deze periode valt samen met een afwezigheid die u al heeft.');
  await expect(absenceForm.getByLabel('Laatste dag weg')).toHaveValue(day(133));
  await expectAccessible(page);
  await absenceForm.getByLabel('Eerste dag weg').fill(day(-3));
  await absenceForm.getByLabel('Laatste dag weg').fill(day(-1));
  await absenceForm.getByRole('button', { name: 'Afwezigheid toevoegen' }).click();
  await expect(formAlert(page)).toContainText('De eerste dag kan niet in het verleden liggen.');
  await expect(absences.getByTestId('absence')).toHaveCount(1);

  // The coordinator: an afternoon outside her week, and a morning during her absence.
  const title = `Buurtfeest beschikbaarheid ${u}`;
  await createEvent(coord.page, { title, kind: 'Anders', startsOn: day(129), endsOn: day(130), place: 'Buurthuis De Boog' });
  const eventUrl = new URL(coord.page.url()).pathname;
  await addShift(coord.page, day(129), 'afternoon');
  await addShift(coord.page, day(130), 'morning');
  const afternoon = shiftSection(coord.page, day(129), 'afternoon');
  const morning = shiftSection(coord.page, day(130), 'morning');
  await expect(afternoon.locator('[data-testid^="suggestion-"]').filter({ hasText: NAME })).toHaveCount(0);
  await expect(morning.locator('[data-testid^="suggestion-"]').filter({ hasText: NAME })).toHaveCount(0);
  await expect(afternoon.getByTestId('unavailable')).toContainText(`${NAME}: niet beschikbaar op`);
  await expect(afternoon.getByTestId('unavailable')).toContainText('middag');
  await expect(morning.getByTestId('unavailable')).toContainText(`${NAME}: afwezig tot en met`);
  // Absent: no way to assign her; outside her week: the coordinator may, and the button says so.
  await expect(morning.getByTestId('unavailable').getByRole('button')).toHaveCount(0);
  await expectAccessible(coord.page);
  await afternoon.getByRole('button', { name: `${NAME} toch inplannen (niet beschikbaar op dit dagdeel)` }).click();
  await expect(coord.page.getByRole('status')).toContainText('De ambassadeur is ingedeeld.');
  await expect(shiftSection(coord.page, day(129), 'afternoon').locator('[data-testid^="assignee-"]').filter({ hasText: NAME })).toBeVisible();

  // Her page for the coordinator: the week as a table, and the absence ahead.
  await visit(coord.page, ambassadorUrl);
  await expect(coord.page.getByTestId('absence-status')).toContainText('Volgende afwezigheid:');
  const table = coord.page.getByRole('table', { name: `Dagdelen waarop ${NAME} meestal kan werken` });
  await expect(table.getByRole('row', { name: /Maandag/ }).getByRole('cell').nth(0)).toHaveText('beschikbaar');
  await expect(table.getByRole('row', { name: /Maandag/ }).getByRole('cell').nth(1)).toHaveText('niet beschikbaar');

  // She cannot sign up for the morning she is away.
  await page.goto('/ambassador/shifts');
  const open = page.getByTestId('open-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(open).toHaveCount(1);
  await expect(open).toContainText('U bent deze dag afwezig (uw afwezigheid).');
  await open.getByRole('button', { name: /^Aanmelden/ }).click();
  await expect(formAlert(page)).toHaveText('U bent die dag afwezig (u heeft afwezigheid ingevuld). Haal eerst de afwezigheid weg, of kies een andere dienst.');
  await expectAccessible(page);

  // Another ambassador posting her remove form, with her absence id, is refused; the absence stays.
  // Her page without JavaScript: the same forms, posting natively (the real action ids).
  const liCtx = await browser.newContext({ javaScriptEnabled: false });
  const li = await liCtx.newPage();
  await login(li, email, password);
  await li.goto('/ambassador/availability');
  await expect(li.getByTestId('absence')).toHaveCount(1);
  await expectAccessible(li, { javaScript: false });
  const fields = await hiddenFields(li.getByTestId('absence').locator('form'));
  expect(Object.keys(fields).some((k) => k.startsWith('$ACTION'))).toBe(true);
  expect(fields.absenceId).toMatch(/^[0-9a-f-]{36}$/);
  await liCtx.close();
  const fatimaCtx = await browser.newContext({ javaScriptEnabled: false });
  const fatima = await fatimaCtx.newPage();
  await login(fatima, ACCOUNTS.ambassador);
  await expect(fatima).toHaveURL(/\/ambassador$/);
  const res = await fatima.request.post('/ambassador/availability', { multipart: fields, maxRedirects: 0 });
  expect(res.status()).toBeLessThan(500);
  expect(res.headers().location ?? '').not.toContain('done=absenceRemoved');
  await fatimaCtx.close();
  await page.goto('/ambassador/availability');
  await expect(page.getByTestId('absence')).toHaveCount(1);

  // She removes her absence and clears her week: available again, as the demo had her.
  await page.getByRole('button', { name: /^Afwezigheid .* weghalen$/ }).click();
  await expect(page.getByTestId('done')).toHaveText('De afwezigheid is weggehaald.');
  await expect(page.getByTestId('absence')).toHaveCount(0);
  for (const d of WEEKDAYS) await page.getByTestId('my-week').getByRole('group', { name: d }).getByLabel(MORNING).uncheck();
  await page.getByRole('button', { name: 'Mijn week opslaan' }).click();
  await expect(page.getByTestId('week-none')).toBeVisible();
  await expectAccessible(page);

  await coord.page.goto(eventUrl);
  await expect(shiftSection(coord.page, day(130), 'morning').getByTestId('unavailable')).toHaveCount(0);
  await coord.close();
});

test('coordinators and caseworkers get 403 on the ambassador availability page', async ({ browser }) => {
  for (const email of [ACCOUNTS.coordinator, ACCOUNTS.caseworker]) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await login(p, email);
    const res = await p.goto('/ambassador/availability');
    expect(res?.status()).toBe(403);
    await expectAccessible(p);
    await ctx.close();
  }
});
