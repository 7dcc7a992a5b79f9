// Public sign-ups per second, as phones without JavaScript post them, against a bare node:http
// server that inserts the same lead row with postgres.js (same database, same pool size, same
// concurrency), measured in one run; and the app's memory under that load and under a 5,000-row
// association import through HTTP.
// Beside them, the same insert in a route handler of a bare Next app of this version
// (scripts/bench-bare-next.ts): how much of the gap is the framework's own request handling.
// `npm run bench -- signup` (needs BENCH_DATABASE_URL or TEST_DATABASE_URL); the bare server is
// scripts/bench-raw-server.mjs.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { seedDemo } from '../lib/demo';
import { MAX_ROWS } from '../lib/imports/schema';
import { benchDatabase, benchUrl, ensureBuilt, formWith, load, plainForm, postForm, sampleRss, signIn, startApp, submitPlainForm, type RecordFn } from './bench-http';
import { startBareNext } from './bench-bare-next';
import { generateCsv } from './bench-import';

const CONCURRENCY = 8;
const POOL = 10; // the app's default DB_POOL_MAX
const SECONDS = Number(process.env.BENCH_SIGNUP_SECONDS ?? 10);
const WARMUP_MS = 2000;
const SLICES = 4;

type Tally = { done: number; failed: number; seconds: number };
const zero = (): Tally => ({ done: 0, failed: 0, seconds: 0 });
const add = (t: Tally, r: Tally) => {
  t.done += r.done;
  t.failed += r.failed;
  t.seconds += r.seconds;
};

const answers = (i: number, run: number) => ({
  name: `Bench Aanmelding ${i}`,
  phone: `06 2${String(run)}${String(i).padStart(6, '0')}`, // unique per run (slice) and request
  language: 'ar',
  neighbourhood: 'meerzicht',
  forWhom: 'self',
  consent: 'on',
});

async function startRaw(port: number, url: string): Promise<() => void> {
  const child = spawn('node', ['scripts/bench-raw-server.mjs', String(port), url, String(POOL)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.on('exit', () => reject(new Error('the bare server did not start')));
  });
  return () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* gone */
    }
  };
}

