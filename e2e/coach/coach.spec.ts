import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, type DemoRole, expect, expectAccessible, login, test, visit } from '../fixtures';
import { unique } from '../shifts/helpers';

/**
 * The coaching bureau's begeleider: the two-weekly review of an ambassador (figures prefilled,
 * agreements, private notes), the coaching log and the development goal; the ambassador sees the
 * agreements and never the notes; the coordinator sees which reviews are due; the coach never
 * sees a resident's contact details and none of the staff pages.
 */

const AMBASSADOR = 'Fatima El Amrani';
/** Demo residents' numbers (lib/demo: +31 6 19xx xxxx), however written. */
const DEMO_PHONE = /(\+31\s?6\s?19\d{2}\s?\d{4})|(\b06[\s-]?19\d{2}[\s-]?\d{4})/;

async function as(browser: Browser, role: DemoRole, javaScriptEnabled = true): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled });
  const page = await ctx.newPage();
  await login(page, ACCOUNTS[role]);
  return page;
}

/** Visits a coach page, checks it with axe and that no resident's phone number is anywhere in its HTML. */
async function visitClean(page: Page, url: string) {
  const res = await visit(page, url);
  expect(res?.status(), url).toBe(200);
  expect(await page.content(), `a demo phone number on ${url}`).not.toMatch(DEMO_PHONE);
}

let recordUrl = '';

test('the coach reviews an ambassador; the ambassador sees the agreement but never the note; the next review ticks it off', async ({ browser }) => {
  test.setTimeout(240_000);
  const u = unique();
  const agreement = `Twee keer flyeren bij de school ${u}`;
  const note = `Privé: zorgen over de thuissituatie ${u}`;
  const coach = await as(browser, 'coach');
  await expect(coach).toHaveURL(/\/coach$/);
  await visitClean(coach, '/coach');
  await expect(coach.getByRole('heading', { name: /Evaluaties die nu moeten/ })).toBeVisible();
  await expect(coach.getByTestId('coach-ambassadors')).toContainText(AMBASSADOR);

  // The ambassador's record: figures, shifts; then the review form with the window's figures.
  await coach.getByTestId('coach-ambassadors').getByRole('link', { name: AMBASSADOR }).click();
  await expect(coach.getByRole('heading', { level: 1, name: AMBASSADOR })).toBeVisible();
  recordUrl = new URL(coach.url()).pathname;
  await visitClean(coach, recordUrl);
  await coach.getByRole('link', { name: 'Evaluatie doen' }).click();
  await expect(coach.getByRole('heading', { level: 1, name: `Evaluatie met ${AMBASSADOR}` })).toBeVisible();
  await visitClean(coach, `${recordUrl}/review`);
  for (const id of ['figure-contacts', 'figure-signups', 'figure-plans', 'figure-shifts', 'figure-target']) {
    await expect(coach.getByTestId(id)).toBeVisible();
  }
  await coach.getByLabel(/Nieuwe afspraken/).fill(`${agreement}\nCV meenemen naar het gesprek ${u}`);
  await coach.getByLabel('Notities (privé)').fill(note);
  await coach.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(coach.getByText('De evaluatie is opgeslagen.')).toBeVisible();
  const latest = coach.getByTestId('review').first();
  await expect(latest).toContainText(agreement);
  await expect(latest.getByTestId('review-notes')).toHaveText(note);
  await expect(coach.getByTestId('next-review')).toContainText('Later');
  await expectAccessible(coach);

  // The coaching log and the development goal.
  await coach.getByLabel('Duur in minuten').fill('90');
  await coach.getByLabel('Onderwerp').selectOption({ label: 'Solliciteren' });
  await coach.getByLabel('Korte notitie').fill(`Brief voor de bibliotheek ${u}`);
  await coach.getByRole('button', { name: 'Gesprek opslaan' }).click();
  await expect(coach.getByText('Het gesprek is opgeslagen.')).toBeVisible();
  await expect(coach.getByTestId('coaching-log')).toContainText(`Brief voor de bibliotheek ${u}`);
  await coach.getByRole('textbox', { name: /^Doel/ }).fill(`Betaald werk in de dienstverlening ${u}`);
  await coach.getByRole('button', { name: 'Doel opslaan' }).click();
  await expect(coach.getByTestId('goal')).toHaveText(`Betaald werk in de dienstverlening ${u}`);
  await coach.getByLabel('Wat is er gebeurd?').fill(`Open dag bezocht ${u}`);
  await coach.getByRole('button', { name: 'Voortgang opslaan' }).click();
  await expect(coach.getByTestId('goal-notes')).toContainText(`Open dag bezocht ${u}`);
  await expectAccessible(coach);
  await visitClean(coach, '/coach/settings');

  // The ambassador sees the agreements, not the note.
  const amb = await as(browser, 'ambassador');
  await visit(amb, '/ambassador/agreements');
  await expect(amb.getByTestId('my-agreements')).toContainText(agreement);
  await expect(amb.getByTestId('my-agreements')).toContainText('Staat open');
  const html = await amb.content();
  expect(html).not.toContain('thuissituatie');
  expect(html).not.toContain(`Brief voor de bibliotheek ${u}`);

  // The next review shows the agreements to tick off: one done, the other not.
  await visitClean(coach, `${recordUrl}/review`);
  await coach.getByLabel(new RegExp(`^${agreement}`)).check();
  await coach.getByRole('button', { name: 'Evaluatie opslaan' }).click();
  await expect(coach.getByText('De evaluatie is opgeslagen.')).toBeVisible();
  const previous = coach.getByTestId('review').nth(1);
  await expect(previous.getByRole('listitem').filter({ hasText: agreement })).toContainText('Gedaan');
  await expect(previous.getByRole('listitem').filter({ hasText: `CV meenemen naar het gesprek ${u}` })).toContainText('Niet gedaan');
  await amb.reload();
  await expect(amb.getByTestId('my-agreements').getByRole('listitem').filter({ hasText: agreement })).toContainText('Gedaan');
  await expectAccessible(amb);
  await coach.context().close();
  await amb.context().close();
});

