import { ACCOUNTS, expect, expectAccessible, formAlert, login, test } from '../fixtures';
import { addShift, asCoordinator, assignByList, createEvent, day, shiftSection, startedToday, unique } from '../shifts/helpers';

// Runs in the "phone" project: 360 px wide, touch.

/** A real 1×1 PNG (a photo of the receipt). */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

async function noSideScroll(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('Fatima signs up for an open shift, sees her partner, is refused a second shift at the same dagdeel, and gets her calendar', async ({ page, browser }) => {
  // The coordinator plans two events on the same morning: a market with Khadija on it, and a festival.
  const id = unique();
  const market = `Markt e2e ${id}`;
  const festival = `Festival e2e ${id}`;
  const coordinator = await asCoordinator(browser);
  await createEvent(coordinator.page, { title: market, kind: 'Markt', startsOn: day(80), endsOn: day(80), place: 'Dorpsstraat, bij de kerk', wijk: 'Dorp' });
  await addShift(coordinator.page, day(80), 'morning');
  await assignByList(coordinator.page, day(80), 'morning', 'Khadija Ouali');
  await createEvent(coordinator.page, { title: festival, kind: 'Festival', startsOn: day(80), endsOn: day(80), place: 'Westerpark' });
  await addShift(coordinator.page, day(80), 'morning');
  await coordinator.close();

  await login(page, ACCOUNTS.ambassador);
  await expect(page).toHaveURL(/\/ambassador$/);
  await page.getByRole('link', { name: 'Diensten', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn diensten' })).toBeVisible();
  await expectAccessible(page);
  await noSideScroll(page);

  const openShift = (title: string) => page.getByTestId('open-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  const myShift = (title: string) => page.getByTestId('my-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

  await expect(openShift(market)).toContainText('Nog 1 plek vrij');
  await expect(openShift(market)).toContainText('Ochtend, 09:00 tot 12:30 uur');
  const signUp = openShift(market).getByRole('button', { name: /^Aanmelden/ });
  const box = await signUp.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44); // a finger-sized target
  await signUp.click();
  await expect(page.getByRole('status')).toHaveText('U bent aangemeld voor de dienst.');
  await expect(myShift(market)).toContainText('Samen met: Khadija Ouali');
  await expect(myShift(market)).toContainText('Waar: Dorpsstraat, bij de kerk');
  await expect(openShift(market)).toHaveCount(0);
  await expectAccessible(page);
  await noSideScroll(page);

  // The festival is at the same date and dagdeel: refused, with a clear message.
  await expect(openShift(festival)).toContainText('u hebt op dit dagdeel al een dienst');
  await openShift(festival).getByRole('button', { name: /^Aanmelden/ }).click();
  await expect(formAlert(page)).toHaveText('U hebt op deze dag en dit dagdeel al een dienst. U kunt niet op twee plaatsen tegelijk zijn.');
  await expect(myShift(festival)).toHaveCount(0);
  await expectAccessible(page);

  // The calendar feed: her own shifts, no partner's name, never cached.
  const url = await page.getByLabel('Uw agenda-link').inputValue();
  expect(url).toMatch(/\/api\/calendar\/[0-9a-f]{64}$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  expect(feed.headers()['cache-control']).toContain('no-store');
  const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
  expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(ics).toContain(`SUMMARY:${market} (Ochtend)`);
  expect(ics).toContain(`DTSTART;TZID=Europe/Amsterdam:${day(80).replace(/-/g, '')}T090000`);
  expect(ics).toContain('LOCATION:Dorpsstraat\\, bij de kerk');
  expect(ics).not.toContain('Khadija');
  expect(ics).not.toContain(festival);

  // A new link: the old one stops working.
  await page.getByRole('button', { name: 'Nieuwe link maken' }).click();
  await expect(page.getByRole('status')).toHaveText('U hebt een nieuwe agenda-link. De oude link werkt niet meer.');
  const renewed = await page.getByLabel('Uw agenda-link').inputValue();
  expect(renewed).not.toBe(url);
  expect((await page.request.get(url)).status()).toBe(404);
  expect((await page.request.get(renewed)).status()).toBe(200);
  expect((await page.request.get(url.replace(/[0-9a-f]{64}$/, 'f'.repeat(64)))).status()).toBe(404);

  // Cancelling well before the shift is allowed; the place opens up again.
  await expect(myShift(market)).toContainText('U kunt zich afmelden tot');
  await myShift(market).getByRole('button', { name: /^Afmelden/ }).click();
  await expect(page.getByRole('status')).toHaveText('U bent afgemeld voor de dienst.');
  await expect(myShift(market)).toHaveCount(0);
  await expect(openShift(market)).toContainText('Nog 1 plek vrij');
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The coordinator's desk (asCoordinator) has JavaScript on: a context made in the test took over
  // this block's `javaScriptEnabled: false`, and axe on the expense queue then never finished (the
  // last step that used to run past the 2 minutes). Two journeys, each with its own time budget:
  // every check of a page without JavaScript runs axe on a copy in a fresh context (10–15 s here).
  test('Fatima signs up for a shift on a phone without JavaScript and cannot mark an older shift herself', async ({ page, browser }) => {
    const title = `Ouderochtend e2e ${unique()}`;
    const coordinator = await asCoordinator(browser);
    await createEvent(coordinator.page, { title, kind: 'Anders', startsOn: day(-47), endsOn: day(85), place: 'Consultatiebureau Buytenwegh' });
    await addShift(coordinator.page, day(85), 'afternoon');
    await addShift(coordinator.page, day(-47), 'morning');
    await assignByList(coordinator.page, day(-47), 'morning', 'Fatima El Amrani');
    await coordinator.close();

    await login(page, ACCOUNTS.ambassador);
    await expect(page).toHaveURL(/\/ambassador$/);
    await page.goto('/ambassador/shifts');
    await expectAccessible(page, { javaScript: false });
    await noSideScroll(page);

    const open = page.getByTestId('open-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await open.getByRole('button', { name: /^Aanmelden/ }).click();
    await expect(page.getByRole('status')).toHaveText('U bent aangemeld voor de dienst.');
    const mine = page.getByTestId('my-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(mine).toContainText('Nog geen partner');
    await expectAccessible(page, { javaScript: false });

    // 47 days ago: not filled in, and too late for her to do so herself.
    const past = page.getByTestId('past-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(past).toContainText('Nog niet ingevuld');
    await expect(past).toContainText('U kunt dit alleen invullen op de dag van de dienst.');
    await expect(past.getByRole('button', { name: /^Ik was er:/ })).toHaveCount(0);
  });

  test('Fatima marks today’s shift on a phone without JavaScript and claims for it; the coordinator sees it is self-reported', async ({ page, browser }) => {
    const started = startedToday()[0];
    test.skip(!started, 'before 09:00 Dutch time no shift of today has started');
    const todayTitle = `Schoolplein e2e ${unique()}`;
    const coordinator = await asCoordinator(browser);
    await createEvent(coordinator.page, { title: todayTitle, kind: 'School', startsOn: day(0), endsOn: day(0), place: 'De Regenboog' });
    await addShift(coordinator.page, day(0), started!);
    await assignByList(coordinator.page, day(0), started!, 'Fatima El Amrani');
    const todayEventUrl = coordinator.page.url().replace(/[?#].*$/, '');
    await coordinator.close();

    await login(page, ACCOUNTS.ambassador);
    await page.goto('/ambassador/shifts');
    // Today's shift, once it has started: she marks it herself.
    const todays = () => page.getByTestId('past-shifts').getByRole('listitem').filter({ has: page.getByRole('heading', { name: todayTitle }) });
    await todays().getByRole('button', { name: /^Ik was er:/ }).click();
    await expect(page.getByRole('status')).toHaveText('Dank u. Het is opgeslagen.');
    await expect(todays().getByTestId('attendance')).toHaveText('U was er');
    await expectAccessible(page, { javaScript: false });

    // She claims the allowance for it.
    await page.goto('/ambassador/expenses');
    const toClaim = page.getByRole('region', { name: 'Nog aanvragen' }).getByRole('listitem').filter({ hasText: todayTitle });
    await toClaim.getByLabel('Bon (foto of pdf)').setInputFiles({ name: 'bon.png', mimeType: 'image/png', buffer: PNG });
    await toClaim.getByRole('button', { name: 'Vergoeding aanvragen' }).click();
    await expect(page.getByRole('status')).toContainText('Uw aanvraag is verstuurd.');

    // The coordinator sees both on the event and in the expense queue that she reported it herself.
    const desk = await asCoordinator(browser);
    await desk.page.goto(todayEventUrl);
    const fatima = shiftSection(desk.page, day(0), started!).locator('[data-testid^="assignee-"]').filter({ hasText: 'Fatima El Amrani' });
    await expect(fatima.getByTestId('attendance')).toHaveText('· Aanwezig (zelf gemeld)');
    await desk.page.goto(`/staff/expenses?month=${day(0).slice(0, 7)}&status=submitted`);
    const row = desk.page.getByRole('row').filter({ hasText: todayTitle });
    await expect(row.getByTestId('self-attested')).toHaveText('Zelf gemeld');
    await expectAccessible(desk.page);
    await desk.close();
  });
});
