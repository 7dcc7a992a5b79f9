// `npm run bench [-- task …]`: measures and prints the figures recorded in docs/BENCHMARKS.md.
// Tasks: build (clean production build), coldstart (demo on a fresh embedded database until the
// first page is served), publicjs (JavaScript the public page loads, compressed, against a bare
// Next page of the same version it builds; then lighthouse), lighthouse (Lighthouse mobile
// performance and accessibility of the public page on the built demo), leads (the lead list at
// 100,000 leads), import (a 5,000-row association file), socialmap (search at 10,000 services),
// signup (JS-off sign-ups per second against a bare node:http + postgres.js insert loop, and the
// server's memory under them and under a 5,000-row import through HTTP), dashboards (staff pages
// through HTTP at the demo size, 100,000 and 1,000,000 leads), scale (the browser tests of two app
// instances on one database and of a database restart under sign-ups, passed or failed with their
// figures). leads to dashboards use the Postgres server of TEST_DATABASE_URL / BENCH_DATABASE_URL;
// signup and dashboards start the built app, scale runs Playwright against it on its own Postgres
// clusters (`next build` first if there is none).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { LighthouseResult } from './bench-lighthouse';

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
  // The bench's ports: 3320–3339 (signup 3320/3321, dashboards 3323/3324, bare Next 3330); BENCH_DEMO_PORT
  // moves the demo elsewhere (a run of `coldstart`, `publicjs` or `lighthouse` beside other work).
  const port = Number(process.env.BENCH_DEMO_PORT) || 3332;
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

/** The scripts a current browser loads for a page (`nomodule` polyfills are skipped by every modern browser). */
async function pageScripts(origin: string, pagePath: string) {
  const html = await (await fetch(`${origin}${pagePath}`)).text();
  const srcs = new Set(
    [...html.matchAll(/<script([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/\bnomodule\b/i.test(m[1]! + m[3]!)).map((m) => m[2]!),
  );
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
    br += brotliCompressSync(body).length;
  }
  return { files: srcs.size, raw, gz, br, inlineGz: gzipSync(Buffer.from(inline)).length, htmlGz: gzipSync(Buffer.from(html)).length };
}

/** The bare Next app (built once per bench run, for `publicjs` and `lighthouse`; stopped at the end). */
let bare: { origin: string; stop: () => void } | undefined;
async function bareNext() {
  if (!bare) {
    const { startBareNext } = await import('./bench-bare-next');
    bare = await startBareNext(3330);
  }
  return bare;
}

const publicjs: Task = async () => {
  if (!demo) await coldstart();
  const app = await pageScripts(`http://localhost:${demo!.port}`, '/');
  record('public page: script files', String(app.files));
  record('public page JS (files): raw', kb(app.raw));
  record('public page JS (files): gzip', kb(app.gz));
  record('public page JS (files): brotli', kb(app.br));
  record('public page inline scripts (RSC payload): gzip', kb(app.inlineGz));
  record('public page HTML: gzip', kb(app.htmlGz));
  // The baseline: a bare Next app of the same version with one server-action form, built here.
  const b = await pageScripts((await bareNext()).origin, '/');
  record('bare Next page with one server-action form: script files', String(b.files));
  record('bare Next page JS (files): gzip', kb(b.gz));
  record('bare Next page inline scripts: gzip', kb(b.inlineGz));
  record('public page JS − bare Next page JS, gzip (goal ≤ +10 KiB)', `${app.gz >= b.gz ? '+' : '−'}${kb(Math.abs(app.gz - b.gz))}`);
  await lighthouse();
};

/** Lighthouse's mobile performance and accessibility scores of the public page `/` (goal: 100 and 100). */
let lighthouseDone = false;
const lighthouse: Task = async () => {
  if (lighthouseDone) return;
  lighthouseDone = true;
  if (!demo) await coldstart();
  const { runLighthouse } = await import('./bench-lighthouse');
  // The ceiling: the bare Next page of the same version (one server-action form, no stylesheet),
  // measured by turns with the public page, so a change in the machine's load falls on both.
  const baseline = await bareNext();
  const app: LighthouseResult[] = [];
  const base: LighthouseResult[] = [];
  for (let i = 0; i < 5; i++) {
    app.push(runLighthouse(`http://localhost:${demo!.port}/`));
    base.push(runLighthouse(`${baseline.origin}/`));
  }
  // The median of 5 runs by performance score (Lighthouse's own advice: one run moves with the machine's load).
  const median = (runs: LighthouseResult[]) => [...runs].sort((a, b) => a.performance - b.performance)[2]!;
  const scores = (runs: LighthouseResult[]) => runs.map((x) => x.performance).sort((a, b) => a - b).join(', ');
  const r = median(app);
  const b = median(base);
  record('public page Lighthouse mobile: performance, median of 5 (goal 100)', `${r.performance} (runs: ${scores(app)})`);
  record('public page Lighthouse mobile: accessibility (goal 100)', app.map((x) => x.accessibility).join(', '));
  record('public page Lighthouse mobile (median run): LCP / TBT / CLS', `${Math.round(r.lcpMs)} ms / ${Math.round(r.tbtMs)} ms / ${r.cls.toFixed(3)}`);
  record('bare Next page Lighthouse mobile: performance, median of 5 (the framework alone)', `${b.performance} (runs: ${scores(base)})`);
  record('bare Next page Lighthouse mobile (median run): LCP / TBT / CLS', `${Math.round(b.lcpMs)} ms / ${Math.round(b.tbtMs)} ms / ${b.cls.toFixed(3)}`);
  for (const s of r.shortfalls) console.log(`  lighthouse shortfall: ${s}`);
  for (const d of r.diagnostics) console.log(`  lighthouse (median run): ${d}`);
  for (const d of b.diagnostics) console.log(`  lighthouse (bare Next, median run): ${d}`);
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

/** Public sign-ups per second without JavaScript against a bare insert loop, and the app's memory under it. */
const signup: Task = async () => {
  const { benchSignup } = await import('./bench-signup');
  await benchSignup(record);
};

/** Staff start page, lead list, search and reports through HTTP at the demo size, 100,000 and 1,000,000 leads. */
const dashboards: Task = async () => {
  const { benchDashboards } = await import('./bench-dashboards');
  await benchDashboards(record);
};

/** Goals 4 and 5: the browser tests of two instances on one database and of a database restart, as figures. */
const scale: Task = async () => {
  const { benchScale } = await import('./bench-scale');
  await benchScale(record);
};

const TASKS: Record<string, Task> = { build, coldstart, publicjs, lighthouse, leads, import: importTask, socialmap, signup, dashboards, scale };
const chosen = process.argv.slice(2).filter((a) => a in TASKS);
try {
  for (const name of chosen.length ? chosen : Object.keys(TASKS)) await TASKS[name]!();
} finally {
  demo?.stop();
  bare?.stop();
}
console.log('\n| figure | value |\n|---|---|');
for (const [k, v] of results) console.log(`| ${k} | ${v} |`);