export async function benchSignup(record: RecordFn, ports = { app: 3320, raw: 3321, bareNext: 3322 }): Promise<void> {
  const base = benchUrl();
  if (!base) {
    record('sign-ups per second', 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a Postgres server');
    return;
  }
  ensureBuilt();
  const bench = await benchDatabase(base, 'wk_perf_signup');
  let stopApp = () => {};
  let stopRaw = () => {};
  let stopBareNext = () => {};
  try {
    await seedDemo(bench.handle.db);
    const app = await startApp(bench.url, ports.app, { SIGNUP_RATE_LIMIT: '100000000', DB_POOL_MAX: String(POOL) });
    stopApp = app.stop;
    // The form as a phone without JavaScript gets it: its address, its encoding and its fields.
    const form = plainForm(await (await fetch(`${app.origin}/`)).text(), '/');

    let run = 0;
    const signUp = async (origin: string, i: number, follow: boolean) => {
      const res = await submitPlainForm(origin, form, answers(i, run));
      await res.arrayBuffer();
      if (res.status !== 303 || !res.headers.get('location')?.startsWith('/bedankt')) return false;
      if (follow) {
        const thanks = await fetch(new URL(res.headers.get('location')!, origin));
        if (!(await thanks.text()).includes('Bedankt voor uw aanmelding')) return false;
      }
      return true;
    };

    stopRaw = await startRaw(ports.raw, bench.url);
    const rawOrigin = `http://localhost:${ports.raw}`;
    const bareNext = await startBareNext(ports.bareNext, { BARE_DATABASE_URL: bench.url, BARE_POOL: String(POOL) });
    stopBareNext = bareNext.stop;
    const bareNextForm: typeof form = { ...form, action: '/aanmelden' };
    const bareNextSignUp = async (i: number) => {
      const res = await submitPlainForm(bareNext.origin, bareNextForm, answers(i, run));
      await res.arrayBuffer();
      return res.status === 303;
    };

    // Warm-up (the first requests compile and cache), then the measured runs: the app and the bare
    // server take turns in slices, so a change in the machine's load (other processes) falls on both.
    run = 1;
    await load(CONCURRENCY, WARMUP_MS, (i) => signUp(app.origin, i, true));
    await load(CONCURRENCY, WARMUP_MS, (i) => signUp(rawOrigin, 5000 + i, false));
    await load(CONCURRENCY, WARMUP_MS, (i) => bareNextSignUp(20000 + i));
    const mem = sampleRss(app.rss);
    const total = { appPost: zero(), appFollow: zero(), raw: zero(), bareNext: zero() };
    for (let slice = 0; slice < SLICES; slice++) {
      const ms = (SECONDS * 1000) / SLICES;
      run = 2 + slice;
      add(total.appPost, await load(CONCURRENCY, ms, (i) => signUp(app.origin, i, false)));
      add(total.raw, await load(CONCURRENCY, ms, (i) => signUp(rawOrigin, 5000 + i, false)));
      add(total.bareNext, await load(CONCURRENCY, ms, (i) => bareNextSignUp(20000 + i)));
      add(total.appFollow, await load(CONCURRENCY, ms, (i) => signUp(app.origin, 10000 + i, true)));
    }
    const { peak } = mem.stop();
    const { appPost, appFollow, raw } = total;
    stopBareNext();

    // The same server under a 5,000-row association import (the existing import bench's file),
    // uploaded and confirmed through HTTP as the demo association user does it without JavaScript.
    const cookie = await signIn(app.origin, 'association@wijkwerf.test');
    const upload = formWith(await (await fetch(`${app.origin}/association/import`, { headers: { cookie } })).text(), 'file');
    const importMem = sampleRss(app.rss);
    const t0 = performance.now();
    const csv = new Blob([Buffer.from(generateCsv())], { type: 'text/csv' });
    const previewed = await postForm(`${app.origin}/association/import`, { ...upload, file: csv, consent: 'on' }, cookie);
    const previewUrl = previewed.headers.get('location');
    if (previewed.status !== 303 || !previewUrl) throw new Error(`import upload answered ${previewed.status}`);
    const confirmPage = await (await fetch(new URL(previewUrl, app.origin), { headers: { cookie } })).text();
    const confirmed = await postForm(new URL(previewUrl, app.origin).toString(), formWith(confirmPage, 'batchId'), cookie);
    await confirmed.arrayBuffer();
    const importMs = performance.now() - t0;
    const importPeak = importMem.stop().peak;
    const [imported] = rowsOf<{ n: number }>(await bench.handle.db.execute(sql`select count(*)::int as n from leads where source = 'association' and name like 'Deelnemer %'`));

    const [stored] = rowsOf<{ n: number }>(await bench.handle.db.execute(sql`select count(*)::int as n from leads where phone like '+3162%'`));
    const rate = (r: { done: number; seconds: number }) => r.done / r.seconds;
    const fmt = (r: { done: number; failed: number; seconds: number }) => `${rate(r).toFixed(0)}/s (${r.done} in ${r.seconds.toFixed(1)} s${r.failed ? `, ${r.failed} failed` : ''})`;
    record(`sign-up, app: JS-off form post answered 303, concurrency ${CONCURRENCY}, pool ${POOL}`, fmt(appPost));
    record('sign-up, app: post + GET of the thank-you page it redirects to', fmt(appFollow));
    record('sign-up, bare node:http + postgres.js: the same form post, one INSERT of the lead row', fmt(raw));
    record('sign-up, bare Next route handler (this Next version, nothing else): the same form post, the same INSERT', fmt(total.bareNext));
    record('sign-up: app / bare (goal ≥ 0.5)', `${(rate(appPost) / rate(raw)).toFixed(2)} (with the thank-you page: ${(rate(appFollow) / rate(raw)).toFixed(2)})`);
    record('sign-up: bare Next route / bare node:http (the framework alone)', (rate(total.bareNext) / rate(raw)).toFixed(2));
    record('sign-up: app / bare Next route (what the app adds to the framework)', (rate(appPost) / rate(total.bareNext)).toFixed(2));
    record('sign-up: leads stored in the bench database (app + bare, warm-up included)', String(stored!.n));
    record('memory: app server RSS, peak under the sign-up load (goal < 400 MB)', `${(peak / 1024 / 1024).toFixed(0)} MB`);
    record(`memory: app server RSS, peak under a ${MAX_ROWS.toLocaleString('en')}-row association import through HTTP (upload + preview + confirm, ${(importMs / 1000).toFixed(1)} s, ${imported!.n} leads stored) (goal < 400 MB)`, `${(importPeak / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    stopApp();
    stopRaw();
    stopBareNext();
    await bench.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchSignup((name, value) => console.log(`${name}: ${value}`));
}
