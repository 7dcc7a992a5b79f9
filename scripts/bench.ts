// `npm run bench [-- task …]`: measures and prints the figures recorded in docs/BENCHMARKS.md.
// Tasks: build (clean production build), coldstart (demo on a fresh embedded database until the
// first page is served), publicjs (JavaScript the public page loads, compressed), leads (the lead
// list at 100,000 leads), import (a 5,000-row association file), socialmap (search at 10,000
// services). The last three use the Postgres server of TEST_DATABASE_URL / BENCH_DATABASE_URL.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

type Task = () => Promise<void>;
const results: [string, string][] = [];
const record = (name: string, value: string) => {
  results.push([name, value]);
  console.log(`${name}: ${value}`);
};
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

const build: Task = async () => {
  rmSync('.next', { recursive: true, force: true });
  const t0 = Date.now();
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('next build failed');
  record('build (clean, next build)', secs(Date.now() - t0));
};

/** Starts the demo on a fresh data folder and measures until /login and / answer; leaves it running for publicjs. */
let demo: { port: number; stop: () => void } | undefined;
const coldstart: Task = async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'wijkwerf-bench-'));
  const port = 3300 + Math.floor(Math.random() * 500);
  const t0 = Date.now();
  const child = spawn('node', ['scripts/demo.mjs'], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, WIJKWERF_DATA_DIR: dir, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
  });
  demo = {
    port,
    stop: () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await waitFor(`http://localhost:${port}/login`, 180_000);
  record('demo cold start (fresh embedded db: migrate + demo data + server, built app)', secs(Date.now() - t0));
  const t1 = Date.now();
  await waitFor(`http://localhost:${port}/`, 30_000);
  record('first public page after start', `${Date.now() - t1} ms`);
};

const publicjs: Task = async () => {
  if (!demo) await coldstart();
  const origin = `http://localhost:${demo!.port}`;
  const html = await (await fetch(`${origin}/`)).text();
  // Scripts a current browser loads: `nomodule` polyfills are skipped by every modern browser.
  const srcs = [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]! + m[3]!))
    .map((m) => m[2]!);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const src of new Set(srcs)) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
    br += brotliCompressSync(body).length;
  }
  record('public page: script files', String(new Set(srcs).size));
  record('public page JS (files): raw', kb(raw));
  record('public page JS (files): gzip', kb(gz));
  record('public page JS (files): brotli', kb(br));
  record('public page inline scripts (RSC payload): gzip', kb(gzipSync(Buffer.from(inline)).length));
  record('public page HTML: gzip', kb(gzipSync(Buffer.from(html)).length));
};

/** The staff lead list at 100,000 leads, on the Postgres server (TEST_DATABASE_URL or BENCH_DATABASE_URL). */
const leads: Task = async () => {
  if (!process.env.TEST_DATABASE_URL && !process.env.BENCH_DATABASE_URL) {
    record('lead list at 100,000 leads', 'skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL to a Postgres server');
    return;
  }
  const { benchLeads } = await import('./bench-leads');
  await benchLeads(record);
};

/** Preview and import of a 5,000-row association file (PGlite, and the server when its URL is set). */
const importTask: Task = async () => {
  const { benchImport } = await import('./bench-import');
  await benchImport(record);
};

/** Social map search at 10,000 services on the Postgres server. */
const socialmap: Task = async () => {
  if (!process.env.TEST_DATABASE_URL && !process.env.BENCH_DATABASE_URL) {
    record('social map search at 10,000 services', 'skipped: set TEST_DATABASE_URL or BENCH_DATABASE_URL to a Postgres server');
    return;
  }
  const { benchSocialMap } = await import('./bench-socialmap');
  await benchSocialMap(record);
};

const TASKS: Record<string, Task> = { build, coldstart, publicjs, leads, import: importTask, socialmap };
const chosen = process.argv.slice(2).filter((a) => a in TASKS);
try {
  for (const name of chosen.length ? chosen : Object.keys(TASKS)) await TASKS[name]!();
} finally {
  demo?.stop();
}
console.log('\n| figure | value |\n|---|---|');
for (const [k, v] of results) console.log(`| ${k} | ${v} |`);
