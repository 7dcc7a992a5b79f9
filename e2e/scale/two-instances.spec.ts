import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer as createHttpServer, request as httpRequest } from 'node:http';
import { createServer as createTcpServer, type Server } from 'node:net';
import type { Browser, BrowserContext } from '@playwright/test';
import postgres from 'postgres';
import { e2eEnv } from '../../scripts/e2e-env.mjs';
import { ACCOUNTS, expect, login, test } from '../fixtures';
import { type App, E2E_PORT, type PrivatePostgres, prepareDatabase, startApp, startPostgres } from './servers';

// Two processes of the same build on one Postgres database, behind a reverse proxy written here
// that hands every request to the other instance in turn: a signed-in user, the sign-up flood
// limit, an HSDS upload waiting for confirmation and the outbox behave as with one process.
const PORT_A = E2E_PORT + 1;
const PORT_B = E2E_PORT + 2;
const PORT_PROXY = E2E_PORT + 3;
const PORT_PG = E2E_PORT + 4;
const PORT_SMTP = E2E_PORT + 7;
const PROXY = `http://localhost:${PORT_PROXY}`;
const A = `http://localhost:${PORT_A}`;
const B = `http://localhost:${PORT_B}`;

/** A figure `npm run bench -- scale` prints (scripts/bench-scale.ts reads the report's annotations). */
const figure = (description: string) => test.info().annotations.push({ type: 'figure', description });

let pg: PrivatePostgres | null = null;
const apps: App[] = [];
let proxy: ReturnType<typeof createHttpServer> | undefined;
const served = new Map<number, number>();

