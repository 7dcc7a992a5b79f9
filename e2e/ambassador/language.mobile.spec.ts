import type { Page } from '@playwright/test';
import { expect, expectAccessible, login, openUserMenu, switchLanguage, test } from '../fixtures';

// Runs in the "phone" project: 360 px wide. The ambassador area in the ambassador's own language
// (issue #16): chosen in the header, stored on the account, right to left for Arabic, dates in the
// locale's format. Uses the second demo ambassador, so a failure here leaves the first one Dutch.
const AMBASSADOR = 'ambassador2@wijkwerf.test';

/** Elements (visible, not screen-reader-only) that stick out of the 360 px screen. */
async function stickingOut(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.sr-only, .skip-link, script, style, svg')) continue;
      // A closed menu's content (<details> without open) is not rendered, only laid out on demand.
      const closed = el.closest('details:not([open])');
      if (closed && !el.closest('summary')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right > width + 1 || r.left < -1) out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" sticks out (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    return out;
  });
}

test('an ambassador switches the portal to Arabic: right to left, Arabic texts and dates, and back to Dutch', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await login(page, AMBASSADOR);
  await expect(page).toHaveURL(/\/ambassador$/);
  if ((await page.locator('html').getAttribute('lang')) !== 'nl') await switchLanguage(page, 'nl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  // The languages an ambassador may choose, each named in itself.
  const menu = await openUserMenu(page);
  await expect(menu.locator('select[name="locale"] option')).toHaveText(['Nederlands', 'English', 'العربية', 'دری', 'Türkçe']);

  try {
    await expect(menu.getByRole('button', { name: 'Kies taal' })).toBeVisible();
    await switchLanguage(page, 'ar');
    await expect(page).toHaveURL(/\/ambassador$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('h1').first()).toHaveText('أهلًا، Ahmad Karimi');
    await expect(page.getByRole('link', { name: 'النوبات', exact: true })).toBeVisible();

    // The target period's dates in the Arabic format (day/month/year with right-to-left marks), not Dutch.
    const period = (await page.getByTestId('my-target').locator('p').first().textContent())!;
    expect(period).toContain('الفترة:');
    const dates = [...period.matchAll(/(\d{2})\u200f\/(\d{2})\u200f\/(\d{4})/g)];
    expect(dates, period).toHaveLength(2);
    const arabic = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'Europe/Amsterdam' });
    for (const [text, d, m, y] of dates) expect(arabic.format(new Date(Date.UTC(+y!, +m! - 1, +d!, 12)))).toBe(text);

    await expectAccessible(page);
    expect(await stickingOut(page)).toEqual([]);

    // Stored on the account: a new session (another device, no cookie) opens in Arabic too.
    const other = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: true });
    const second = await other.newPage();
    await login(second, AMBASSADOR);
    await expect(second).toHaveURL(/\/ambassador$/);
    await expect(second.locator('html')).toHaveAttribute('lang', 'ar');
    await other.close();
  } finally {
    // Back to Dutch (also after a failure, so the account stays as the other specs expect it).
    if ((await page.locator('html').getAttribute('lang')) !== 'nl') {
      await page.goto('/ambassador');
      await switchLanguage(page, 'nl');
    }
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('h1').first()).toHaveText('Welkom, Ahmad Karimi');
});
