import { ACCOUNTS, expect, expectAccessible, login, test, visit } from '../fixtures';
import { addShift, assignByList, asCoordinator, createEvent, day, shiftSection, unique } from '../shifts/helpers';

/**
 * The corps from candidate to stopped: the coordinator adds a candidate, records the interview and
 * the VOG, activates them (confirming the NT2 warning) and creates the invite; the ambassador sets
 * a password via the link, signs in and accepts the agreement; the coordinator stops them for paid
 * work and their shift is released (the event page shows the open place next to the partner).
 */
test('a candidate becomes an active ambassador through an invite, then stops for paid work and their shift is released', async ({ browser }) => {
  test.setTimeout(300_000);
  const u = unique();
  const name = `Amal Corps ${u}`;
  const email = `amal-${u}@example.nl`;
  const password = `een zin als wachtwoord ${u}`;
  const coord = await asCoordinator(browser);
  const page = coord.page;

  // Add the candidate.
  await visit(page, '/staff/ambassadors');
  await page.getByRole('link', { name: 'Nieuwe ambassadeur toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe ambassadeur' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('textbox', { name: /^Naam\b/ }).fill(name);
  await page.getByLabel('Arabisch', { exact: true }).check();
  await page.getByLabel('NT2-niveau').selectOption('A1');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(page.getByTestId('done')).toContainText('De kandidaat is toegevoegd.');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const ambassadorUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId('eligibility')).toContainText('Er is nog geen VOG ontvangen.');
  await expectAccessible(page);

  // Interview and VOG.
  const interview = page.locator('section#interview, section[aria-labelledby="interview-title"]');
  await interview.getByLabel('Datum van het gesprek').fill(day(-7));
  await interview.getByLabel('Wie voerden het gesprek?').fill('Projectleider en consulent');
  await interview.getByLabel('Geschikt', { exact: true }).check();
  await interview.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(page.getByTestId('done')).toContainText('Het gesprek is opgeslagen.');
  await expect(page.getByRole('table', { name: 'Gesprekken' })).toContainText('Projectleider en consulent');

  const vog = page.locator('section[aria-labelledby="vog-title"]');
  await vog.getByLabel('Aangevraagd op').fill(day(-6));
  await vog.getByLabel('Ontvangen op').fill(day(-1));
  await vog.getByLabel('Kosten in euro').fill('0');
  await vog.getByRole('button', { name: 'VOG opslaan' }).click();
  await expect(page.getByTestId('done')).toContainText('De VOG-gegevens zijn opgeslagen.');

  // Activate: the NT2 warning must be confirmed first.
  const lifecycle = page.locator('section[aria-labelledby="lifecycle-title"]');
  await expect(lifecycle.getByTestId('nt2-warning')).toBeVisible();
  await lifecycle.getByLabel('Naar stap').selectOption({ label: 'Actief' });
  await lifecycle.getByRole('button', { name: 'Stap opslaan' }).click();
  await expect(lifecycle.locator('form [role="alert"]')).toContainText('Vink aan dat u de ambassadeur toch actief maakt');
  await lifecycle.getByLabel(/Ik weet dat het NT2-niveau lager is dan A2/).check();
  await lifecycle.getByRole('button', { name: 'Stap opslaan' }).click();
  await expect(page.getByTestId('done')).toContainText('De stap is opgeslagen.');
  await expect(page.getByTestId('status')).toHaveText('Stap nu: Actief');
  // Active with a VOG, but not yet trained: not schedulable, and the page says why.
  await expect(page.getByTestId('eligibility')).toContainText('De verplichte training is nog niet af.');

  // The required training: the coordinator records them present at a session of each required module.
  await visit(page, '/staff/training');
  const required = await page
    .getByTestId('module-progress')
    .getByRole('row')
    .evaluateAll((rows) => (rows as HTMLTableRowElement[]).filter((r) => r.cells[1]?.textContent?.trim() === 'Verplicht').map((r) => r.cells[0]!.textContent!.trim()));
  expect(required.length).toBeGreaterThan(0);
  const sessions = await page
    .getByTestId('past-sessions')
    .getByRole('row')
    .evaluateAll((rows) => (rows as HTMLTableRowElement[]).map((r) => ({ href: r.querySelector('a')?.getAttribute('href') ?? '', module: r.cells[1]?.textContent?.trim() ?? '' })));
  for (const module of required) {
    const session = sessions.find((s) => s.module === module && s.href);
    expect(session, `a past session of ${module}`).toBeTruthy();
    await page.goto(session!.href);
    await page.getByLabel(`Aanwezig: ${name}`).check();
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await expect(page.getByRole('status')).toBeVisible();
  }
  await visit(page, ambassadorUrl);
  await expect(page.getByTestId('eligibility')).toContainText('Kan worden ingeroosterd');
  await expect(page.getByTestId('history')).toContainText('Kandidaat');

  // The invite: the link is shown once.
  await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  const link = await page.getByTestId('invite-link').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expectAccessible(page);

  // A shift with a partner (the demo ambassador), and the new ambassador on it.
  const date = day(9);
  await createEvent(page, { title: `Schoolplein ${u}`, kind: 'School', startsOn: date, endsOn: date, place: 'Basisschool De Regenboog' });
  const eventUrl = new URL(page.url()).pathname;
  await addShift(page, date, 'afternoon', 2);
  await assignByList(page, date, 'afternoon', name);
  await assignByList(page, date, 'afternoon', 'Fatima El Amrani');
  await expect(page.getByTestId('not-offered')).not.toContainText(name);

  // The ambassador sets a password through the link, signs in and accepts the agreement.
  const ctx = await browser.newContext();
  const amb = await ctx.newPage();
  await amb.goto(new URL(link).pathname);
  await expect(amb.getByRole('heading', { level: 1, name: 'Kies uw wachtwoord' })).toBeVisible();
  await expectAccessible(amb);
  await amb.getByLabel('Nieuw wachtwoord').fill(password);
  await amb.getByLabel('Typ het wachtwoord nog een keer').fill(password);
  await amb.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(amb.getByTestId('activated')).toBeVisible();
  // The link works once.
  await amb.goto(new URL(link).pathname);
  await expect(amb.getByTestId('invite-invalid')).toBeVisible();
  await expectAccessible(amb);
  await login(amb, email, password);
  await expect(amb).toHaveURL(/\/ambassador$/);
  await expect(amb.getByTestId('agreement-pending')).toBeVisible();
  await amb.getByRole('link', { name: 'Naar de overeenkomst' }).click();
  await expect(amb.getByRole('heading', { level: 1, name: 'Mijn pas, kleding en afspraken' })).toBeVisible();
  await expectAccessible(amb);
  await amb.getByRole('button', { name: 'Ik ga akkoord met de vrijwilligersovereenkomst' }).click();
  await expect(amb.getByTestId('agreement-accepted')).toContainText('versie 2026-1');
  await amb.goto('/ambassador');
  await expect(amb.getByTestId('agreement-pending')).toHaveCount(0);

  // The coordinator sees the acceptance, then stops the ambassador for paid work.
  await page.goto(ambassadorUrl);
  await expect(page.getByTestId('agreement-status')).toContainText('akkoord gegeven');
  await expect(page.getByTestId('account-status')).toContainText(email);
  await page.getByText('Stoppen', { exact: true }).click();
  const stop = page.locator('form').filter({ has: page.getByRole('button', { name: 'Ambassadeur stoppen' }) });
  await stop.getByLabel('Betaald werk').check();
  await stop.getByRole('button', { name: 'Ambassadeur stoppen' }).click();
  await expect(page.getByTestId('done')).toContainText('1 dienst is vrijgegeven');
  await expect(page.getByTestId('status')).toHaveText('Stap nu: Gestopt');
  await expect(page.getByTestId('account-status')).toContainText('Het account is uitgezet.');
  await expect(page.getByTestId('history')).toContainText('Gestopt (Betaald werk)');

  // The gap: the partner is still on the shift, one place is open again.
  await visit(page, eventUrl);
  const shift = shiftSection(page, date, 'afternoon');
  await expect(shift).toContainText('1 van 2');
  await expect(shift.locator('[data-testid^="assignee-"]')).toHaveCount(1);
  await expect(shift.locator('[data-testid^="assignee-"]')).toContainText('Fatima El Amrani');

  // Counted as a programme result next to the demo's two.
  await visit(page, '/staff/ambassadors');
  await expect(page.getByTestId('programme-result')).toContainText('3 ambassadeurs gingen door');

  // The ambassador's session has ended.
  await amb.goto('/ambassador');
  await expect(amb).toHaveURL(/\/login/);
  await ctx.close();
  await coord.close();
});

test('an ambassador who is active but has no VOG is not offered, and the event page says why', async ({ browser }) => {
  const u = unique();
  const name = `Zonder VOG ${u}`;
  const coord = await asCoordinator(browser);
  const page = coord.page;
  await page.goto('/staff/ambassadors/new');
  await page.getByRole('textbox', { name: /^Naam\b/ }).fill(name);
  await page.getByLabel('NT2-niveau').selectOption('B1');
  await page.getByRole('button', { name: 'Kandidaat toevoegen' }).click();
  await expect(page.getByTestId('done')).toBeVisible();
  await page.getByLabel('Naar stap').selectOption({ label: 'Actief' });
  await page.getByRole('button', { name: 'Stap opslaan' }).click();
  await expect(page.getByTestId('status')).toHaveText('Stap nu: Actief');
  await expect(page.getByTestId('vog-status')).toContainText('Er is nog geen VOG ontvangen.');

  const date = day(10);
  await createEvent(page, { title: `Markt ${u}`, kind: 'Markt', startsOn: date, endsOn: date, place: 'Stadshart' });
  await addShift(page, date, 'morning', 2);
  await expect(shiftSection(page, date, 'morning').getByLabel('Andere ambassadeur indelen').locator('option', { hasText: name })).toHaveCount(0);
  await expect(page.getByTestId('not-offered')).toContainText(`${name} (Actief): Er is nog geen VOG ontvangen.`);
  await expectAccessible(page);

  // Leave the demo's corps as it was (21 active): stop this one again.
  await page.getByTestId('not-offered').getByRole('link', { name }).click();
  await page.getByText('Stoppen', { exact: true }).click();
  await page.getByLabel('Andere reden').check();
  await page.getByRole('button', { name: 'Ambassadeur stoppen' }).click();
  await expect(page.getByTestId('status')).toHaveText('Stap nu: Gestopt');
  await coord.close();
});

test('caseworkers and ambassadors get 403 on the corps pages; an unknown invite link says it does not work', async ({ browser }) => {
  const coord = await asCoordinator(browser);
  await coord.page.goto('/staff/ambassadors');
  const detail = (await coord.page.locator('table a[href^="/staff/ambassadors/"]').first().getAttribute('href'))!;
  await coord.close();
  for (const role of ['caseworker', 'ambassador'] as const) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await login(p, ACCOUNTS[role]);
    for (const path of ['/staff/ambassadors', '/staff/ambassadors/new', detail]) {
      const res = await p.goto(path);
      expect(res?.status(), `${role} → ${path}`).toBe(403);
    }
    await ctx.close();
  }
  const ctx = await browser.newContext();
  const anon = await ctx.newPage();
  const res = await visit(anon, `/invite/${'A'.repeat(43)}`);
  expect(res?.status()).toBe(200);
  await expect(anon.getByTestId('invite-invalid')).toBeVisible();
  await ctx.close();
});

