import type { Page } from '@playwright/test';
import { ACCOUNTS, expect, login, test, waitForHydration } from '../fixtures';

/**
 * A pseudo-locale, made at test time from the Dutch page (never shipped, not in the language menu):
 * every visible text gets accents and about 40% more length, as a long translation would
 * (German, Somali and Tigrinya texts run longer than Dutch). Then at 360 px nothing may stick out
 * of the screen or be cut off.
 */
async function pseudoLocalize(page: Page) {
  await page.evaluate(() => {
    const ACCENTS: Record<string, string> = { a: 'á', e: 'ë', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ÿ', A: 'Å', E: 'É', O: 'Ö', U: 'Ü' };
    const pseudo = (s: string) => {
      if (!s.trim()) return s;
      const accented = s.replace(/[aeiouycnAEOU]/g, (c) => ACCENTS[c] ?? c);
      const words = s.trim().split(/\s+/);
      // (Text inside <span dir=ltr> — phone numbers, codes — stays as it is; <html dir=ltr> does not count.)
      // Longer: repeat part of the text (the longest word too, so long words are tested).
      const extra = words.slice(0, Math.max(1, Math.ceil(words.length * 0.4))).join(' ');
      return `[${accented} ${extra.replace(/[aeiou]/g, (c) => ACCENTS[c] ?? c)}]`;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (parent && !parent.closest('script, style, span[dir=ltr]')) nodes.push(n as Text);
    }
    for (const n of nodes) n.data = pseudo(n.data);
    for (const el of document.querySelectorAll<HTMLInputElement>('input[placeholder], textarea[placeholder]')) el.placeholder = pseudo(el.placeholder);
  });
}

/** Elements (visible, not screen-reader-only) that stick out of the 360 px screen or are cut off. */
async function overflowing(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.sr-only, .skip-link, .hp-field, script, style, svg')) continue;
      // A closed menu's content (<details> without open) is not rendered, only laid out on demand.
      if (el.closest('details:not([open])') && !el.closest('summary')) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (r.right > width + 1 || r.left < -1) out.push(`${name} sticks out (${Math.round(r.left)}–${Math.round(r.right)})`);
      const style = getComputedStyle(el);
      const clips = ['hidden', 'clip'].includes(style.overflowX);
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'SELECT') out.push(`${name} is cut off`);
    }
    return out;
  });
}

test('pseudo-locale: the public page at 360 px, nothing sticks out or is cut off', async ({ page }) => {
  await page.goto('/');
  // Changing the text before React hydrated the page would make it throw the server's HTML away.
  await waitForHydration(page);
  await expect(async () => {
    await pseudoLocalize(page);
    await expect(page.locator('h1')).toContainText('[', { timeout: 1000 });
  }).toPass();
  expect(await overflowing(page)).toEqual([]);
});

test('pseudo-locale: the ambassador start page at 360 px, nothing sticks out or is cut off', async ({ page }) => {
  await login(page, ACCOUNTS.ambassador);
  await page.goto('/ambassador');
  await waitForHydration(page);
  await expect(async () => {
    await pseudoLocalize(page);
    await expect(page.locator('h1').first()).toContainText('[', { timeout: 1000 });
  }).toPass();
  expect(await overflowing(page)).toEqual([]);
  // The "Meer" menu open, with its long pseudo-texts: still inside the screen.
  await page.getByTestId('more-menu').locator('summary').click();
  await expect(page.getByTestId('more-menu')).toHaveAttribute('open', '');
  expect(await overflowing(page)).toEqual([]);
});