test('the coordinator sees the due and overdue reviews on the corps page', async ({ browser }) => {
  const coord = await as(browser, 'coordinator');
  await visit(coord, '/staff/ambassadors');
  const due = coord.getByTestId('due-reviews');
  await expect(coord.getByRole('heading', { name: /Evaluaties die nu moeten/ })).toBeVisible();
  // The demo's other ambassadors were never reviewed: overdue. Fatima was reviewed today: not listed.
  await expect(due).toContainText('Ahmad Karimi');
  await expect(due).toContainText(/dagen te laat/);
  await expect(due).not.toContainText(AMBASSADOR);
  await coord.context().close();
});

test('the coach gets 403 on the lead list and the staff pages; other roles get 403 on the coach pages', async ({ browser }) => {
  const coach = await as(browser, 'coach');
  for (const url of ['/staff', '/staff/leads', '/staff/ambassadors', '/staff/targets', '/ambassador/agreements', '/admin/audit']) {
    const res = await coach.goto(url);
    expect(res?.status(), `coach → ${url}`).toBe(403);
  }
  const csv = await coach.request.get('/staff/leads/export', { maxRedirects: 0 });
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toMatch(DEMO_PHONE);
  await expect(coach.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
  await expectAccessible(coach);
  await coach.context().close();

  const target = recordUrl || '/coach/ambassadors/00000000-0000-0000-0000-000000000000';
  for (const role of ['caseworker', 'ambassador', 'coordinator', 'association'] as const) {
    const page = await as(browser, role);
    for (const url of ['/coach', '/coach/settings', target, `${target}/review`]) {
      const res = await page.goto(url);
      expect(res?.status(), `${role} → ${url}`).toBe(403);
    }
    await page.context().close();
  }
});

test('posting the review action directly as the ambassador or the caseworker is refused and records nothing', async ({ browser }) => {
  test.skip(!recordUrl, 'needs the first journey');
  const coach = await as(browser, 'coach', false);
  await coach.goto(`${recordUrl}/review`);
  const form = coach.locator('form').filter({ has: coach.locator('textarea[name="notes"]') });
  const fields = await form.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  expect(fields.ambassadorId).toBeTruthy();
  await coach.goto(recordUrl);
  const before = await coach.getByTestId('review').count();

  for (const role of ['ambassador', 'caseworker'] as const) {
    const page = await as(browser, role);
    // Posted to the page the action belongs to (Next.js refuses an action id unknown to the route with 409).
    const res = await page.request.post(`${recordUrl}/review`, { form: { ...fields, agreements: 'Ingeschoven afspraak', notes: 'x' }, maxRedirects: 0 });
    expect(res.status(), `${role} posting the review`).toBe(403);
    await page.context().close();
  }
  await coach.reload();
  await expect(coach.getByTestId('review')).toHaveCount(before);
  await coach.context().close();
});

test('the coach plans a group meeting and records an obstacle under /coach; the coordinator sees it open', async ({ browser }) => {
  const obstacle = `Te weinig folders in het Tigrinya ${unique()}`;
  const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
  const coach = await as(browser, 'coach');
  await visitClean(coach, '/coach/coaching');
  await expectAccessible(coach);
  await coach.getByLabel('Groepsbijeenkomst').check();
  await coach.getByLabel('Datum').fill(yesterday);
  await coach.getByLabel(/^Middag/).check();
  await coach.getByLabel('Plaats').fill('Bureau van de begeleiders (e2e)');
  await coach.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(coach).toHaveURL(/\/coach\/coaching\/meetings\/[0-9a-f-]{36}\?done=meetingCreated$/);
  expect(await coach.content()).not.toMatch(DEMO_PHONE);
  await coach.getByRole('textbox', { name: /^Knelpunt/ }).fill(obstacle);
  await coach.getByRole('button', { name: 'Knelpunt vastleggen' }).click();
  await expect(coach.getByTestId('meeting-obstacles')).toContainText(obstacle);
  await expectAccessible(coach);
  await visitClean(coach, '/coach/coaching/budget');
  await expect(coach.getByTestId('coaching-hours-used')).toContainText('uur');
  await coach.context().close();

  const coordinator = await as(browser, 'coordinator');
  await visit(coordinator, '/staff/coaching');
  await expect(coordinator.getByTestId('open-obstacles').getByRole('row', { name: new RegExp(obstacle) })).toContainText('Open');
  await coordinator.context().close();
});
