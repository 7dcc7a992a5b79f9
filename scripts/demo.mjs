// `npm run demo`: migrate the embedded database, load demo data if empty, build if needed, serve.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { demoSecret } from './env.mjs';

const t0 = Date.now();
const port = process.env.PORT || '3000';
const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET || demoSecret(),
  IP_HASH_KEY: process.env.IP_HASH_KEY || demoSecret('ip-hash-key'),
  AUTH_TRUST_HOST: 'true',
  // The address in referral links, QR codes, flyers and calendar feeds.
  PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${port}`,
};
delete env.DATABASE_URL; // the demo always runs on the embedded database

function run(cmd, args, extraEnv = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

run('npx', ['tsx', '--conditions=react-server', 'scripts/seed.ts', '--print-accounts']);

const buildId = path.join('.next', 'BUILD_ID');
const sources = ['app', 'lib', 'db', 'proxy.ts', 'next.config.ts', 'package-lock.json'];
const stale =
  !existsSync(buildId) ||
  sources.some((s) => existsSync(s) && (statSync(s).isDirectory() ? newestMtime(s) : statSync(s).mtimeMs) > statSync(buildId).mtimeMs);
if (stale) run('npx', ['next', 'build']);

console.log(`\nWijkwerf demo on http://localhost:${port} (prepared in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
const server = spawn('node', ['scripts/serve.mjs', port], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
