import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

async function publicSignUp(page: Page, name: string, phone: string) {
  await page.goto('/');
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('Telefoonnummer').fill(phone);
  await page.getByLabel('Welke taal spreekt u het liefst?').selectOption('prs');
  await page.getByLabel('In welke wijk woont u?').selectOption('meerzicht');
  await page.getByRole('checkbox', { name: /Ik vind het goed/ }).check();
  await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
  await expect(page.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
}

async function openLeadByName(page: Page, name: string) {
  await visit(page, `/staff/leads?q=${encodeURIComponent(name)}`);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectAccessible(page);
  return page.url();
}

async function signedFigure(page: Page): Promise<number> {
  await page.goto('/staff');
  const text = await page.getByTestId('target-progress-figure').locator('strong').first().innerText();
  return Number(text.replace(/\D/g, ''));
}

const uniquePhone = () => `06 3${String(Date.now()).slice(-7)}`;

test('a coordinator takes a public sign-up through every step to "plan signed" and the target moves', async ({ page }) => {
  const name = `Reis ${Date.now().toString(36)}`;
  await publicSignUp(page, name, uniquePhone());

  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  await expectAccessible(page);
  const before = await signedFigure(page);

  await openLeadByName(page, name);
  const step = page.getByTestId('lead-step');
  await expect(step).toHaveText('Nieuw');
  await expect(page.getByText('Aanmeldpagina')).toBeVisible();

  // A contact attempt, then forward through the steps.
  await page.getByLabel('Resultaat').selectOption('reached');
  await page.getByRole('button', { name: 'Contactpoging opslaan' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Contactpoging via Telefoon: Gesproken');

  const forward = async (label: string) => {
    await page.getByLabel('Volgende stap').selectOption({ label });
    await page.getByRole('button', { name: 'Naar deze stap' }).click();
    await expect(step).toHaveText(label);
  };
  await forward('Contact gehad');
  await forward('Ingeschreven bij Publieksplein');

  await page.getByLabel('Datum en tijd').fill(`${today()}T10:30`);
  await page.getByRole('region', { name: 'Intake bij het Publieksplein' }).getByLabel('Een ambassadeur gaat mee').check();
  await page.locator('#intake-title').locator('..').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Intake gepland');
  await forward('Intake');

  await page.getByLabel('Taalaanbieder').selectOption({ label: 'Taalhuis Meerzicht' });
  await page.getByLabel('Soort cursus of route').fill('Inburgering B1-route');
  await page.getByLabel('Datum aanbod').fill(today());
  await page.locator('#plan-title').locator('..').getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByTestId('timeline')).toContainText('Aanbod en trajectplan bijgewerkt');
  await forward('Aanbod gedaan');

  // "Plan signed" needs the date it was signed: refused first, with a clear message.
  await page.getByLabel('Volgende stap').selectOption({ label: 'Trajectplan getekend' });
  await page.getByRole('button', { name: 'Naar deze stap' }).click();
  await expect(formAlert(page)).toContainText('Vul de datum in waarop het trajectplan is getekend.');
  await expect(step).toHaveText('Aanbod gedaan');
  await expectAccessible(page);
  await page.locator('#f-fwd-planSignedOn').fill(today());
  await page.getByRole('button', { name: 'Naar deze stap' }).click();
  await expect(step).toHaveText('Trajectplan getekend');
  await expect(page.getByTestId('timeline')).toContainText('Stap: Aanbod gedaan → Trajectplan getekend');

  expect(await signedFigure(page)).toBe(before + 1);
});

test('closing needs a reason; a closed lead reopens at its step', async ({ page }) => {
  const name = `Sluit ${Date.now().toString(36)}`;
  await publicSignUp(page, name, uniquePhone());
  await login(page, ACCOUNTS.caseworker);
  await openLeadByName(page, name);
  await page.getByText('Aanmelding sluiten').click();
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(formAlert(page)).toContainText('Reden');
  await page.getByLabel('Reden').selectOption('not_reachable');
  await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
  await expect(page.getByTestId('lead-step')).toHaveText('Gesloten · Niet bereikbaar');
  await page.getByRole('button', { name: 'Weer openen' }).click();
  await expect(page.getByTestId('lead-step')).toHaveText('Nieuw');
});

test('two staff members save the same lead: the second is refused, nothing typed is lost', async ({ browser }) => {
  const name = `Tegelijk ${Date.now().toString(36)}`;
  const setup = await browser.newPage();
  await publicSignUp(setup, name, uniquePhone());
  await setup.close();

  const open = async (b: Browser, email: string) => {
    const p = await (await b.newContext()).newPage();
    await login(p, email);
    await openLeadByName(p, name);
    return p;
  };
  const a = await open(browser, ACCOUNTS.coordinator);
  const b = await open(browser, ACCOUNTS.caseworker);

  await a.getByLabel('Naam').fill(`${name} A`);
  await a.locator('#details-title').locator('..').getByRole('button', { name: 'Opslaan' }).click();
  await expect(a.locator('#details-title').locator('..').getByRole('status')).toHaveText('Opgeslagen.');

  await b.getByLabel('Naam').fill(`${name} B`);
  await b.locator('#details-title').locator('..').getByRole('button', { name: 'Opslaan' }).click();
  await expect(formAlert(b)).toContainText('Iemand anders heeft deze aanmelding net gewijzigd');
  await expect(b.getByLabel('Naam')).toHaveValue(`${name} B`);
  await expect(b.getByRole('heading', { level: 1 })).toHaveText(`${name} A`);
  await expectAccessible(b);
});

test('a staff-entered lead with the phone of an open lead is flagged and can be merged', async ({ page }) => {
  const name = `Dubbel ${Date.now().toString(36)}`;
  const phone = uniquePhone();
  await publicSignUp(page, name, phone);
  await login(page, ACCOUNTS.coordinator);
  await visit(page, '/staff/leads/new');
  await page.getByLabel('Naam').fill(`${name} balie`);
  await page.getByLabel('Telefoonnummer').fill(phone);
  await page.getByLabel('Voorkeurstaal').selectOption('prs');
  await page.getByLabel('Wijk').selectOption('meerzicht');
  await page.getByRole('checkbox', { name: /toestemming/ }).check();
  await page.getByRole('button', { name: 'Aanmelding opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${name} balie`);
  await expect(page.getByText('Mogelijk dubbel')).toBeVisible();
  await expectAccessible(page);
  // The first click only says what merging does; nothing is merged yet.
  await page.locator('summary', { hasText: 'Samenvoegen met deze aanmelding' }).click();
  await expect(page.getByText(/gaat op in deze aanmelding van .*Dit kan niet ongedaan worden gemaakt\./)).toBeVisible();
  await expect(page.getByText('Mogelijk dubbel')).toBeVisible();
  await expect(page.getByText('Samengevoegd uit')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ja, voeg samen' }).click();
  await expect(page.getByRole('heading', { name: /^De aanmeldingen zijn samengevoegd\./ })).toBeFocused();
  await expect(page.getByText('Mogelijk dubbel')).toHaveCount(0);
  await expect(page.getByText('Samengevoegd uit')).toBeVisible();
  await expect(page.getByTestId('timeline')).toContainText('Dubbele aanmelding samengevoegd');
});

test.describe('who may not', () => {
  test('ambassadors and associations get 403 on a lead page, caseworkers on the coordinator pages', async ({ browser }) => {
    const coord = await (await browser.newContext()).newPage();
    await login(coord, ACCOUNTS.coordinator);
    await visit(coord, '/staff/leads');
    await coord.locator('table a[href^="/staff/leads/"]').first().click();
    const leadUrl = new URL(coord.url()).pathname;

    for (const [role, paths] of [
      ['ambassador', [leadUrl, '/staff/leads', '/staff/leads/new']],
      ['association', [leadUrl, '/staff/leads']],
      ['caseworker', ['/staff/ambassadors', '/staff/providers', '/staff/targets']],
    ] as const) {
      const p = await (await browser.newContext()).newPage();
      await login(p, ACCOUNTS[role]);
      for (const path of paths) {
        const res = await p.goto(path);
        expect(res?.status(), `${role} → ${path}`).toBe(403);
      }
    }
  });

  test('calling the step action directly as an ambassador is refused and the lead stays where it was', async ({ browser }) => {
    const name = `Actie ${Date.now().toString(36)}`;
    const setup = await browser.newPage();
    await publicSignUp(setup, name, uniquePhone());
    await setup.close();
    const coordCtx = await browser.newContext({ javaScriptEnabled: false });
    const coord = await coordCtx.newPage();
    await login(coord, ACCOUNTS.coordinator);
    await coord.goto(`/staff/leads?q=${encodeURIComponent(name)}`);
    await coord.getByRole('link', { name }).click();
    const url = new URL(coord.url()).pathname;
    const form = coord.locator('form').filter({ has: coord.getByRole('button', { name: 'Naar deze stap' }) });
    const fields = await form.locator('input[type=hidden], select').evaluateAll((els) =>
      Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
    );
    expect(fields.move).toBe('forward');

    const amb = await (await browser.newContext()).newPage();
    await login(amb, ACCOUNTS.ambassador);
    const res = await amb.request.post(url, { form: fields, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    await coord.reload();
    await expect(coord.getByTestId('lead-step')).toHaveText('Nieuw');
    await coordCtx.close();
  });

  test('opening a lead is in the audit log, without personal data', async ({ browser }) => {
    const coord = await (await browser.newContext()).newPage();
    await login(coord, ACCOUNTS.coordinator);
    await coord.goto('/staff/leads');
    await coord.locator('table a[href^="/staff/leads/"]').first().click();
    await expect(coord.getByRole('heading', { level: 1 })).toBeVisible();
    const id = new URL(coord.url()).pathname.split('/').pop()!;
    const leadName = await coord.getByRole('heading', { level: 1 }).innerText();

    const admin = await (await browser.newContext()).newPage();
    await login(admin, ACCOUNTS.admin);
    await visit(admin, `/admin/audit?entity=${id}&action=lead.viewed`);
    const row = admin.getByRole('row').filter({ hasText: 'Aanmelding bekeken' }).first();
    await expect(row).toContainText('Marco Jansen');
    await expect(admin.locator('table')).not.toContainText(leadName);
  });
});
