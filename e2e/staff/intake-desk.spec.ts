import { type Browser, type BrowserContext, devices } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

// Demo data needed: Fatima El Amrani (AMB01, ambassador@wijkwerf.test) is eligible and speaks
// Arabic; lib/demo/intake.ts gives her an intake seven weeks ago that she went along to and has
// not claimed yet.

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const DAY = 24 * 3600 * 1000;
/** A calendar day in Dutch time, `offset` days from today (YYYY-MM-DD). */
const dayFrom = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + offset * DAY));

/** The hidden fields of the server-rendered form that holds `field` on `path`, as its owner gets it (read without running scripts). */
async function formFields(browser: Browser, owner: BrowserContext, path: string, field: string): Promise<Record<string, string>> {
  const html = await (await owner.request.get(path)).text();
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.setContent(html);
  const form = page.locator('form').filter({ has: page.locator(`[name="${field}"]`) }).first();
  const fields = await form.locator('input[type=hidden]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
  await ctx.close();
  return fields;
}

test('a caseworker books an intake with an accompanying ambassador; the ambassador accepts on her phone and claims the dagdeel', async ({ browser }) => {
  test.setTimeout(300_000);
  const u = Date.now().toString(36).slice(-5);
  const first = `Intake${u}`;
  const name = `${first} Testpersoon`;
  const phone = `06 4${String(Date.now()).slice(-7)}`;
  const place = `Publieksplein balie ${u}`;
  const date = dayFrom(23);

  // 1. The resident signs up without JavaScript and asks for an ambassador who speaks their language.
  const pub = await browser.newContext({ javaScriptEnabled: false });
  const resident = await pub.newPage();
  await resident.goto('/');
  await resident.getByLabel('Naam').fill(name);
  await resident.getByLabel('Telefoonnummer').fill(phone);
  await resident.getByLabel('Welke taal spreekt u het liefst?').selectOption('ar');
  await resident.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  const escort = resident.getByRole('checkbox', { name: /ambassadeur die mijn taal spreekt/ });
  await expect(escort).not.toBeChecked();
  await escort.check();
  await resident.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
  await expectAccessible(resident, { javaScript: false });
  await resident.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(resident.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  await pub.close();

  // 2. The caseworker adds a slot at the desk.
  const deskCtx = await browser.newContext();
  const desk = await deskCtx.newPage();
  await login(desk, ACCOUNTS.caseworker);
  await expect(desk).toHaveURL(/\/staff$/);
  await visit(desk, '/staff/intake');
  await expect(desk.getByRole('heading', { level: 1, name: 'Intake-agenda van het Publieksplein' })).toBeVisible();
  const newSlot = desk.getByRole('region', { name: 'Intakemoment toevoegen' });
  await newSlot.getByLabel('Datum').fill(date);
  await newSlot.getByLabel('Tijd').fill('19:15');
  await newSlot.getByRole('textbox', { name: /^Plaats/ }).fill(place);
  await newSlot.getByLabel('Aantal plaatsen').fill('1');
  await newSlot.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(newSlot.getByText('Het intakemoment is toegevoegd.')).toBeVisible();

  // 3. On the lead's page: the resident's request and language; booking the slot.
  await visit(desk, `/staff/leads?q=${encodeURIComponent(name)}`);
  await desk.getByRole('link', { name }).click();
  await expect(desk.getByRole('heading', { level: 1, name })).toBeVisible();
  const leadUrl = new URL(desk.url()).pathname;
  const intake = desk.getByRole('region', { name: 'Intake boeken aan de balie' });
  await expect(intake.getByTestId('escort-requested')).toHaveText('De inwoner vroeg om een ambassadeur die de eigen taal spreekt.');
  await expect(intake.getByTestId('intake-language')).toContainText('Arabisch');
  await expectAccessible(desk);

  // An ambassador calling the booking action directly is refused (403) and nothing changes.
  const bookFields = await formFields(browser, deskCtx, leadUrl, 'slotId');
  const slotSelect = intake.getByRole('combobox', { name: /^Intakemoment/ });
  const slotOption = slotSelect.locator('option', { hasText: place });
  const slotId = (await slotOption.getAttribute('value'))!;
  const ambCtx = await browser.newContext();
  const amb2 = await ambCtx.newPage();
  await login(amb2, 'ambassador2@wijkwerf.test');
  const refused = await amb2.request.post(leadUrl, { form: { ...bookFields, slotId, accompanied: 'on' }, maxRedirects: 0 });
  expect(refused.status()).toBe(403);
  await desk.reload();
  await expect(intake.getByTestId('intake-current')).toHaveText('Nog geen intake gepland.');

  await slotSelect.selectOption(slotId);
  await expect(intake.getByRole('checkbox', { name: 'Een ambassadeur gaat mee' })).toBeChecked();
  await intake.getByRole('button', { name: 'Intake boeken' }).click();
  await expect(intake.getByTestId('intake-current')).toContainText(place);

  // Asking an ambassador to go along: Fatima speaks Arabic and is suggested.
  const ambassadorSelect = intake.getByRole('combobox', { name: /^Ambassadeur/ });
  const fatima = ambassadorSelect.locator('option', { hasText: 'Fatima El Amrani' });
  await ambassadorSelect.selectOption((await fatima.getAttribute('value'))!);
  await intake.getByRole('button', { name: 'Vragen om mee te gaan' }).click();
  await expect(intake.getByTestId('escort-status')).toHaveText('Fatima El Amrani is gevraagd mee te gaan (nog geen antwoord)');

  // The checklist, ticked beforehand.
  await expect(intake.getByTestId('checklist-state')).toHaveText('checklist nog niet compleet');
  for (const item of ['Identiteitsbewijs', 'Verblijfsvergunning', 'Bewijs van adres', "Diploma's"]) await intake.getByRole('checkbox', { name: item }).check();
  await intake.getByRole('button', { name: 'Checklist opslaan' }).click();
  await expect(intake.getByTestId('checklist-state')).toHaveText('checklist compleet');
  await expectAccessible(desk);

  // The week on the calendar: who comes, in which language, with whom, checklist done.
  await visit(desk, `/staff/intake?week=${date}`);
  const slot = desk.getByTestId('intake-slot').filter({ hasText: place });
  await expect(slot).toContainText('19:15 uur');
  await expect(slot).toContainText('1 van 1 plaatsen bezet');
  await expect(slot).toContainText(name);
  await expect(slot).toContainText('Arabisch');
  await expect(slot).toContainText('Fatima El Amrani is gevraagd mee te gaan');
  await expect(slot).toContainText('checklist compleet');

  // 4. Another ambassador cannot answer for Fatima.
  const phoneCtx = await browser.newContext({ ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const amb = await phoneCtx.newPage();
  await login(amb, ACCOUNTS.ambassador);
  await expect(amb).toHaveURL(/\/ambassador$/);
  const answerFields = await (async () => {
    const html = await (await phoneCtx.request.get('/ambassador/intake')).text();
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.setContent(html);
    const item = page.getByTestId('my-intake').filter({ hasText: first });
    const form = item.locator('form').filter({ has: page.locator('input[name="answer"][value="accept"]') });
    const fields = await form.locator('input[type=hidden]').evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
    await ctx.close();
    return fields;
  })();
  expect(answerFields.escortId).toBeTruthy();
  await amb2.request.post('/ambassador/intake', { form: answerFields, maxRedirects: 0 });
  await ambCtx.close();

  // 5. Fatima on her phone: first name, time and place only; she goes along.
  await visit(amb, '/ambassador/intake');
  const item = amb.getByTestId('my-intake').filter({ hasText: first });
  await expect(item).toContainText(place);
  await expect(item).not.toContainText('Testpersoon');
  await expect(item).not.toContainText(phone.replace(/\s/g, '').slice(-6));
  await expect(item.getByTestId('my-intake-status')).toHaveText('U hebt nog niet geantwoord.');
  await item.getByRole('button', { name: 'Ik ga mee' }).click();
  await expect(item.getByTestId('my-intake-status')).toHaveText('U gaat mee.');
  await expectAccessible(amb);

  // It is in her calendar feed (without the resident's name).
  await amb.goto('/ambassador/shifts');
  const feedUrl = (await amb.getByRole('link', { name: 'Agenda downloaden' }).getAttribute('href'))!;
  const feed = await (await phoneCtx.request.get(new URL(feedUrl).pathname)).text();
  expect(feed).toContain(`LOCATION:${place}`);
  expect(feed).toMatch(/UID:intake-[0-9a-f-]+@wijkwerf/);
  expect(feed).not.toContain(first);

  // The caseworker sees that she goes along.
  await desk.goto(leadUrl);
  await expect(desk.getByRole('region', { name: 'Intake boeken aan de balie' }).getByTestId('escort-status')).toHaveText('Fatima El Amrani gaat mee');

  // 6. The intake she went along to earlier is claimable like a shift.
  await visit(amb, '/ambassador/expenses');
  const toClaim = amb.getByRole('region', { name: 'Nog aanvragen' }).getByRole('listitem').filter({ hasText: 'Meegaan naar intake' });
  await expect(toClaim).toHaveCount(1);
  await expect(toClaim).toContainText('Vergoeding: € 6,95');
  await toClaim.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'bon.png', mimeType: 'image/png', buffer: PNG });
  await toClaim.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
  await expect(amb).toHaveURL(/\/ambassador\/expenses\?aangevraagd=1/);
  const claim = amb.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: 'Meegaan naar intake' });
  await expect(claim).toHaveCount(1);
  await expect(claim).toContainText('Ingediend');
  await expectAccessible(amb);

  await phoneCtx.close();
  await deskCtx.close();
});

test('the association cannot see the intake calendar, and an ambassador cannot either', async ({ browser }) => {
  for (const email of [ACCOUNTS.association, ACCOUNTS.ambassador]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, email);
    const res = await page.goto('/staff/intake');
    expect(res?.status(), email).toBe(403);
    await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
    await expectAccessible(page);
    await ctx.close();
  }
});
