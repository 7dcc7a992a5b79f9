import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '@/db/client';
import { verifyLogin } from '@/lib/auth/login';

describe('npm start', () => {
  it('refuses to run without AUTH_SECRET, with a clear message and a non-zero exit', () => {
    const env = { ...process.env };
    delete env.AUTH_SECRET;
    const r = spawnSync('node', ['scripts/start.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('AUTH_SECRET is missing');
  });

  it('refuses to run without PUBLIC_URL (links would otherwise follow the Host header), with a clear message', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: 'x'.repeat(40), IP_HASH_KEY: 'k'.repeat(40) };
    delete env.PUBLIC_URL;
    const r = spawnSync('node', ['scripts/start.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('PUBLIC_URL is missing');
    const bad = spawnSync('node', ['scripts/start.mjs'], { env: { ...env, PUBLIC_URL: 'wijkwerf.example.nl' }, encoding: 'utf8', timeout: 20_000 });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('PUBLIC_URL');
  });

  it('refuses to run without IP_HASH_KEY, or with IP_HASH_KEY equal to AUTH_SECRET', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: 'a'.repeat(40) };
    delete env.IP_HASH_KEY;
    const r = spawnSync('node', ['scripts/start.mjs'], { env, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('IP_HASH_KEY is missing');
    const same = spawnSync('node', ['scripts/start.mjs'], { env: { ...env, IP_HASH_KEY: 'a'.repeat(40) }, encoding: 'utf8', timeout: 20_000 });
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('IP_HASH_KEY must differ');
  });

  it('refuses a memory budget (SERVER_HEAP_MB) that is not a whole number of at least 128 MB', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: 'a'.repeat(40), IP_HASH_KEY: 'k'.repeat(40), PUBLIC_URL: 'http://localhost:1' };
    for (const value of ['64', 'lots', '256.5']) {
      const r = spawnSync('node', ['scripts/start.mjs'], { env: { ...env, SERVER_HEAP_MB: value }, encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('SERVER_HEAP_MB');
    }
  });

  it('refuses a short AUTH_SECRET', () => {
    const r = spawnSync('node', ['scripts/start.mjs'], { env: { ...process.env, AUTH_SECRET: 'short' }, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(1);
  });
});

describe('npm run user:create', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-cli-'));
  const env = { ...process.env, WIJKWERF_DATA_DIR: dir, DATABASE_URL: '' };
  const cli = (args: string[], input: string) =>
    spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/user-create.ts', ...args], { env, input, encoding: 'utf8', timeout: 60_000 });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an account whose password (from stdin) logs in', async () => {
    const r = cli(['--email', 'New.Worker@Gemeente.nl', '--role', 'caseworker', '--name', 'Nieuwe Consulent'], 'een-lang-wachtwoord\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Created caseworker new.worker@gemeente.nl');

    const again = cli(['--email', 'new.worker@gemeente.nl', '--role', 'caseworker', '--name', 'X'], 'een-lang-wachtwoord\n');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');

    const h = createDb({ dataDir: path.join(dir, 'pglite') });
    try {
      const ok = await verifyLogin(h.db, { email: 'new.worker@gemeente.nl', password: 'een-lang-wachtwoord', ipHash: 'cli-test' });
      expect(ok.ok && ok.user.role).toBe('caseworker');
    } finally {
      await h.close();
    }
  }, 180_000); // spawns tsx, which migrates a fresh embedded database each time

  it('rejects an unknown role and a short password without creating anything', () => {
    const bad = cli(['--email', 'x@y.nl', '--role', 'boss', '--name', 'X'], 'een-lang-wachtwoord\n');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--role');
    const short = cli(['--email', 'x@y.nl', '--role', 'admin', '--name', 'X'], 'kort\n');
    expect(short.status).toBe(2);
    expect(short.stderr).toContain('at least 12 characters');
  }, 180_000); // spawns tsx, which migrates a fresh embedded database each time
});
