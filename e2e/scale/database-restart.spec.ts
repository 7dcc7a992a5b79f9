import type { APIRequestContext, Browser } from '@playwright/test';
import postgres from 'postgres';
import { expect, test } from '../fixtures';
import { type App, E2E_PORT, type PrivatePostgres, prepareDatabase, startApp, startPostgres } from './servers';

// The database server goes away and comes back while residents sign up. The app (one process of
// the build, on a private Postgres cluster — never the machine's shared server) is not restarted:
// it answers each post with the thank-you or a plain "try again" in the page's language, stores
// every sign-up it thanked for, half of none, and takes sign-ups again once the server is back.
const PORT_APP = E2E_PORT + 5;
const PORT_PG = E2E_PORT + 6;
const APP = `http://localhost:${PORT_APP}`;
const THANKS = 'Bedankt voor uw aanmelding';
const TRY_AGAIN = { nl: 'Het lukt nu even niet. Probeer het over een minuut opnieuw.', en: 'This is not working right now. Please try again in a minute.' };
/** What a reader sees: the page without its scripts (which carry every message of the form) and tags. */
const visible = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
/** A stack trace line ("at fn (file.js:1:2)") or Next's bare crash page. */
const CRASH = /\bat [\w$.<>]+ \(.*:\d+:\d+\)|Application error|Internal Server Error/;

/** A figure `npm run bench -- scale` prints (scripts/bench-scale.ts reads the report's annotations). */
const figure = (description: string) => test.info().annotations.push({ type: 'figure', description });

let pg: PrivatePostgres | null = null;
let app: App | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  pg = startPostgres(PORT_PG);
  test.skip(!pg, 'no Postgres server installed (/usr/lib/postgresql/<version>/bin, or PG_BIN)');
  prepareDatabase(pg!.url);
  // No flood limit in the way of the stream of sign-ups.
  app = await startApp(PORT_APP, pg!.url, { SIGNUP_RATE_LIMIT: '100000' });
});

test.afterAll(async () => {
  await app?.stop();
  pg?.stop();
});

