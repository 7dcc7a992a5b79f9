// `npm test`: every test. Vitest (units + data layer on PGlite, and on the Postgres server when
// TEST_DATABASE_URL is set), a production build, then Playwright against it in a Chromium that
// scripts/browser.mjs finds (or installs with apt-get on Debian/Ubuntu as root) — before anything
// runs, so a missing browser stops the run at once.
// Ends with one line "N passed, N failed" (both runners summed); exits non-zero on any failure
// or when no test ran.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './browser.mjs';

const reports = '.test-reports';
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const only = process.argv[2]; // optional: "unit" or "e2e"

function databases() {
  if (!process.env.TEST_DATABASE_URL) return 'embedded PGlite only (no TEST_DATABASE_URL set)';
  let where = 'the Postgres server from TEST_DATABASE_URL';
  try {
    const u = new URL(process.env.TEST_DATABASE_URL);
    where += ` (${u.hostname}:${u.port || 5432}${u.pathname})`; // no user or password
  } catch {}
  return `embedded PGlite and ${where}`;
}
console.log(`Databases: ${databases()}`);

if (only !== 'unit') {
  const browser = ensureBrowser();
  if (browser.error) {
    console.log(`\n${browser.error}`);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
  env.CHROMIUM_PATH = browser.path;
  console.log(`Browser: ${browser.path}`);
}

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}
function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

let passed = 0;
let failed = 0;
let broken = false;

if (only !== 'e2e') {
  const code = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/vitest.json`]);
  const r = readJson(`${reports}/vitest.json`);
  if (r) {
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (code !== 0 && r.numFailedTests === 0) broken = true; // e.g. a suite that failed to load
  } else broken = true;
}

if (only !== 'unit') {
  if (run('npx', ['next', 'build']) !== 0) {
    broken = true;
  } else {
    const code = run('npx', ['playwright', 'test']);
    const r = readJson(`${reports}/playwright.json`);
    if (r) {
      passed += r.stats.expected + r.stats.flaky;
      failed += r.stats.unexpected;
      if (code !== 0 && r.stats.unexpected === 0) broken = true;
    } else broken = true;
  }
}

if (broken) console.log('\nA test runner or the build failed before reporting every result (see above).');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
