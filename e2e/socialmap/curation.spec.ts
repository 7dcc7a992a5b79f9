import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';

const BASE = '/staff/social-map/manage';

/** A small HSDS package: one organisation, one service with a theme (taxonomy term). */
function hsdsPackage(stamp: string, termId: string) {
  const orgId = randomUUID();
  return [
    {
      id: orgId,
      name: `E2E Importorganisatie ${stamp}`,
      description: 'Komt uit een HSDS-bestand.',
      services: [
        {
          id: randomUUID(),
          organization_id: orgId,
          name: `E2E Geïmporteerde dienst ${stamp}`,
          status: 'active',
          schedules: [{ id: randomUUID(), freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
          attributes: [
            {
              id: randomUUID(),
              taxonomy_term_id: termId,
              link_entity: 'service',
              taxonomy_term: { id: termId, name: `E2E Thema ${stamp}`, description: 'Een thema uit de e2e-test.' },
            },
          ],
        },
      ],
    },
  ];
}

async function upload(page: Page, data: unknown) {
  await visit(page, `${BASE}/import`);
  await page.getByLabel('HSDS-bestand (JSON)').setInputFiles({ name: 'sociale-kaart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
  await expectAccessible(page);
}

test('the coordinator imports a theme (a bad record first), creates an organisation and a service, and verifies it', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const termId = randomUUID();
  const pkg = hsdsPackage(stamp, termId);
  await login(page, ACCOUNTS.coordinator);

  // A bad record: the preview names the problem and there is nothing to confirm.
  const bad = structuredClone(pkg);
  delete (bad[0]!.services[0] as { name?: string }).name;
  bad[0]!.services[0]!.schedules[0]!.opens_at = '25:00';
  await upload(page, bad);
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText(`Organisatie 1 (E2E Importorganisatie ${stamp}) › aanbod 1 › name: Dit ontbreekt, maar is verplicht.`);
  await expect(errors).toContainText('openingstijd 1 › opens_at: Deze tijd klopt niet: 25:00.');
  await expect(page.getByRole('button', { name: 'Importeren' })).toHaveCount(0);
  await visit(page, BASE);
  await expect(page.getByText(`E2E Importorganisatie ${stamp}`)).toHaveCount(0);

  // Fixed: preview is clean, confirm imports it.
  await upload(page, pkg);
  await expect(page.getByTestId('import-counts')).toContainText('1 organisatie (1 nieuw, 0 bijgewerkt). Aanbod: 1 (1 nieuw, 0 bijgewerkt)');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De import is gelukt. Aanbod opgeslagen: 1.' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('link', { name: `E2E Geïmporteerde dienst ${stamp}` })).toBeVisible();

  // A new organisation.
  await visit(page, `${BASE}/organizations/new`);
  await page.getByLabel(/^Naam/).fill(`E2E Buurtwinkel ${stamp}`);
  await page.getByLabel('Wat doet de organisatie?').fill('Een winkel waar buren elkaar helpen.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Organisatie: E2E Buurtwinkel ${stamp}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De gegevens zijn opgeslagen.' })).toBeVisible();
  await expectAccessible(page);

  // A service of it, with a mistake in the hours first.
  await page.getByRole('link', { name: 'Aanbod toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw aanbod' })).toBeVisible();
  await expectAccessible(page);
  const service = `E2E Klusjesdienst ${stamp}`;
  await page.getByLabel('Naam van het aanbod').fill(service);
  await page.getByLabel('Wat houdt het aanbod in?').fill('Hulp bij kleine klussen in huis.');
  await page.getByLabel(`E2E Thema ${stamp}`).check();
  await page.getByRole('checkbox', { name: 'Nederlands', exact: true }).check();
  await page.getByLabel('Telefoonnummer', { exact: true }).fill('079 123 45 67');
  await page.getByLabel('Straat en huisnummer').fill('Dorpsstraat 10');
  await page.getByLabel('Postcode').fill('2712 AB');
  await page.getByLabel('Maandag: open vanaf').fill('13:00');
  await page.getByLabel('Maandag: dicht om').fill('09:00');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(formAlert(page)).toContainText('De sluittijd moet na de openingstijd liggen.');
  await expect(page.getByLabel('Naam van het aanbod')).toHaveValue(service);
  await expectAccessible(page);
  await page.getByLabel('Maandag: open vanaf').fill('09:00');
  await page.getByLabel('Maandag: dicht om').fill('12:30');
  await page.getByLabel('Woensdag: open vanaf').fill('09:00');
  await page.getByLabel('Woensdag: dicht om').fill('12:30');
  // The checkboxes are not refilled after an error: tick them again.
  await page.getByLabel(`E2E Thema ${stamp}`).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Aanbod: ${service}` })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByTestId('last-verified')).toHaveText('Laatst gecontroleerd: nog nooit');
  await expect(page.getByLabel('Maandag: dicht om')).toHaveValue('12:30');
  await expect(page.getByLabel('Woensdag: open vanaf')).toHaveValue('09:00');
  await expect(page.getByLabel(`E2E Thema ${stamp}`)).toBeChecked();
  const serviceUrl = page.url().replace(/\?.*$/, '');

  // The overview counts the new organisation's service, and its search finds it by name.
  await visit(page, `${BASE}?q=${encodeURIComponent(`Buurtwinkel ${stamp}`)}`);
  const org = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `E2E Buurtwinkel ${stamp}` }) });
  await expect(org).toContainText('Aanbod (aantal): 1');
  await expect(page.getByRole('table').getByRole('link')).toHaveText([service]);

  // Never verified → on the stale list; "checked today" takes it off.
  await visit(page, `${BASE}/stale`);
  const item = page.getByTestId('stale-list').getByRole('listitem').filter({ hasText: service });
  await expect(item).toContainText('Laatst gecontroleerd: nog nooit');
  await item.getByRole('button', { name: 'Vandaag gecontroleerd' }).click();
  // Checked: it leaves the list at once (and stays off it).
  await expect(item).toHaveCount(0);
  await expectAccessible(page);
  await visit(page, `${BASE}/stale`);
  await expect(page.getByText(service)).toHaveCount(0);
  await visit(page, serviceUrl);
  const today = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());
  await expect(page.getByTestId('last-verified')).toHaveText(`Laatst gecontroleerd: ${today} door ${ACCOUNTS.coordinator}`);

  // The open API has the new service, with its hours and theme, and without the curator's e-mail.
  const api = await page.request.get(`/api/hsds/v3/services/${serviceUrl.split('/').pop()}`);
  const json = await api.json();
  expect(json).toMatchObject({ name: service, schedules: [{ byday: 'MO,WE', opens_at: '09:00', closes_at: '12:30' }], attributes: [{ taxonomy_term: { name: `E2E Thema ${stamp}` } }] });
  expect(JSON.stringify(json)).not.toContain(ACCOUNTS.coordinator);
});

test('the overview shows each organisation’s number of services and searches by name (also without JavaScript)', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, BASE);
  const orgItem = (name: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  // The demo's Schuldhulpmaatje has two services, the municipality's desk nine: not "Aanbod (aantal): 0".
  await expect(orgItem('Schuldhulpmaatje Zoetermeer')).toContainText(/Aanbod \(aantal\): [2-9]/);
  await expect(orgItem('Gemeente Zoetermeer (fictief loket)')).toContainText(/Aanbod \(aantal\): ([1-9]\d+|9)/);
  const shownOrgs = page.locator('a[href*="/organizations/"]');
  const allOrgs = await shownOrgs.count();

  await page.getByRole('searchbox', { name: 'Zoek op naam' }).fill('schuldhulpmaatje');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page).toHaveURL(/\?q=schuldhulpmaatje$/);
  await expect(page.getByRole('status')).toContainText('Zoeken op ‘schuldhulpmaatje’');
  await expect(orgItem('Schuldhulpmaatje Zoetermeer')).toContainText(/Aanbod \(aantal\): [2-9]/);
  await expect(orgItem('Gemeente Zoetermeer (fictief loket)')).toHaveCount(0);
  expect(await shownOrgs.count()).toBeLessThan(allOrgs);
  for (const cell of await page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') }).all()) {
    await expect(cell).toContainText(/schuldhulpmaatje/i);
  }
  await expect(page.getByRole('searchbox', { name: 'Zoek op naam' })).toHaveValue('schuldhulpmaatje');
  await expectAccessible(page);

  await visit(page, `${BASE}?q=${encodeURIComponent('zzz-bestaat-niet')}`);
  await expect(page.getByText('Geen organisaties gevonden met deze naam.')).toBeVisible();
  await expect(page.getByText('Geen aanbod gevonden met deze naam.')).toBeVisible();
  await page.getByRole('link', { name: 'Alles tonen' }).click();
  await expect(orgItem('Schuldhulpmaatje Zoetermeer')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the curation search is a plain GET form', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto(BASE);
    await page.getByRole('searchbox', { name: 'Zoek op naam' }).fill('gemeente');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(page).toHaveURL(/\?q=gemeente$/);
    await expect(page.getByRole('link', { name: 'Gemeente Zoetermeer (fictief loket)', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Schuldhulpmaatje Zoetermeer', exact: true })).toHaveCount(0);
    await expectAccessible(page, { javaScript: false });
  });
});

test('the exports download: HSDS JSON that parses, and a CSV for Dutch Excel', async ({ page }) => {
  await login(page, ACCOUNTS.coordinator);
  await visit(page, BASE);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download als CSV (Excel)' }).click();
  const csv = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of csv) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.split('\r\n')[0]).toContain('Aanbod;Organisatie;Thema’s;Wijken;Talen');

  const res = await page.request.get(`${BASE}/export/json`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-disposition']).toMatch(/^attachment; filename="sociale-kaart-hsds-\d{4}-\d{2}-\d{2}\.json"$/);
  const orgs = JSON.parse(await res.text());
  expect(Array.isArray(orgs)).toBe(true);
  for (const o of orgs) expect(o).toMatchObject({ id: expect.any(String), name: expect.any(String), description: expect.any(String) });
});

test('the admin reaches the curation pages in the admin area', async ({ page }) => {
  await login(page, ACCOUNTS.admin);
  for (const path of ['/admin/social-map', '/admin/social-map/stale', '/admin/social-map/import', '/admin/social-map/organizations/new', '/admin/social-map/services/new']) {
    const res = await visit(page, path);
    expect(res?.status(), path).toBe(200);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw aanbod' })).toBeVisible();
  const json = await page.request.get('/admin/social-map/export/json');
  expect(json.status()).toBe(200);
});

for (const role of ['caseworker', 'ambassador'] as const) {
  test(`a ${role} gets 403 on the curation pages and exports`, async ({ page }) => {
    await login(page, ACCOUNTS[role]);
    for (const path of [BASE, `${BASE}/stale`, `${BASE}/import`, `${BASE}/services/new`, '/admin/social-map']) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(403);
      await expectAccessible(page);
    }
    for (const path of [`${BASE}/export/json`, `${BASE}/export/csv`, '/admin/social-map/export/csv']) {
      const res = await page.request.get(path, { maxRedirects: 0 });
      expect(res.status(), path).toBe(403);
    }
    const up = await page.request.post(`${BASE}/import/upload`, { multipart: { area: 'staff', file: { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('[]') } }, maxRedirects: 0 });
    expect(up.status()).toBe(403);
  });
}
