import path from 'node:path';
import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';

// The coordinator's coaching work (issue #12): a meeting with attendance and an obstacle, the
// ambassador claiming the meeting as a dagdeel, the city's agenda imported twice, and the gate.
// Uses fresh data of its own: a meeting yesterday, and events dated 2030 (e2e/fixtures/city-agenda.ics).

/** A day that has certainly passed in Amsterdam: yesterday in UTC. */
const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const AGENDA = path.join(import.meta.dirname, '..', 'fixtures', 'city-agenda.ics');
const OBSTACLE = 'Geen ruimte voor een kraam op de markt zonder vergunning (e2e)';

test('the coordinator plans an intervision meeting, marks attendance and records an obstacle; the ambassador claims the dagdeel', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/coaching');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching' })).toBeVisible();

  await page.getByLabel('Intervisie').check();
  await page.getByLabel('Datum').fill(yesterday);
  await page.getByLabel(/^Ochtend/).check();
  await page.getByLabel('Plaats').fill('Stadhuis, zaal 3 (e2e)');
  await page.getByLabel('Agenda').fill('Casusbespreking');
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page).toHaveURL(/\/staff\/coaching\/meetings\/[0-9a-f-]{36}\?done=meetingCreated$/);
  await expect(page.getByRole('status')).toContainText('De bijeenkomst is gepland.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Intervisie');
  await expectAccessible(page);
  const meetingUrl = page.url().split('?')[0]!;

  // Attendance: Fatima was there, Bilal was not.
  await page.getByLabel('Aanwezig: Fatima El Amrani').check();
  await page.getByLabel('Afwezig: Bilal Hussain').check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.getByText('De aanwezigheid is opgeslagen.')).toBeVisible();
  await expectAccessible(page);

  // An obstacle raised in the intervision.
  await page.getByRole('textbox', { name: /^Knelpunt/ }).fill(OBSTACLE);
  await page.getByRole('button', { name: 'Knelpunt vastleggen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het knelpunt is vastgelegd.' })).toBeVisible();
  await expect(page.getByTestId('meeting-obstacles')).toContainText(OBSTACLE);
  await expectAccessible(page);

  // The coordinator sees it among the open obstacles.
  await visit(page, '/staff/coaching');
  const open = page.getByTestId('open-obstacles').getByRole('row', { name: new RegExp(OBSTACLE.slice(0, 30)) });
  await expect(open).toContainText('Open');
  await expect(page.getByTestId('past-meetings').getByRole('row').filter({ hasText: 'Intervisie' }).first()).toContainText('1 aanwezig, 1 afwezig');

  // The ambassador claims the meeting like a shift, at the day's rate.
  const ctx = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const amb = await ctx.newPage();
  await login(amb, ACCOUNTS.ambassador);
  await visit(amb, '/ambassador/expenses');
  const item = amb.getByRole('region', { name: 'Nog aanvragen' }).getByRole('listitem').filter({ hasText: 'Bijeenkomst: intervisie' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Vergoeding: € 6,95');
  await expect(item.locator('time')).toHaveAttribute('datetime', yesterday);
  await item.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'bon.png', mimeType: 'image/png', buffer: PNG });
  await item.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
  await expect(amb).toHaveURL(/\/ambassador\/expenses\?aangevraagd=1/);
  await expect(amb.getByRole('region', { name: 'Nog aanvragen' }).getByText('Bijeenkomst: intervisie')).toHaveCount(0);
  await expect(amb.getByRole('region', { name: 'Mijn aanvragen' }).getByRole('listitem').filter({ hasText: 'Bijeenkomst: intervisie' })).toContainText('Ingediend');
  await expectAccessible(amb);
  await ctx.close();

  // The coordinator's queue labels it as a meeting; marking Fatima absent now is refused.
  await visit(page, '/staff/expenses?status=submitted');
  await expect(page.getByTestId('meeting-claim').filter({ hasText: 'Bijeenkomst: intervisie' }).first()).toBeVisible();
  await visit(page, meetingUrl);
  await page.getByLabel('Afwezig: Fatima El Amrani').check();
  await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
  await expect(page.locator('form [role="alert"]')).toContainText('heeft de bijeenkomst al gedeclareerd');

  // Resolving the obstacle takes it off the open list.
  await visit(page, '/staff/coaching');
  await open.getByLabel(/^Status van/).selectOption('resolved');
  await open.getByLabel('Oplossing').fill('Besproken met de markmeester: een kraam mag op vrijdag.');
  await open.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(OBSTACLE)).toHaveCount(0);
  }).toPass({ timeout: 15_000 });

  // The budget counts the intervision half-day.
  await visit(page, '/staff/coaching/budget');
  await expect(page.getByTestId('intervision-used')).toContainText(/\d+ van 20/);
  await expect(page.getByTestId('intervision-by-ambassador').getByRole('row', { name: /Fatima El Amrani/ })).toBeVisible();
});