/** The sign-up form's hidden fields as a phone without JavaScript posts them (to the form's own address, /aanmelden). */
async function signupFields(browser: Browser): Promise<Record<string, string>> {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${APP}/`);
  expect(await page.locator('form').getAttribute('action')).toBe('/aanmelden');
  const hidden = await page.locator('form input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  await ctx.close();
  return hidden;
}

const run = String(Date.now() % 1000).padStart(3, '0');
let n = 0;
/** A new mobile number as typed, and as stored (E.164). */
function newPhone() {
  n += 1;
  const typed = `06 4${run}${String(n).padStart(4, '0')}`;
  return { typed, stored: `+31${typed.replace(/\D/g, '').slice(1)}` };
}

/** `at`: when the answer came. */
type Outcome = { phone: string; kind: 'thanked' | 'tryAgain' | 'other'; status: number; text: string; at: number };

async function signUp(request: APIRequestContext, hidden: Record<string, string>, locale: 'nl' | 'en' = 'nl'): Promise<Outcome> {
  const phone = newPhone();
  const answers = { name: 'Herstart', phone: phone.typed, language: 'nl', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on' };
  try {
    // URL-encoded, as a browser sends the form (method="post", no enctype).
    const res = await request.post(locale === 'nl' ? `${APP}/aanmelden` : `${APP}/en/aanmelden`, { form: { ...hidden, ...answers }, timeout: 45_000 });
    const text = visible(await res.text());
    const kind = res.ok() && text.includes(THANKS) ? 'thanked' : text.includes(TRY_AGAIN[locale]) && !CRASH.test(text) ? 'tryAgain' : 'other';
    // An empty page (a render that failed before its first byte) is neither.
    return { phone: phone.stored, kind, status: res.status(), text: text.trim() || '(empty page)', at: Date.now() };
  } catch (e) {
    return { phone: phone.stored, kind: 'other', status: 0, text: String(e), at: Date.now() };
  }
}

test('with the database down, a sign-up gets a plain "try again" in its language; once it is back, sign-ups work again', async ({ browser, request, playwright }) => {
  const hidden = await signupFields(browser);
  expect((await signUp(request, hidden)).kind).toBe('thanked');
  pg!.down();
  try {
    expect((await request.get(`${APP}/readyz`)).status()).toBe(503);
    const nl = await signUp(request, hidden, 'nl');
    expect(nl.kind, `HTTP ${nl.status}\n${nl.text.slice(0, 400)}`).toBe('tryAgain');
    // In a context of its own: the English page stores its language in a cookie, and / would then send to /en.
    const english = await playwright.request.newContext();
    const en = await signUp(english, hidden, 'en');
    await english.dispose();
    expect(en.kind, `HTTP ${en.status}\n${en.text.slice(0, 400)}`).toBe('tryAgain');
  } finally {
    pg!.up();
  }
  const upAt = Date.now();
  // The same process, no restart: it reconnects by itself.
  await expect.poll(async () => (await request.get(`${APP}/readyz`)).status(), { timeout: 20_000 }).toBe(200);
  figure(`database back → app ready again (/readyz 200): ${((Date.now() - upAt) / 1000).toFixed(1)} s`);
  expect(app!.process.exitCode).toBeNull();
  const after = await signUp(request, hidden);
  expect(after.kind, `HTTP ${after.status}\n${after.text.slice(0, 400)}`).toBe('thanked');
});

test('a restart during a stream of sign-ups: every thanked one is stored, none half, the rest asked to try again', async ({ browser, request }) => {
  test.setTimeout(120_000);
  const hidden = await signupFields(browser);
  const outcomes: Outcome[] = [];
  let restartedAt = Infinity;
  let stop = false;
  const stream = async () => {
    while (!stop) outcomes.push(await signUp(request, hidden));
  };
  const streams = Array.from({ length: 4 }, stream);
  await expect.poll(() => outcomes.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
  // The restart: down until the stream has felt it (a fixed pause could fall between two posts on
  // a slow machine, and then the test would prove nothing), then up again.
  const feltBefore = outcomes.filter((o) => o.kind === 'tryAgain').length;
  pg!.down();
  try {
    await expect
      .poll(() => outcomes.filter((o) => o.kind === 'tryAgain').length - feltBefore, { timeout: 30_000, message: 'sign-ups while the database is down are asked to try again' })
      .toBeGreaterThanOrEqual(2);
  } finally {
    pg!.up();
  }
  restartedAt = Date.now();
  // Keep going until sign-ups are thanked again after the restart.
  await expect
    .poll(() => outcomes.filter((o) => o.kind === 'thanked' && o.at > restartedAt).length, { timeout: 45_000 })
    .toBeGreaterThanOrEqual(8);
  stop = true;
  await Promise.all(streams);

  const firstThanked = Math.min(...outcomes.filter((o) => o.kind === 'thanked' && o.at > restartedAt).map((o) => o.at));
  const tally = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
  figure(`sign-ups through the restart: ${tally('thanked')} thanked, ${tally('tryAgain')} asked to try again, ${tally('other')} other; first thanked ${((firstThanked - restartedAt) / 1000).toFixed(1)} s after the server was back`);
  const others = outcomes.filter((o) => o.kind === 'other').map((o) => `HTTP ${o.status}: ${o.text.slice(0, 300)}`);
  expect(others, 'every answer is the thank-you or the "try again"').toEqual([]);
  const thanked = outcomes.filter((o) => o.kind === 'thanked').map((o) => o.phone);
  const failed = outcomes.filter((o) => o.kind === 'tryAgain').map((o) => o.phone);
  expect(failed.length, 'the restart was felt by some sign-ups').toBeGreaterThan(0);
  expect(app!.process.exitCode).toBeNull();

  const sql = postgres(pg!.url, { max: 1, onnotice: () => {} });
  try {
    const all = [...thanked, ...failed];
    const rows = await sql<{ phone: string; created: number; audited: number }[]>`
      SELECT l.phone,
        (SELECT count(*) FROM lead_events e WHERE e.lead_id = l.id AND e.kind = 'created')::int AS created,
        (SELECT count(*) FROM audit_log a WHERE a.entity_id = l.id AND a.action = 'lead.created')::int AS audited
      FROM leads l WHERE l.phone IN ${sql(all)}`;
    const leadsOf = (phone: string) => rows.filter((r) => r.phone === phone).length;
    // Every thanked sign-up is there, once.
    expect(thanked.filter((p) => leadsOf(p) !== 1), 'thanked but not stored once').toEqual([]);
    expect(failed.filter((p) => leadsOf(p) > 1), 'stored twice').toEqual([]);
    // Whatever is stored is whole: the lead, its "created" event and its audit entry together.
    expect(rows.filter((r) => r.created !== 1 || r.audited !== 1), 'half-written sign-ups').toEqual([]);
    figure(`thanked sign-ups stored once and whole (half-written ones stored): ${thanked.filter((p) => leadsOf(p) === 1).length} of ${thanked.length} (${rows.filter((r) => r.created !== 1 || r.audited !== 1).length})`);
  } finally {
    await sql.end({ timeout: 5 });
  }
});
