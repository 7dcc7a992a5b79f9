import { ACCOUNTS, expect, expectAccessible, formAlert, login, test, visit } from '../fixtures';
import { workbook } from '../../lib/testing/xlsx-fixture';

/**
 * A 6 kB workbook whose one merged range covers 17 billion cells used to exhaust the server's
 * heap while loading (and take the embedded database with it). It is refused with a clear
 * message, the form keeps what was filled in, and the server goes on answering.
 */
test('a workbook bomb is refused with a clear message and the server stays up', async ({ page }) => {
  await login(page, ACCOUNTS.association);
  await visit(page, '/association/import');
  const bomb = workbook({ sheetTail: '<mergeCells count="1"><mergeCell ref="E2:XFD1048576"/></mergeCells>' });
  expect(bomb.length).toBeLessThan(6 * 1024);
  await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles({
    name: 'contacten.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bomb,
  });
  const consent = page.getByRole('checkbox', { name: /Alle mensen in dit bestand/ });
  await consent.check();
  await page.getByRole('button', { name: 'Bestand controleren' }).click();
  await expect(formAlert(page)).toContainText('In dit Excel-bestand gaan cellen, samengevoegde cellen of opmaak veel verder dan de contacten');
  await expect(consent).toBeChecked();
  await expectAccessible(page);

  // The server (and its database) still answers.
  const res = await visit(page, '/association');
  expect(res?.status()).toBe(200);
});
