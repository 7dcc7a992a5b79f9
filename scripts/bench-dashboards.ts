// Flat dashboards: the staff start page, the lead list, a name search and the reports page through
// HTTP, signed in as the demo coordinator (password and authenticator code, as a browser without
// JavaScript posts them), at the demo size, at 100,000 and at 1,000,000 leads (added in bulk with
// generate_series), each the median of 15 requests; the ratios to the demo size are the figures. A
// second app on a second database stays at the demo size, and each page is requested from both by
// turns, so the two sides of a ratio share the machine's load of the same minute.
// `npm run bench -- dashboards` (needs BENCH_DATABASE_URL or TEST_DATABASE_URL); BENCH_DASHBOARD_SIZES
// picks the sizes (default "100000,1000000"), BENCH_DASHBOARD_PAGES the pages (default
// "start,list,search,rare,full,reports").
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { rowsOf, type DbHandle } from '../db/client';
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
  // Every Dutch mobile number ("06" is read as +316…): a page of 50 rows at every size, the demo's
  // too, so its ratio is the search's growth with the leads and not the cost of showing more rows.
  ['full', 'lead search "06" (a full page at every size)', '/staff/leads?q=06'],
  ['reports', 'reports', '/staff/reports'],
];
const chosenPages = (process.env.BENCH_DASHBOARD_PAGES ?? 'start,list,search,rare,full,reports').split(',');
const PAGES: [string, string][] = ALL_PAGES.filter(([key]) => chosenPages.includes(key)).map(([, label, path]) => [label, path]);

/** One request's time, body read; anything but 200 fails the bench. */
async function timeOnce(origin: string, path: string, cookie: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${origin}${path}`, { headers: { cookie }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return performance.now() - t0;
}

const medianOf = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

interface Side {
  origin: string;
  cookie: string;
}

/**
 * The page on both apps by turns (demo size, then the grown database, 15 times after 3 warm-up
 * rounds), so a change in the machine's load falls on both medians of a ratio.
 */
async function pair(demo: Side, grown: Side, path: string): Promise<[demo: number, grown: number]> {
  for (let i = 0; i < WARMUP; i++) {
    await timeOnce(demo.origin, path, demo.cookie);
    await timeOnce(grown.origin, path, grown.cookie);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(await timeOnce(demo.origin, path, demo.cookie));
    b.push(await timeOnce(grown.origin, path, grown.cookie));
  }
  return [medianOf(a), medianOf(b)];
}

/**
 * After a bulk fill: VACUUM ANALYZE, not ANALYZE alone. Right after a million inserted rows the
 * visibility map is empty (index-only scans visit the heap) and autovacuum would start on the
 * tables during the timed requests; a database that grew to that size over months has neither.
 */
async function settle(db: DbHandle['db']): Promise<void> {
  await db.execute(sql`vacuum analyze`);
}

export async function benchDashboards(record: RecordFn, port = 3323): Promise<void> {
  const base = benchUrl();
  if (!base) {
    record('dashboards at 100,000 and 1,000,000 leads', 'skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to a Postgres server');
    return;
  }
  const sizes = (process.env.BENCH_DASHBOARD_SIZES ?? '100000,1000000').split(',').map(Number);
  ensureBuilt();
  // Two databases with the demo data, each with its own app: one stays at the demo size, the other
  // grows to each size; every page is timed on both by turns.
  const small = await benchDatabase(base, 'wk_perf_dash_demo');
  const bench = await benchDatabase(base, 'wk_perf_dash');
  const stops: (() => void)[] = [];
  try {
    for (const d of [small, bench]) {
      await seedDemo(d.handle.db);
      await settle(d.handle.db);
    }
    const apps = await Promise.all([startApp(small.url, port), startApp(bench.url, port + 1)]);
    stops.push(...apps.map((a) => a.stop));
    const [demo, grown] = (await Promise.all(apps.map(async (a) => ({ origin: a.origin, cookie: await signIn(a.origin, 'coordinator@wijkwerf.test') })))) as [Side, Side];
    const [{ n: demoCount }] = rowsOf<{ n: number }>(await small.handle.db.execute(sql`select count(*)::int as n from leads`)) as [{ n: number }];
    record('dashboards: the demo size', `${demoCount} leads`);
    // Warm both freshly started servers on every page first: their first requests are slower.
    const warm = async () => {
      for (let round = 0; round < 10; round++) for (const [, path] of PAGES) for (const side of [demo, grown]) await timeOnce(side.origin, path, side.cookie);
    };
    let have = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      await addBenchLeads(bench.handle.db, have + 1, size);
      await settle(bench.handle.db);
      have = size;
      record(`dashboards: add leads up to ${size.toLocaleString('en')} (INSERT … SELECT generate_series + VACUUM ANALYZE)`, `${((performance.now() - t0) / 1000).toFixed(1)} s`);
      await warm();
      for (const [label, path] of PAGES) {
        const [d, m] = await pair(demo, grown, path);
        record(
          `dashboards: ${label} at ${size.toLocaleString('en')} leads / the demo size, medians of ${RUNS} by turns (goal ≤ 1.5×)`,
          `${m.toFixed(1)} ms / ${d.toFixed(1)} ms = ${(m / d).toFixed(2)}×`,
        );
      }
    }
  } finally {
    for (const stop of stops) stop();
    await bench.drop();
    await small.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchDashboards((name, value) => console.log(`${name}: ${value}`));
}
