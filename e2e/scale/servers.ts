import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { e2eEnv } from '../../scripts/e2e-env.mjs';

/**
 * Servers of their own for the scale specs (two instances, a database restart): a private
 * Postgres cluster in a temporary folder on its own port — never the machine's shared server,
 * which other tests use at the same time — and extra `next start`-style processes of the same
 * build (scripts/serve.mjs) on it. Ports are the browser tests' port plus a fixed offset.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);

/** The newest installed Postgres server's programs (PG_BIN overrides), or null. */
function pgBin(): string | null {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], 'bin') : null;
}

export interface PrivatePostgres {
  url: string;
  /** Stops the server (sessions ended, open transactions rolled back): a restart's first half. */
  down(): void;
  up(): void;
  /** Stops it for good and removes its folder. */
  stop(): void;
}

/** Postgres refuses to run as root: as root its programs run as the user postgres. */
function asPostgres(args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0]!, args.slice(1)];
}

function run(args: string[]) {
  const [cmd, rest] = asPostgres(args);
  const r = spawnSync(cmd, rest, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(args[0]!)} failed: ${r.stderr || r.stdout}`);
}

/** A new cluster on `port`, or null when no Postgres server is installed (the spec is skipped). */
export function startPostgres(port: number): PrivatePostgres | null {
  const bin = pgBin();
  if (!bin) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-pg-'));
  if (process.getuid?.() === 0) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const data = path.join(dir, 'data');
  run([path.join(bin, 'initdb'), '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  // fsync off: a test cluster; a restart of the server (not the machine) loses nothing by it.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const ctl = (...args: string[]) => run([path.join(bin, 'pg_ctl'), '-D', data, ...args]);
  ctl('-l', path.join(dir, 'log'), '-w', '-o', opts, 'start');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    down: () => ctl('-m', 'fast', '-w', 'stop'),
    up: () => ctl('-l', path.join(dir, 'log'), '-w', '-o', opts, 'start'),
    stop() {
      try {
        ctl('-m', 'immediate', '-w', 'stop');
      } catch {}
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Migrations, the demo data and the test accounts (scripts/e2e-prepare.ts), as for the main server. */
export function prepareDatabase(url: string) {
  const r = spawnSync('npx', ['tsx', '--conditions=react-server', 'scripts/e2e-prepare.ts'], {
    env: { ...e2eEnv(String(E2E_PORT)), DATABASE_URL: url },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`preparing the database failed: ${r.stderr}`);
}

export interface App {
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** One more process of the built app on `port`, against `url`; resolves once it answers. */
export async function startApp(port: number, url: string, extraEnv: Record<string, string> = {}, publicPort = port): Promise<App> {
  const env = { ...e2eEnv(String(publicPort)), DATABASE_URL: url, ...extraEnv };
  const child = spawn('node', ['scripts/serve.mjs', String(port)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app on port ${port} exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app on port ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { port, process: child, stop };
}
