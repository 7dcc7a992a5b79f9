import { type Page } from '@playwright/test';
import { expect, expectAccessible, formAlert, test } from '../fixtures';

// Runs in the "phone" project (playwright.config.ts: *.mobile.spec.ts, 360 px wide, touch); contexts made
// here take the project's options, so they are phones too (the width is checked below).

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The demo survey in Arabic, from the public list (other specs' surveys may be open next to it). */
async function openArabicSurvey(page: Page) {
  await page.goto('/ar/enquete');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'تجربتك مع دورة اللغة' }) });
  await card.getByRole('link', { name: 'ابدأ الاستبيان' }).click();
  await page.waitForURL(/\/ar\/enquete\/[0-9a-f-]{36}$/);
}

test('the Arabic survey fits a 360 px phone without sideways scrolling, also after an error, without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.91' } });
  const page = await ctx.newPage();
  await openArabicSurvey(page);
  expect(page.viewportSize()!.width).toBe(360);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تجربتك مع دورة اللغة');
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, { javaScript: false });

  // Nothing ticked: the first page comes back with its error summary, and still fits.
  await page.getByRole('button', { name: 'التالي' }).click();
  await expect(formAlert(page)).toBeVisible();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  await expectAccessible(page, { javaScript: false });
  await ctx.close();
});

test('on a personal link, the language menu keeps the link (in the HTML, without JavaScript)', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await openArabicSurvey(page);
  const path = new URL(page.url()).pathname;
  // An unknown link is refused on the page; the menu still carries it, so switching does not drop it.
  await page.goto(`${path}?link=not-a-real-link`);
  const menu = page.locator('header nav');
  await expect(menu.getByRole('link', { name: 'English' })).toHaveAttribute('href', `${path.replace(/^\/ar/, '/en')}?link=not-a-real-link`);
  await expect(menu.getByRole('link', { name: 'Nederlands' })).toHaveAttribute('href', `${path.replace(/^\/ar/, '/nl')}?link=not-a-real-link`);
  await ctx.close();
});