test('posting the stop action directly as a caseworker or an ambassador is refused and the ambassador stays active', async ({ browser }) => {
  // The real action id from the coordinator's page (a plain form post needs no JavaScript).
  const coordCtx = await browser.newContext({ javaScriptEnabled: false });
  const coord = await coordCtx.newPage();
  await login(coord, ACCOUNTS.coordinator);
  await coord.goto('/staff/ambassadors');
  const row = coord.getByRole('row').filter({ has: coord.getByRole('rowheader', { name: 'Ayşe Yılmaz', exact: true }) });
  await row.getByRole('link').click();
  const path = new URL(coord.url()).pathname;
  await expect(coord.getByTestId('status')).toHaveText('Stap nu: Actief');
  await expectAccessible(coord, { javaScript: false });
  // The stop form sits in a closed <details>: find it by its fields, not by its (hidden) button.
  const form = coord.locator('form:has(input[name="stoppedOn"])');
  const fields = await form
    .locator('input[type=hidden]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
  expect(fields.ambassadorId).toMatch(/^[0-9a-f-]{36}$/);

  for (const role of ['caseworker', 'ambassador'] as const) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await login(p, ACCOUNTS[role]);
    const res = await p.request.post(path, { form: { ...fields, stoppedOn: '2026-12-01', reason: 'paid_work' }, maxRedirects: 0 });
    expect(res.status(), `${role} calling stop`).toBe(403);
    await ctx.close();
  }
  await coord.reload();
  await expect(coord.getByTestId('status')).toHaveText('Stap nu: Actief');
  await coordCtx.close();
});

