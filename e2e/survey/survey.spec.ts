import { type Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, formAlert, login, test } from '../fixtures';

const run = Date.now().toString(36);
const mobile = () => `0612${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

/** The coordinator builds a small survey through the builder: one section, a required choice, and a required "why" shown only after "no". */
async function buildSurvey(page: Page): Promise<string> {
  await page.goto('/staff/surveys');
  await page.locator('#f-new-title_nl').fill(`Enquête ${run}`);
  await page.locator('#f-new-title_ar').fill(`استبيان ${run}`);
  await page.getByRole('button', { name: 'Maak enquête' }).click();
  await page.waitForURL(/\/staff\/surveys\/[0-9a-f-]{36}$/);
  const url = new URL(page.url()).pathname;

  await page.locator('#f-section-title_nl').fill('De cursus');
  await page.locator('#f-section-title_ar').fill('الدورة');
  await page.getByRole('button', { name: 'Deel toevoegen' }).click();
  await expect(page.getByRole('heading', { name: '1. De cursus' })).toBeVisible();

  await page.locator('#f-question-kind').selectOption('single');
  await page.locator('#f-question-required').check();
  await page.locator('#f-question-text_nl').fill('Heeft u de cursus afgemaakt?');
  await page.locator('#f-question-text_ar').fill('هل أكملت الدورة؟');
  await page.locator('#f-question-options_nl').fill('Ja\nNee');
  await page.locator('#f-question-options_ar').fill('نعم\nلا');
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await expect(page.getByText('Vraag toegevoegd.')).toBeVisible();
  await expect(page.getByText('o1: Ja · o2: Nee')).toBeVisible();

  await page.locator('#f-question-kind').selectOption('long_text');
  await page.locator('#f-question-required').check();
  await page.locator('#f-question-text_nl').fill('Waarom niet?');
  await page.locator('#f-question-text_ar').fill('لماذا لا؟');
  await page.locator('#f-question-options_nl').fill('');
  await page.locator('#f-question-options_ar').fill('');
  await page.locator('#f-question-showIfQuestionId').selectOption({ label: 'Heeft u de cursus afgemaakt?' });
  await page.locator('#f-question-showIfValues').fill('o2');
  await page.getByRole('button', { name: 'Vraag toevoegen' }).click();
  await expect(page.getByText('alleen als ‘Heeft u de cursus afgemaakt?’ is: o2')).toBeVisible();

  await page.getByRole('radio', { name: 'Open' }).check();
  await page.getByRole('button', { name: 'Zet status' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  return url;
}

test('a survey filled in Arabic without JavaScript: skip logic, answers kept on an error, a yes to helping becomes a candidate, the results count it', async ({ page, browser }) => {
  await login(page, ACCOUNTS.coordinator);
  const surveyPath = await buildSurvey(page);
  const id = surveyPath.split('/').pop()!;

  const ctx = await browser.newContext({ javaScriptEnabled: false, locale: 'ar', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' } });
  const r = await ctx.newPage();
  await r.goto(`/ar/enquete/${id}`);
  await expect(r.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(r.getByRole('heading', { level: 1 })).toHaveText(`استبيان ${run}`);
  await expect(r.getByText('يستغرق هذا حوالي 10 دقائق.')).toBeVisible();
  await expect(r.getByRole('heading', { name: 'ماذا يحدث بإجاباتك؟' })).toBeVisible();
  await expectAccessible(r, { javaScript: false });

  // "No" makes "why not" required; left empty, the page comes back with the error and the choice kept.
  await r.getByRole('radio', { name: 'لا' }).check();
  await r.getByRole('button', { name: 'التالي' }).click();
  await expect(formAlert(r)).toContainText('لماذا لا؟');
  await expect(r.getByRole('radio', { name: 'لا' })).toBeChecked();
  await expectAccessible(r, { javaScript: false });
  await r.getByRole('textbox', { name: /لماذا لا؟/ }).fill('لم يكن هناك من يرعى الأطفال');
  await r.getByRole('button', { name: 'التالي' }).click();

  await expect(r.getByRole('heading', { name: 'هل تريد مساعدة الآخرين؟' })).toBeVisible();
  await r.getByRole('radio', { name: 'نعم' }).check();
  await r.getByRole('button', { name: 'التالي' }).click();

  // Name and contact only after explicit consent: without the tick, refused, the name kept.
  const name = `Rania ${run}`;
  await r.getByRole('textbox', { name: /اسمك/ }).fill(name);
  await r.getByRole('textbox', { name: /رقم الهاتف/ }).fill(mobile());
  await r.getByRole('button', { name: 'أرسل' }).click();
  await expect(formAlert(r)).toContainText('ضع علامة إذا كنت موافقًا');
  await expect(r.getByRole('textbox', { name: /اسمك/ })).toHaveValue(name);
  await r.getByRole('checkbox', { name: /أوافق/ }).check();
  await r.getByRole('button', { name: 'أرسل' }).click();
  await expect(r.getByRole('heading', { name: 'شكرًا!' })).toBeVisible();
  await expect(r.getByText('سيتواصل معك المنسق')).toBeVisible();
  await ctx.close();

  // The coordinator sees the candidate (source: survey) and the counts.
  await page.goto(surveyPath);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  // The list of surveys shows the single response as "<5", as the results do.
  await page.goto('/staff/surveys');
  await expect(page.getByRole('row', { name: new RegExp(`Enquête ${run}`) }).getByRole('cell').last()).toHaveText('<5');

  await page.goto(`${surveyPath}/results`);
  await expect(page.getByTestId('survey-total')).toHaveText('<5 ingevulde enquêtes');
  await expect(page.getByRole('row', { name: /Nee/ })).toContainText('<5');
  await expect(page.getByRole('row', { name: /Ja/ })).toContainText('0');
  // Beside the table, a chart drawn on the server: "Nee" (one answer) is labelled "<5" and has no bar.
  const chart = page.getByRole('img', { name: 'Grafiek: Heeft u de cursus afgemaakt?' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('text')).toHaveText(['Ja', '0', 'Nee', '<5']);
  await expect(chart.locator('rect')).toHaveCount(2);
  for (const bar of await chart.locator('rect').all()) await expect(bar).toHaveAttribute('width', '0');
  await expect(page.getByText('لم يكن هناك من يرعى الأطفال')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${surveyPath}/results?locale=nl`);
  await expect(page.getByTestId('survey-total')).toHaveText('0 ingevulde enquêtes');
});

test('the Dutch survey page passes axe without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto('/enquete');
  await p.getByRole('link', { name: 'Begin de enquête' }).first().click();
  await expect(p.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(p.getByText(/Dit duurt ongeveer \d+ minuten/)).toBeVisible();
  await expectAccessible(p, { javaScript: false });
  await ctx.close();
});
