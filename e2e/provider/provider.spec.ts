import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, type DemoRole, expect, expectAccessible, login, test, visit } from '../fixtures';

/**
 * The language provider (taalaanbieder): sees only the residents referred to its own school,
 * reports a signed course plan — which moves the lead's step and the project worker's target
 * figure — and keeps its catalogue; another provider cannot open or change that resident; staff
 * and ambassadors have no way into /provider. The demo's provider@ is Taalschool De Brug,
 * provider2@ Taalhuis Meerzicht, each with residents at "Aanbod gedaan" (lib/demo).
 */

async function as(browser: Browser, role: DemoRole | 'provider2', javaScriptEnabled = true): Promise<Page> {
  const ctx = await browser.newContext({ javaScriptEnabled });
  const page = await ctx.newPage();
  await login(page, role === 'provider2' ? 'provider2@wijkwerf.test' : ACCOUNTS[role]);
  return page;
}

/** The residents' record links of the provider's start page. */
async function residentLinks(page: Page): Promise<string[]> {
  await visit(page, '/provider');
  return page.getByTestId('provider-residents').locator('a[href^="/provider/residents/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** The project worker's headline figure: plans signed in the current period. */
async function signedFigure(page: Page): Promise<number> {
  await page.goto('/staff');
  const text = await page.getByTestId('target-progress-figure').innerText();
  return Number(text.match(/(\d+) van \d+ trajectplannen getekend/)![1]);
}

test('a provider reports a signed plan for its own resident; the target figure moves; another provider cannot see or change it', async ({ browser }) => {
  test.setTimeout(240_000);
  const provider = await as(browser, 'provider');
  await expect(provider).toHaveURL(/\/provider$/);
  await expect(provider.getByRole('heading', { level: 1 })).toContainText('Welkom');
  const mine = await residentLinks(provider);
  expect(mine.length).toBeGreaterThan(0);

  const other = await as(browser, 'provider2');
  const theirs = await residentLinks(other);
  expect(theirs.length).toBeGreaterThan(0);
  expect(mine.filter((href) => theirs.includes(href)), 'no resident on both providers\' lists').toEqual([]);

  // A resident of ours at "Aanbod gedaan".
  const row = provider.getByTestId('provider-residents').getByRole('row').filter({ hasText: 'Aanbod gedaan' }).first();
  const href = (await row.getByRole('link').getAttribute('href'))!;
  const name = await row.getByRole('link').innerText();

  // The other provider gets a 404 for that resident's page, and its direct post changes nothing.
  const res = await other.goto(href);
  expect(res?.status(), 'another provider opens our resident').toBe(404);
  await expectAccessible(other);
  const noJs = await as(browser, 'provider', false);
  await noJs.goto(href);
  const signedForm = noJs.locator('form').filter({ has: noJs.locator('input[name="planSignedOn"]') });
  const fields = await signedForm.locator('input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  const post = await other.request.post('/provider', { form: { ...fields, planSignedOn: '2026-12-01' }, maxRedirects: 0 });
  expect(post.status()).toBeLessThan(500);
  await noJs.context().close();

  const coordinator = await as(browser, 'coordinator');
  const before = await signedFigure(coordinator);

  await visit(provider, href);
  await expect(provider.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(provider.getByTestId('resident-step')).toContainText('Aanbod gedaan');
  const signed = provider.getByRole('region', { name: 'Trajectplan getekend' });
  await expect(signed.getByLabel('Datum van tekenen')).not.toHaveValue('');
  await signed.getByRole('button', { name: 'Getekend plan doorgeven' }).click();
  await expect(provider.getByTestId('resident-step')).toContainText('Trajectplan getekend');
  await expect(provider.getByRole('region', { name: 'Stappen' })).toContainText('Trajectplan getekend');
  await expectAccessible(provider);

  expect(await signedFigure(coordinator), 'the target figure counts the plan the provider reported').toBe(before + 1);
  // The lead's page names the provider's account as who made the step.
  await coordinator.goto(href.replace('/provider/residents/', '/staff/leads/'));
  await expect(coordinator.getByText('Marieke Jansen').first()).toBeVisible();

  // Next: the course started; the same step again is refused (forward only).
  await provider.getByRole('button', { name: 'Cursus is gestart' }).click();
  await expect(provider.getByTestId('resident-step')).toContainText('Cursus gestart');
  await expect(provider.getByRole('button', { name: 'Cursus is gestart' })).toHaveCount(0);
  await expect(provider.getByRole('button', { name: 'Cursus is afgerond' })).toBeVisible();

  // Still not for the other provider.
  expect((await other.goto(href))?.status()).toBe(404);
  await Promise.all([provider, other, coordinator].map((p) => p.context().close()));
});

test('the provider keeps its own catalogue and nominates an ambassador; ambassadors see the catalogue on their phone', async ({ browser }) => {
  test.setTimeout(180_000);
  const u = Date.now().toString(36);
  const provider = await as(browser, 'provider');
  await visit(provider, '/provider/courses');
  await expect(provider.getByRole('heading', { level: 1, name: 'Mijn cursussen' })).toBeVisible();
  await expect(provider.getByText('Inburgering B1-route')).toBeVisible();
  await expect(provider.getByText('Z-route (zelfredzaamheid)'), 'another provider\'s course').toHaveCount(0);
  const form = provider.getByRole('region', { name: 'Nieuwe cursus' });
  await form.getByLabel('Naam van de cursus').fill(`Alfabetisering ${u}`);
  await form.getByLabel('Niveau').selectOption('A0');
  await form.getByLabel('Plaats (adres)').fill('Buurthuis De Leyens');
  await form.getByLabel('Dagen en tijden').fill('do 9.00-11.00');
  await form.getByLabel('Er is kinderopvang').check();
  await form.getByLabel('Plaatsen vrij').fill('5');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(provider.getByText(`Alfabetisering ${u} (A0, Buurthuis De Leyens)`)).toBeVisible();
  await expectAccessible(provider);

  await visit(provider, '/provider/nominate');
  await provider.getByRole('textbox', { name: /^Naam/ }).fill(`Yasmina ${u}`);
  await provider.getByLabel('Telefoon').fill('06 12345678');
  await provider.getByLabel('Waarom past deze persoon als ambassadeur?').fill('Helpt al andere cursisten in de klas.');
  await provider.getByRole('button', { name: 'Voordragen' }).click();
  await expect(provider.getByText('Vraag eerst of de persoon het goed vindt.').first()).toBeVisible();
  await provider.getByLabel('De persoon vindt het goed dat de gemeente contact opneemt').check();
  await provider.getByRole('button', { name: 'Voordragen' }).click();
  await expect(provider.getByText('Bedankt. De persoon staat nu als kandidaat bij de gemeente.')).toBeVisible();
  await expectAccessible(provider);
  await provider.context().close();

  const ambassador = await browser.newContext({ viewport: { width: 390, height: 844 } }).then((c) => c.newPage());
  await login(ambassador, ACCOUNTS.ambassador);
  await visit(ambassador, '/ambassador/courses');
  const catalogue = ambassador.getByTestId('course-catalogue');
  await expect(catalogue).toContainText(`Alfabetisering ${u}`);
  await expect(catalogue).toContainText('Z-route (zelfredzaamheid)');
  await expect(catalogue).toContainText('Met kinderopvang');
  await ambassador.context().close();
});

for (const role of ['caseworker', 'ambassador', 'coordinator'] as const) {
  test(`a ${role} gets 403 on the provider's pages`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    for (const url of ['/provider', '/provider/courses', '/provider/nominate', '/provider/residents/00000000-0000-4000-8000-000000000000']) {
      const res = await page.goto(url);
      expect(res?.status(), `${role} → ${url}`).toBe(403);
    }
  });
}
