import type { Browser, Page } from '@playwright/test';
import { ACCOUNTS, expect, expectAccessible, login } from '../fixtures';

const DAY = 24 * 3600 * 1000;

/** A calendar day in Dutch time, `offset` days from today, as YYYY-MM-DD (what a date field holds). */
export function day(offset = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offset * DAY),
  );
}

/** A short unique suffix, so journeys never trip over each other's events. */
export function unique(): string {
  return Date.now().toString(36).slice(-5);
}

export type Dagdeel = 'morning' | 'afternoon' | 'evening';

/**
 * The dagdelen of today (Dutch time) that have started, earliest first. An ambassador can mark
 * their own attendance only on the shift's own day once it has started, so journeys that do so
 * need one of these (there is none before 09:00).
 */
export function startedToday(): Dagdeel[] {
  const hm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
  const starts: Record<Dagdeel, string> = { morning: '09:00', afternoon: '13:00', evening: '18:00' };
  return (Object.keys(starts) as Dagdeel[]).filter((d) => hm >= starts[d]);
}

const DAGDEEL_LABEL: Record<Dagdeel, string> = {
  morning: 'Ochtend (09:00–12:30)',
  afternoon: 'Middag (13:00–17:00)',
  evening: 'Avond (18:00–21:00)',
};

export interface NewEvent {
  title: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  place: string;
  wijk?: string;
  languages?: string[];
  targetGroup?: string;
}

/** Creates an event through the coordinator's form; ends on the new event's page. */
export async function createEvent(page: Page, e: NewEvent) {
  await page.goto('/staff/events/new');
  const form = page.getByTestId('event-form');
  await form.getByLabel('Naam van het evenement').fill(e.title);
  await form.getByLabel('Soort evenement').selectOption({ label: e.kind });
  await form.getByLabel('Eerste dag').fill(e.startsOn);
  await form.getByLabel('Laatste dag').fill(e.endsOn);
  await form.getByLabel('Plaats (adres of naam van de locatie)').fill(e.place);
  if (e.wijk) await form.getByLabel('Wijk').selectOption({ label: e.wijk });
  for (const l of e.languages ?? []) await form.getByLabel(l, { exact: true }).check();
  if (e.targetGroup) await form.getByLabel('Doelgroep of achtergrond').fill(e.targetGroup);
  await form.getByRole('button', { name: 'Evenement aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: e.title })).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Het evenement is aangemaakt.');
}

/** Adds a shift on the event page that is open; returns its section. */
export async function addShift(page: Page, date: string, dagdeel: Dagdeel, places = 2) {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Dienst toevoegen' }) });
  await form.getByRole('textbox', { name: /^Dag\b/ }).fill(date);
  await form.getByLabel(DAGDEEL_LABEL[dagdeel]).check();
  await form.getByLabel('Aantal plaatsen').fill(String(places));
  await form.getByRole('button', { name: 'Dienst toevoegen' }).click();
  await expect(page.getByRole('status')).toContainText('De dienst is toegevoegd.');
  const section = shiftSection(page, date, dagdeel);
  await expect(section).toBeVisible();
  return section;
}

export function shiftSection(page: Page, date: string, dagdeel: Dagdeel) {
  return page.getByTestId(`shift-${date}-${dagdeel}`);
}

/** Assigns an ambassador to a shift with the shift's "assign another" list. */
export async function assignByList(page: Page, date: string, dagdeel: Dagdeel, name: string) {
  const section = shiftSection(page, date, dagdeel);
  await section.getByLabel('Andere ambassadeur indelen').selectOption({ label: name });
  await section.getByRole('button', { name: 'Indelen', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('De ambassadeur is ingedeeld.');
  await expect(shiftSection(page, date, dagdeel).locator('[data-testid^="assignee-"]').filter({ hasText: name })).toBeVisible();
}

/** A coordinator in a browser context of their own (desktop size); close it when done. */
export async function asCoordinator(browser: Browser) {
  // JavaScript on, whatever the test uses: a context made in a test takes over the test's `use`
  // options, and axe cannot finish in a page without JavaScript (expectAccessible hangs).
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', javaScriptEnabled: true });
  const page = await ctx.newPage();
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(/\/staff$/);
  return { page, close: () => ctx.close() };
}

/** The hidden fields of a form (action id included), to post it as someone else. */
export async function hiddenFields(form: ReturnType<Page['locator']>) {
  return form
    .locator('input[type=hidden]')
    .evaluateAll((els) => Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])));
}

export { expectAccessible };