test('importing the city agenda twice adds its events once', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/coaching/agenda');
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda van de gemeente importeren' })).toBeVisible();

  for (const [summary, done] of [
    ['3 evenementen: 3 nieuw, 0 gewijzigd, 0 ongewijzigd. 1 regels met een fout.', 'Klaar: 3 nieuw, 0 bijgewerkt, 0 ongewijzigd.'],
    ['3 evenementen: 0 nieuw, 0 gewijzigd, 3 ongewijzigd. 1 regels met een fout.', 'Klaar: 0 nieuw, 0 bijgewerkt, 3 ongewijzigd.'],
  ] as const) {
    await page.getByLabel('Bestand (.ics of .csv)').setInputFiles(AGENDA);
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await expect(page.getByTestId('agenda-summary')).toHaveText(summary);
    await expect(page.getByTestId('agenda-row-errors')).toContainText('Geen startdatum');
    await expect(page.getByTestId('agenda-preview')).toContainText('Ouderavond Basisschool De Regenboog (e2e)');
    await expectAccessible(page);
    await page.getByRole('button', { name: '3 evenementen importeren' }).click();
    await expect(page.getByTestId('agenda-imported')).toContainText(done);
  }

  await visit(page, '/staff/events');
  await expect(page.getByText('Koningsmarkt Stadshart (e2e)')).toHaveCount(1);
  await expect(page.getByText('Buurtfeest Meerzicht (e2e)')).toHaveCount(1);
});

test('caseworkers and ambassadors get 403 on the coaching pages, and a direct post is refused', async ({ browser }) => {
  // The real action id and fields from the coordinator's page (a plain form post needs no JavaScript).
  const coordCtx = await browser.newContext({ javaScriptEnabled: false });
  const coord = await coordCtx.newPage();
  await login(coord, ACCOUNTS.coordinator);
  await coord.goto('/staff/coaching');
  const form = coord.locator('form').filter({ has: coord.locator('input[name="place"]') });
  const fields = await form.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  expect(fields.base).toBe('/staff/coaching');
  await coordCtx.close();

  for (const role of ['caseworker', 'ambassador'] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await login(page, ACCOUNTS[role]);
    for (const url of ['/staff/coaching', '/staff/coaching/budget', '/staff/coaching/agenda']) {
      const res = await page.goto(url);
      expect(res?.status(), `${role} → ${url}`).toBe(403);
    }
    await expectAccessible(page);
    const post = await page.request.post('/staff/coaching', {
      form: { ...fields, kind: 'group', date: yesterday, dagdeel: 'morning', place: `Niet toegestaan (${role})` },
      maxRedirects: 0,
    });
    expect(post.status(), `${role} posting createMeeting`).toBe(403);
    await ctx.close();
  }
  // Nothing was planned by them.
  const check = await browser.newContext();
  const page = await check.newPage();
  await login(page, ACCOUNTS.coordinator);
  await page.goto('/staff/coaching');
  await expect(page.getByText('Niet toegestaan')).toHaveCount(0);
  await check.close();
});
