import { ACCOUNTS, expect, expectAccessible, login, openUserMenu, test, visit } from '../fixtures';
import { addShift, asCoordinator, assignByList, createEvent, day, shiftSection, unique } from '../shifts/helpers';

const SERVICE = 'Schuldhulpmaatje: hulp bij schulden';

/** The outbox as the administrator sees it (in a context of their own). */
async function outboxRows(browser: import('@playwright/test').Browser, template: string) {
  const ctx = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await ctx.newPage();
  await login(page, ACCOUNTS.admin);
  await visit(page, '/admin/outbox');
  await expect(page.getByRole('heading', { level: 1, name: 'Uitgaande berichten' })).toBeVisible();
  const rows = page.getByTestId('outbox').locator(`tr[data-template="${template}"]`);
  return { page, rows, close: () => ctx.close() };
}

test('a coordinator takes someone off a shift: the partner’s message waits in the outbox', async ({ browser }) => {
  const title = `Buurtmarkt berichten ${unique()}`;
  const coordinator = await asCoordinator(browser);
  const page = coordinator.page;
  await createEvent(page, { title, kind: 'Markt', startsOn: day(95), endsOn: day(95), place: 'Oranjeplein' });
  await addShift(page, day(95), 'afternoon');
  await assignByList(page, day(95), 'afternoon', 'Fatima El Amrani');
  await assignByList(page, day(95), 'afternoon', 'Ahmad Karimi');
  await shiftSection(page, day(95), 'afternoon').locator('summary', { hasText: 'Van dienst halen: Ahmad Karimi' }).click();
  await shiftSection(page, day(95), 'afternoon').getByRole('button', { name: 'Ja, haal Ahmad Karimi van de dienst' }).click();
  await expect(page.getByRole('status')).toContainText('Ahmad Karimi is van de dienst gehaald.');
  await coordinator.close();

  const admin = await outboxRows(browser, 'shiftChanged');
  const toFatima = admin.rows.filter({ hasText: title }).filter({ hasText: 'Fatima El Amrani' }).filter({ hasText: 'Ahmad komt niet naar jullie dienst.' });
  await expect(toFatima).toHaveCount(1);
  await expect(toFatima).toContainText('Je dienst is gewijzigd');
  await expect(toFatima).toContainText('Oranjeplein');
  await expect(toFatima).toContainText('Wacht');
  await expect(toFatima).toContainText('/account/notifications');
  // Ahmad hears he was taken off.
  await expect(admin.rows.filter({ hasText: title }).filter({ hasText: 'Ahmad Karimi' }).filter({ hasText: 'De projectmedewerker heeft je van je dienst gehaald.' })).toHaveCount(1);
  await admin.close();
});

test('an organisation confirms a referral through its link, without login; the ambassador sees "In contact"', async ({ page, browser }) => {
  const firstName = `Noor${String(Date.now()).slice(-5)}`;
  await login(page, ACCOUNTS.ambassador);
  await page.goto('/ambassador/social-map?q=schulden');
  await page.getByRole('link', { name: SERVICE }).click();
  await page.getByLabel('Iemand anders: voornaam en telefoon').check();
  await page.getByLabel('Voornaam', { exact: true }).fill(firstName);
  await page.getByLabel('Telefoonnummer', { exact: true }).fill('06 1998 1234');
  await page.getByLabel(/De inwoner vindt het goed/).check();
  await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await expect(page).toHaveURL(/\/ambassador\/referrals\/[0-9a-f-]{36}\?sent=1$/);

  // The notice names the service, never the resident; its link is the organisation's way in.
  const admin = await outboxRows(browser, 'referralNotice');
  const notice = admin.rows.first();
  await expect(notice).toContainText(`Nieuwe verwijzing voor ${SERVICE}`);
  await expect(notice).not.toContainText(firstName);
  const text = (await notice.locator('pre').textContent())!;
  const link = new URL(text.match(/https?:\/\/\S+\/verwijzing\/\S+/)![0]);
  await admin.close();

  // The organisation, without JavaScript and without an account.
  const org = await browser.newContext({ javaScriptEnabled: false, locale: 'nl-NL' });
  const op = await org.newPage();
  await op.goto(link.pathname);
  await expect(op.getByRole('heading', { level: 1, name: `Verwijzing naar ${SERVICE}` })).toBeVisible();
  await expect(op.getByText(firstName)).toBeVisible();
  await expectAccessible(op, { javaScript: false });
  // A tampered link shows nothing.
  await op.goto(link.pathname.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
  await expect(op.getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' })).toBeVisible();
  await expect(op.getByText(firstName)).toHaveCount(0);
  await op.goto(link.pathname);
  await op.getByRole('button', { name: 'Ik heb contact opgenomen' }).click();
  await expect(op.getByRole('status')).toContainText('De verwijzer ziet nu dat u contact heeft opgenomen.');
  // Used once: the link no longer opens the details.
  await op.goto(link.pathname);
  await expect(op.getByRole('heading', { level: 1, name: /Deze (link werkt niet|verwijzing is al beantwoord)/ })).toBeVisible();
  await expect(op.getByText(firstName)).toHaveCount(0);
  await org.close();

  await visit(page, '/ambassador/referrals');
  await expect(page.getByRole('row', { name: new RegExp(firstName) })).toContainText('In contact');
});

test('an ambassador turns off the coordinator’s messages; the coordinator writes to everyone', async ({ page, browser }) => {
  await login(page, ACCOUNTS.ambassador);
  await (await openUserMenu(page)).getByRole('link', { name: 'Mijn berichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn berichten' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Berichten van de projectmedewerker').uncheck();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Uw keuzes zijn opgeslagen.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Berichten van de projectmedewerker')).not.toBeChecked();
  await expect(page.getByLabel('Herinnering de dag voor mijn dienst')).toBeChecked();

  const note = `Zaterdag is de training verplaatst ${unique()}`;
  const coordinator = await asCoordinator(browser);
  await coordinator.page.getByRole('textbox', { name: /^Bericht/ }).fill(note);
  await coordinator.page.getByLabel('Alle actieve ambassadeurs').check();
  await coordinator.page.getByRole('button', { name: 'Versturen' }).click();
  await expect(coordinator.page.getByText('Het bericht staat klaar om te versturen.')).toBeVisible();
  await expectAccessible(coordinator.page);
  await coordinator.close();

  const admin = await outboxRows(browser, 'coordinatorMessage');
  const sent = admin.rows.filter({ hasText: note });
  await expect(sent.filter({ hasText: 'Ahmad Karimi' })).toHaveCount(1);
  await expect(sent.filter({ hasText: 'Fatima El Amrani' })).toHaveCount(0);
  await admin.close();

  // Back as it was, for the other journeys.
  await page.getByLabel('Berichten van de projectmedewerker').check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Uw keuzes zijn opgeslagen.')).toBeVisible();
});

test('only the administrator reads the outbox', async ({ page }) => {
  for (const role of ['coordinator', 'ambassador', 'association'] as const) {
    await login(page, ACCOUNTS[role]);
    const res = await page.goto('/admin/outbox');
    expect(res?.status(), role).toBe(403);
    await page.context().clearCookies();
  }
  const anonymous = await page.goto('/admin/outbox');
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Foutbox/);
  expect(anonymous?.status()).toBe(200);
});
