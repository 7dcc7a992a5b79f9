import { expect, test, visit } from '../fixtures';

// Runs in the "phone" project: 360 px wide, touch.
test('the public page and its form fit a 360 px phone screen', async ({ page }) => {
  await visit(page, '/');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const submit = page.getByRole('button', { name: 'Aanmelding versturen' });
  await submit.scrollIntoViewIfNeeded();
  const box = await submit.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44); // a finger-sized target
  const form = await page.locator('form').boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(form!.width - 1); // full width on a phone
});

test('the Arabic (right-to-left) page fits a 360 px phone screen', async ({ page }) => {
  await visit(page, '/ar');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the login page fits a 360 px phone screen', async ({ page }) => {
  await visit(page, '/login');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
