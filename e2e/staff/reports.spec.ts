import { readFile } from 'node:fs/promises';
import { pdfText } from '../../lib/testing/pdf-text';
import { expect, expectAccessible, test, visit } from '../fixtures';
import { asCoordinator } from '../shifts/helpers';

/**
 * Reports: the coordinator picks a period, follows a figure to the lead list that counts it (the
 * same number, the same filters), downloads a table as CSV and the evaluation report as a PDF.
 */
test('the coordinator picks a period, follows a figure to its list and downloads the CSV and the PDF', async ({ browser }) => {
  const coord = await asCoordinator(browser);
  const page = coord.page;

  await visit(page, '/staff/reports');
  await expect(page.getByRole('heading', { level: 1, name: 'Rapportages' })).toBeVisible();
  await page.getByRole('radio', { name: 'Zelf kiezen (de datums hieronder)' }).check();
  await page.getByLabel('Van', { exact: true }).fill('2010-01-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2010-12-31');
  await page.getByRole('button', { name: 'Tonen' }).click();
  await expect(page.getByTestId('report-period')).toHaveText('Periode: 1 januari 2010 tot en met 31 december 2010 (aanmeldingen die op deze dagen binnenkwamen)');
  await expectAccessible(page);
  // A chart beside the table, drawn on the server.
  await expect(page.getByTestId('report-channel').getByRole('img', { name: 'Grafiek: Per kanaal' })).toBeVisible();
  // Referrals from the social map by theme and by wijk, each a table with its CSV.
  await expect(page.getByRole('heading', { level: 2, name: 'Doorverwijzingen per thema' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download „Doorverwijzingen per wijk” als CSV-bestand' })).toBeVisible();

  // The ambassadors' channel: the figure links to the list with the same filters and the same count.
  const row = page.getByTestId('report-channel').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Ambassadeurs', exact: true }) });
  const link = row.getByRole('cell').first().getByRole('link');
  const figure = (await link.textContent())!.trim();
  expect(Number(figure.replace(/\./g, ''))).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/staff\/leads\?from=2010-01-01&to=2010-12-31&channel=ambassador$/);
  await expect(page.getByRole('heading', { level: 2, name: `${figure} aanmeldingen gevonden` })).toBeVisible();
  await expect(page.getByTestId('report-filters')).toContainText('Telt voor kanaal: Ambassadeurs');
  await expectAccessible(page);

  // The table as CSV, figures as on the page.
  await page.goBack();
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download „Per kanaal” als CSV-bestand' }).click()]);
  expect(csvDownload.suggestedFilename()).toBe('rapport-channel-2010-01-01-2010-12-31.csv');
  const csv = await readFile((await csvDownload.path())!, 'utf8');
  expect(csv.startsWith('\uFEFFKanaal;Aanmeldingen;Plannen getekend\r\n')).toBe(true);
  expect(csv).toContain(`\r\nAmbassadeurs;${figure};`);

  // The evaluation report: the source's questions in order, printable, and as a PDF.
  await page.getByRole('link', { name: 'Open het evaluatierapport over deze periode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Evaluatierapport' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Waarom ambassadeurs?' })).toBeVisible();
  // Sections filled from live data: the corps, the coaching, the culture (aggregated).
  await expect(page.getByTestId('section-profile').getByRole('heading', { level: 3, name: 'De groep ambassadeurs nu, per fase' })).toBeVisible();
  await expect(page.getByTestId('section-coaching').getByRole('heading', { level: 3, name: 'Begeleiding in de periode' })).toBeVisible();
  await expect(page.getByTestId('section-culture').getByRole('heading', { level: 3, name: 'Resultaten naar achtergrond van de ambassadeur' })).toBeVisible();
  // A corps figure links to the corps list with the same filter: as many ambassadors as it says.
  const active = page.getByTestId('s-profile-corpsStatus').getByRole('link', { name: /: Actief, Aantal\. Toon deze ambassadeurs$/ });
  const activeCount = Number((await active.textContent())!.trim().replace(/\./g, ''));
  expect(activeCount).toBeGreaterThan(0);
  await active.click();
  await expect(page).toHaveURL(/\/staff\/ambassadors\?status=active#corps$/);
  await expect(page.getByTestId('corps-filter')).toContainText(`${activeCount} ambassadeurs met stap Actief.`);
  await expect(page.locator('[data-testid^="corps-row-"]')).toHaveCount(activeCount);
  await expectAccessible(page);
  await page.goBack();

  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als pdf (A4)' }).click()]);
  expect(pdfDownload.suggestedFilename()).toBe('evaluatie-2010-01-01-2010-12-31.pdf');
  const { lines } = await pdfText(new Uint8Array(await readFile((await pdfDownload.path())!)));
  const text = lines.join('\n');
  for (const heading of ['Evaluatierapport', 'Waarom ambassadeurs?', "Duo's en aantallen tegenover het doel", 'Kosten', 'Cultuur', 'Begeleiding in de periode', 'Doorverwijzingen per thema']) expect(text).toContain(heading);
  await coord.close();
});