/** Round robin: request n goes to instance n mod 2, whatever the client. */
function startProxy() {
  const targets = [PORT_A, PORT_B];
  let n = 0;
  proxy = createHttpServer((req, res) => {
    const port = targets[n++ % targets.length]!;
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = httpRequest({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  proxy.listen(PORT_PROXY, '127.0.0.1');
  return once(proxy, 'listening');
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  pg = startPostgres(PORT_PG);
  test.skip(!pg, 'no Postgres server installed (/usr/lib/postgresql/<version>/bin, or PG_BIN)');
  prepareDatabase(pg!.url);
  // Both instances hand out the proxy's address, as behind a load balancer.
  apps.push(...(await Promise.all([startApp(PORT_A, pg!.url, {}, PORT_PROXY), startApp(PORT_B, pg!.url, {}, PORT_PROXY)])));
  await startProxy();
});

test.afterAll(async () => {
  await new Promise((r) => (proxy ? proxy.close(r) : r(null)));
  await Promise.all(apps.map((a) => a.stop()));
  pg?.stop();
});

function contextAt(browser: Browser, baseURL: string, extra: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' }, ...extra });
}

test('a coordinator signs in through both instances in turn and stays signed in on each', async ({ browser }) => {
  const ctx = await contextAt(browser, PROXY);
  const page = await ctx.newPage();
  served.clear();
  // The password step, the code step and the start page: each request lands on the other instance.
  await login(page, ACCOUNTS.coordinator);
  await expect(page).toHaveURL(`${PROXY}/staff`);
  expect(served.get(PORT_A) ?? 0).toBeGreaterThan(0);
  expect(served.get(PORT_B) ?? 0).toBeGreaterThan(0);
  // The same session cookie, straight to each instance: both know the user.
  for (const base of [A, B]) {
    await page.goto(`${base}/staff`);
    await expect(page, base).toHaveURL(`${base}/staff`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // And one that was never signed in is sent to the login page by either.
  const stranger = await (await contextAt(browser, B)).newPage();
  await stranger.goto(`${A}/staff`);
  await expect(stranger).toHaveURL(/\/login/);
  await stranger.context().close();
  await ctx.close();
});

test('the sign-up flood limit counts posts to both instances together', async ({ browser, request }) => {
  // The form's hidden fields as a phone without JavaScript posts them (to the form's own address, /aanmelden).
  const ctx = await contextAt(browser, A, { javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('/');
  const hidden = await page.locator('form input[type=hidden]').evaluateAll((els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLInputElement).name, (e as HTMLInputElement).value])),
  );
  await ctx.close();
  const statuses: number[] = [];
  for (let i = 0; i < 9; i++) {
    const phone = `06 3${String(Date.now() % 1000).padStart(3, '0')}${String(i).padStart(4, '0')}`;
    const res = await request.post(`${i % 2 ? B : A}/aanmelden`, {
      form: { ...hidden, name: 'Twee', phone, language: 'nl', neighbourhood: 'meerzicht', forWhom: 'self', consent: 'on' },
      headers: { 'x-forwarded-for': '198.51.100.78' },
      maxRedirects: 0,
    });
    statuses.push(res.status());
  }
  // SIGNUP_RATE_LIMIT is 8 per address for the browser tests: four on each instance are all allowed,
  // the ninth is refused, though its instance has seen only five.
  expect(statuses.slice(0, 8).every((s) => s < 400), statuses.join(' ')).toBe(true);
  expect(statuses[8]).toBe(429);
});

test('an HSDS file uploaded on one instance is confirmed on the other', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const orgId = randomUUID();
  const pkg = [
    {
      id: orgId,
      name: `Twee instanties ${stamp}`,
      description: 'Geüpload op de ene, bevestigd op de andere.',
      services: [{ id: randomUUID(), organization_id: orgId, name: `Dienst twee instanties ${stamp}`, status: 'active' }],
    },
  ];
  const ctx = await contextAt(browser, A);
  const page = await ctx.newPage();
  await login(page, ACCOUNTS.coordinator);
  await page.goto(`${A}/staff/social-map/manage/import`);
  await page.getByLabel('HSDS-bestand (JSON)').setInputFiles({ name: 'kaart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pkg)) });
  await page.getByRole('button', { name: 'Bekijken' }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('import-counts')).toContainText('1 organisatie (1 nieuw, 0 bijgewerkt)');
  // The preview's address, opened on the other instance: the package is there, and is imported.
  await page.goto(`${B}${new URL(page.url()).pathname}`);
  await expect(page.getByTestId('import-counts')).toContainText('1 organisatie (1 nieuw, 0 bijgewerkt)');
  await page.getByRole('button', { name: 'Importeren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De import is gelukt. Aanbod opgeslagen: 1.' })).toBeVisible();
  expect(new URL(page.url()).port).toBe(String(PORT_B));
  await page.goto(`${A}/staff/social-map/manage`);
  await expect(page.getByText(`Twee instanties ${stamp}`).first()).toBeVisible();
  await ctx.close();
});

/** Just enough SMTP to accept mail: records who sent each message (MAIL FROM) to whom (RCPT TO). */
function fakeSmtp(port: number) {
  const received: { from: string; to: string }[] = [];
  const server: Server = createTcpServer((socket) => {
    let from = '';
    let to = '';
    let inData = false;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push({ from, to });
          // A slow server: one worker's pass takes a while, so the other's overlaps it.
          setTimeout(() => socket.write('250 OK\r\n'), 40);
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'MAIL') (from = line.replace(/^[^<]*<|>.*$/g, '')), socket.write('250 OK\r\n');
        else if (verb === 'RCPT') (to = line.replace(/^[^<]*<|>.*$/g, '')), socket.write('250 OK\r\n');
        else if (verb === 'DATA') (inData = true), socket.write('354 go on\r\n');
        else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => {});
  });
  server.listen(port, '127.0.0.1');
  return { received, server };
}

test('two outbox workers send each message once', async () => {
  test.setTimeout(90_000);
  const sql = postgres(pg!.url, { max: 1, onnotice: () => {} });
  const smtp = fakeSmtp(PORT_SMTP);
  const workers: ChildProcess[] = [];
  try {
    const count = 60;
    const stamp = Date.now().toString(36);
    const addresses = Array.from({ length: count }, (_, i) => `twee-${stamp}-${i}@example.test`);
    await sql`INSERT INTO notifications ${sql(addresses.map((a) => ({ recipient_address: a, template: 'passwordChanged', locale: 'nl' })))}`;
    for (const name of ['een', 'twee']) {
      const env = { ...e2eEnv(String(E2E_PORT)), DATABASE_URL: pg!.url, SMTP_URL: `smtp://127.0.0.1:${PORT_SMTP}`, MAIL_FROM: `worker-${name}@example.test`, NOTIFICATIONS_INTERVAL_SECONDS: '5' };
      workers.push(spawn('npx', ['tsx', '--conditions=react-server', 'scripts/notifications-worker.ts'], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true }));
    }
    await expect
      .poll(async () => Number((await sql`SELECT count(*) FROM notifications WHERE recipient_address LIKE ${`twee-${stamp}-%`} AND status = 'sent'`)[0]!.count), { timeout: 75_000, intervals: [1000] })
      .toBe(count);
    const ours = smtp.received.filter((m) => m.to.startsWith(`twee-${stamp}-`));
    const by = (name: string) => ours.filter((m) => m.from === `worker-${name}@example.test`).length;
    figure(`outbox, two workers: ${new Set(ours.map((m) => m.to)).size} of ${count} messages delivered, ${ours.length} deliveries (een ${by('een')}, twee ${by('twee')})`);
    // Every message arrived exactly once, and both workers did part of the sending.
    expect(ours.map((m) => m.to).sort()).toEqual([...addresses].sort());
    expect(new Set(ours.map((m) => m.from))).toEqual(new Set(['worker-een@example.test', 'worker-twee@example.test']));
  } finally {
    // npx and the worker under it: the whole process group.
    const exited = workers.map((w) => (w.exitCode === null ? once(w, 'exit') : null));
    for (const w of workers) if (w.pid && w.exitCode === null) process.kill(-w.pid, 'SIGTERM');
    // A worker stops after its pause (at most NOTIFICATIONS_INTERVAL_SECONDS).
    await Promise.race([Promise.all(exited), new Promise((r) => setTimeout(r, 8000))]);
    smtp.server.close();
    await sql.end({ timeout: 5 });
  }
});
