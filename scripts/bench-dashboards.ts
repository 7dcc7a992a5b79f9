// Flat dashboards: the staff start page, the lead list, a name search and the reports page through
// HTTP, signed in as the demo coordinator (password and authenticator code, as a browser without
// JavaScript posts them), at the demo size, at 100,000 and at 1,000,000 leads (added in bulk with
// generate_series), each the median of 15 requests; the ratios to the demo size are the figures.
// `npm run bench -- dashboards` (needs BENCH_DATABASE_URL or TEST_DATABASE_URL); BENCH_DASHBOARD_SIZES
// picks the sizes (default "100000,1000000"), BENCH_DASHBOARD_PAGES the pages (default
// "start,list,search,rare,reports").
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { seedDemo } from '../lib/demo';
import { addBenchLeads } from './bench-leads';
import { benchDatabase, benchUrl, ensureBuilt, signIn, startApp, type RecordFn } from './bench-http';

const RUNS = 15;
const WARMUP = 3;
const ALL_PAGES: [key: string, label: string, path: string][] = [
  ['start', 'staff start page', '/staff'],
  ['list', 'lead list', '/staff/leads'],
  ['search', 'lead search "amina"', '/staff/leads?q=amina'],
  // A rare name (1 in 1,000 bench leads): the search must stay fast when few leads match, too.
  ['rare', 'lead search "idrissi"', '/staff/leads?q=idrissi'],
  ['reports', 'reports', '/staff/reports'],
];
const chosenPages = (process.env.BENCH_DASHBOARD_PAGES ?? 'start,list,search,rare,reports').split(',');
const PAGES: [string, string][] = ALL_PAGES.filter(([key]) => chosenPages.includes(key)).map(([, label, path]) => [label, path]);

async function median(origin: string, path: string, cookie: string): Promise<number> {
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
    return performance.now() - t0;
  };
  for (let i = 0; i < WARMUP; i++) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

export async function benchDashboards(record: RecordFn, port = 3323): Promise<void> {
  const base = benchUrl();
  if (!base) {
    record('dashboards at 100,000 and 1,000,000 leads', 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a Postgres server');
    return;
  }
  const sizes = (process.env.BENCH_DASHBOARD_SIZES ?? '100000,1000000').split(',').map(Number);
  ensureBuilt();
  const bench = await benchDatabase(base, 'wk_perf_dash');
  let stop = () => {};
  try {
    await seedDemo(bench.handle.db);
    await bench.handle.db.execute(sql`analyze`);
    const app = await startApp(bench.url, port);
    stop = app.stop;
    const cookie = await signIn(app.origin, 'coordinator@wijkwerf.test');
    const [{ n: demoCount }] = rowsOf<{ n: number }>(await bench.handle.db.execute(sql`select count(*)::int as n from leads`)) as [{ n: number }];
    // Warm the freshly started server on every page first, so the demo-size figures (the base of
    // every ratio) are not inflated by its first requests.
    for (let round = 0; round < 5; round++) for (const [, path] of PAGES) await (await fetch(`${app.origin}${path}`, { headers: { cookie } })).arrayBuffer();
    const demo: Record<string, number> = {};
    for (const [label, path] of PAGES) {
      demo[label] = await median(app.origin, path, cookie);
      record(`dashboards: ${label} at the demo size (${demoCount} leads), median of ${RUNS}`, `${demo[label]!.toFixed(1)} ms`);
    }
    let have = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      await addBenchLeads(bench.handle.db, have + 1, size);
      await bench.handle.db.execute(sql`analyze`);
      have = size;
      record(`dashboards: add leads up to ${size.toLocaleString('en')} (INSERT … SELECT generate_series + ANALYZE)`, `${((performance.now() - t0) / 1000).toFixed(1)} s`);
      for (const [label, path] of PAGES) {
        const m = await median(app.origin, path, cookie);
        record(`dashboards: ${label} at ${size.toLocaleString('en')} leads, median / demo size (goal ≤ 1.5×)`, `${m.toFixed(1)} ms / ${demo[label]!.toFixed(1)} ms = ${(m / demo[label]!).toFixed(2)}×`);
      }
    }
  } finally {
    stop();
    await bench.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDashboards((name, value) => console.log(`${name}: ${value}`));
}
