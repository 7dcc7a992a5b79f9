// Starts the built app for Playwright on a fresh database with the demo data:
// a new database on the Postgres server when TEST_DATABASE_URL is set, else a new embedded one.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { e2eEnv } from './e2e-env.mjs';

const port = process.env.E2E_PORT ?? '3210';
const env = e2eEnv(port);

let dropDb = async () => {};
if (process.env.TEST_DATABASE_URL) {
  // One e2e database per test database, named after it: a run that was killed before it could
  // clean up leaves at most this one behind, and the next run replaces it.
  const base = new URL(process.env.TEST_DATABASE_URL).pathname.slice(1).replace(/[^a-z0-9_]/gi, '') || 'wijkwerf';
  const name = `${base}_e2e`.slice(0, 63);
  const admin = postgres(process.env.TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  dropDb = async () => {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end({ timeout: 5 });
  };
  console.log(`[e2e] Postgres server, database ${name}`);
} else {
  env.WIJKWERF_DATA_DIR = mkdtempSync(path.join(tmpdir(), 'wijkwerf-e2e-'));
  console.log(`[e2e] embedded PGlite in ${env.WIJKWERF_DATA_DIR}`);
}

const prep = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/e2e-prepare.ts'], { stdio: 'inherit', env });
if (prep.status !== 0) {
  await dropDb();
  process.exit(prep.status ?? 1);
}

const server = spawn('node', ['scripts/serve.mjs', port], { stdio: 'inherit', env });
const stop = async (sig) => {
  server.kill(sig);
  await dropDb();
  process.exit(0);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', async (code) => {
  await dropDb();
  process.exit(code ?? 0);
});
