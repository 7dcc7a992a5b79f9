import { ACCOUNTS, expect, expectAccessible, login, test } from '../fixtures';

const run = Date.now().toString(36);

test.describe('the survey builder without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('edits a question (texts per language, options), moves a section and deletes a question', async ({ page }) => {
    await login(page, ACCOUNTS.coordinator);
    await page.goto('/staff/surveys');
    await page.locator('#f-new-title_nl').fill(`Bewerken ${run}`);
    await page.getByRole('button', { name: 'Maak enquête' }).click();
    await page.waitForURL(/\/staff\/surveys\/[0-9a-f-]{36}$/);
    const builder = new URL(page.url()).pathname;

    await page.locator('#f-section-title_nl').fill('Eerste deel');
    await page.getByRole('button', { name: 'Deel toevoegen' }).click();
    await expect(page.getByRole('heading', { name: '1. Eerste deel' })).toBeVisible();
    await page.locator('#f-question-kind').selectOption('single');
    await page.locator('#f-question-text_nl').fill('Volgt u de cursus?');
    await page.locator('#f-question-options_nl').fill('Ja\nNee');
    await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await expect(page.getByText('o1: Ja · o2: Nee')).toBeVisible();

    // Edit: every field on its own page; the labels name each public language.
    await page.getByRole('link', { name: 'Wijzig: Volgt u de cursus?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vraag wijzigen');
    await expect(page.getByLabel('Vraag (Turks)')).toBeVisible();
    await expectAccessible(page, { javaScript: false });
    await page.locator('#f-edit-text_nl').fill('Volgt of volgde u de cursus?');
    await page.locator('#f-edit-text_ar').fill('هل تتابع الدورة؟');
    await expect(page.locator('#f-edit-options_nl')).toHaveValue('Ja\nNee');
    await page.locator('#f-edit-options_nl').fill('Ja\nNee\nMisschien');
    await page.locator('#f-edit-required').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.waitForURL((u) => u.pathname === builder);
    await expect(page.getByText('Vraag opgeslagen.', { exact: true })).toBeVisible();
    await expect(page.getByText('o1: Ja · o2: Nee · o3: Misschien')).toBeVisible();
    await expect(page.getByText('Volgt of volgde u de cursus? — Eén antwoord kiezen (verplicht)')).toBeVisible();

    // A second section, moved above the first.
    await page.locator('#f-section-title_nl').fill('Tweede deel');
    await page.getByRole('button', { name: 'Deel toevoegen' }).click();
    await page.getByRole('button', { name: 'Omhoog: 2. Tweede deel' }).click();
    await expect(page.getByText('Deel verplaatst.', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: '1. Tweede deel' })).toBeVisible();
    await expectAccessible(page, { javaScript: false });

    // Delete the question (no responses yet).
    await page.getByRole('link', { name: 'Wijzig: Volgt of volgde u de cursus?' }).click();
    await page.getByRole('button', { name: 'Verwijder deze vraag' }).click();
    await page.waitForURL((u) => u.pathname === builder);
    await expect(page.getByText('Vraag verwijderd.', { exact: true })).toBeVisible();
    await expect(page.getByText('Volgt of volgde u de cursus?')).toHaveCount(0);
  });
});
