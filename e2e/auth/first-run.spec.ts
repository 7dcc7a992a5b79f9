import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { e2eEnv } from '../../scripts/e2e-env.mjs';
import { expect, expectAccessible, formAlert, test, totpCode } from '../fixtures';

// The first-run page needs a database without any account, unlike the shared browser-test server
// (demo data): this spec starts a second server of the same build on a new, empty embedded
// database (migrations only) and stops it afterwards.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 100;
const BASE = `http://localhost:${PORT}`;
let server: ChildProcess | undefined;
let dataDir: string | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-e2e-empty-'));
  const env = { ...e2eEnv(PORT), WIJKWERF_DATA_DIR: dataDir };
  const migrate = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/migrate.ts'], { env, stdio: 'inherit' });
  expect(migrate.status, 'migrations on the empty database').toBe(0);
  server = spawn('node', ['scripts/serve.mjs', String(PORT)], { env, stdio: 'inherit' });
  const deadline = Date.now() + 150_000;
  for (;;) {
    const up = await fetch(`${BASE}/setup`).then((r) => r.ok, () => false);
    if (up) break;
    if (Date.now() > deadline) throw new Error('the empty-database server did not start');
    await new Promise((r) => setTimeout(r, 1000));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('a fresh installation: the first administrator and the basics are set up once, then the page is closed', async ({ page }) => {
  // Without any account, the login page sends to the first-run page.
  await page.goto(`${BASE}/login`);
  await expect(page).toHaveURL(`${BASE}/setup`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wijkwerf instellen');
  await expectAccessible(page);

  const email = 'beheer@gemeente-voorbeeld.example';
  const password = 'de eerste sleutel van het stadhuis';
  await page.getByLabel(/^Naam van de gemeente/).fill('Gemeente Voorbeeld');
  await page.getByLabel(/^Uw naam/).fill('Eerste Beheerder');
  await page.getByLabel(/^Uw e-mailadres/).fill(email);
  // A common password is refused, as everywhere.
  await page.getByLabel(/^Wachtwoord/).fill('password1234');
  await page.getByLabel(/^Typ het wachtwoord nog een keer/).fill('password1234');
  await page.getByLabel(/^Extra wijken/).fill('Nieuwe Haven\nOude Molen');
  await page.getByLabel(/^Vergoeding per dagdeel/).fill('7,25');
  await page.getByLabel(/^Naam van de eerste periode/).fill('2027 eerste helft');
  await page.getByLabel(/^Eerste dag van de periode/).fill('2027-01-01');
  await page.getByLabel(/^Laatste dag van de periode/).fill('2027-06-30');
  await page.getByLabel(/^Doel/).fill('60');
  await page.getByRole('button', { name: 'Wijkwerf instellen' }).click();
  await expect(formAlert(page)).toContainText('komt veel voor');
  await page.getByLabel(/^Wachtwoord/).fill(password);
  await page.getByLabel(/^Typ het wachtwoord nog een keer/).fill(password);
  await page.getByRole('button', { name: 'Wijkwerf instellen' }).click();
  await expect(page).toHaveURL(/\/login\?activated=1$/);

  // The administrator signs in and must set up the second step first.
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(`${BASE}/account/security`);
  await expect(page.getByTestId('must-enrol')).toBeVisible();
  const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').trim();
  await page.getByRole('textbox', { name: /^Code/ }).fill(totpCode(secret));
  await page.getByRole('button', { name: 'Tweede inlogstap aanzetten' }).click();
  await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await page.getByTestId('recovery-codes').getByRole('link', { name: 'Verder naar Wijkwerf' }).click();
  await expect(page).toHaveURL(`${BASE}/admin`);

  // Now there is an account: the first-run page is closed for good.
  await page.goto(`${BASE}/setup`);
  await expect(page.getByTestId('setup-done')).toBeVisible();
  await expectAccessible(page);
});
