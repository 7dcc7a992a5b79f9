// The staff lead list at 100,000 leads: a fresh database on the Postgres server of
// BENCH_DATABASE_URL (or TEST_DATABASE_URL), filled in bulk, then the list's queries timed.
// Run on its own with `npx tsx --conditions=react-server scripts/bench-leads.ts`, or from scripts/bench.ts.
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { ambassadors, associations, users } from '../db/schema';
import { serverTestDb } from '../db/testing';
import { countLeads, exportLeads, listLeads, parseLeadListFilters } from '../lib/leads/list/queries';
import { addDays, todayLocal } from '../lib/dates';
import { periodReport } from '../lib/reports/queries';
import { staffStart } from '../lib/targets/queries';
import { seedDemo } from '../lib/demo';

const LEADS = 100_000;
const RUNS = 20;
const WARMUP = 3;

type RecordFn = (name: string, value: string) => void;

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

async function timeIt(fn: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { median: (at(0.5) + times[Math.floor(times.length / 2)]!) / 2, p95: at(0.95) };
}

/** 100,000 leads in one INSERT … SELECT: spread over steps, sources, wijken, languages and two years. */
export async function fillBenchDatabase(h: DbHandle, count = LEADS): Promise<{ meId: string }> {
  const db = h.db;
  await db.insert(ambassadors).values(
    Array.from({ length: 23 }, (_, i) => ({ displayName: `Ambassadeur ${i + 1}`, referralCode: `B${String(i + 1).padStart(2, '0')}`, status: 'active' as const })),
  );
  await db.insert(associations).values(
    ['Afghaanse Vereniging', 'Turks Cultureel Centrum', 'Eritrese Gemeenschap', 'Marokkaanse Vrouwenvereniging'].map((name) => ({ name, community: name })),
  );
  const [me] = await db
    .insert(users)
    .values([
      { email: 'bench-coordinator@example.test', name: 'Bench Coordinator', passwordHash: 'x', role: 'coordinator' as const },
      { email: 'bench-caseworker@example.test', name: 'Bench Caseworker', passwordHash: 'x', role: 'caseworker' as const },
    ])
    .returning({ id: users.id });
  await addBenchLeads(db, 1, count);
  await db.execute(sql`analyze`);
  return { meId: me!.id };
}

const TWO_YEARS_MINUTES = 2 * 365 * 24 * 60;

/**
 * Leads number `from` … `to` in one INSERT … SELECT (generate_series), credited to the ambassadors,
 * associations and users already there: spread over steps, sources, wijken, languages and two
 * years (created times `to` apart), 1 in 100 merged, 0.5 % sharing a number with another lead.
 * Called again with a higher range, it adds leads to the same spread.
 */
export async function addBenchLeads(db: DbHandle['db'], from: number, to: number): Promise<void> {
  await db.execute(sql`
    with amb as (select array_agg(id order by referral_code) a from ambassadors),
         ass as (select array_agg(id order by name) a from associations),
         w as (select array_agg(id order by code) a from neighbourhoods),
         u as (select array_agg(id order by email) a from users)
    insert into leads (name, phone, preferred_language, neighbourhood_id, source, channel, recruited_by_ambassador_id,
                       association_id, consent_at, consent_version, status, assigned_to_user_id, last_activity_at,
                       merged_into_id, created_at, updated_at)
    select
      (array['Amina','Omar','Leyla','Hassan','Mariam','Ali','Zeynep','Mustafa','Aisha','Tesfaye','Huda','Reza','Sara',
             'Yonas','Fatma','Jamal','Parisa','Abdi','Nour','Emre','Salma','Gul','Dawit','Hiba','Kemal','Shirin','Ilham',
             'Tariq','Marta','Oksana'])[1 + (g * 7) % 30]
        || ' ' ||
      case when g % 1000 = 0 then 'El Idrissi' else
      (array['Ahmadi','Yıldız','Mohamed','Haile','Benali','Sahin','Rahman','Ali','Hassan','Mahmoud','Tekle','Nazari',
             'Aydın','Farah','Bakr','Kowalski','Popa','Jafari','Said','Öztürk'])[1 + (g * 13) % 20] end,
      -- Mobile numbers spread over 06 0000 0000 … 06 9999 9999; 0.5 % are shared by two leads (possible duplicates).
      '+316' || lpad(((g % ${Math.floor(to * 0.995)})::bigint * 7907 % 100000000)::text, 8, '0'),
      (array['ar','tr','prs','ti','so','ber','fa','pl','zh','uk','ps','ur'])[1 + (g * 5) % 12],
      (select a from w)[1 + (g * 3) % 11],
      src::lead_source,
      src::lead_channel,
      case when src = 'ambassador' then (select a from amb)[1 + g % 23] end,
      case when src = 'association' then (select a from ass)[1 + g % 4] end,
      created, 'bench',
      (array['new','contacted','registered','intake','offer','plan_signed','started','completed','closed'])[1 + (g * 31) % 9]::lead_status,
      case when g % 3 = 0 then null else (select a from u)[1 + g % 2] end,
      least(now(), created + ((g::bigint * 104729) % 60) * interval '1 day'),
      case when g % 100 = 50 then gen_random_uuid() end,
      created, created
    from generate_series(${from}::int, ${to}::int) g,
         lateral (select (array['public','ambassador','association','network','desk'])[1 + g % 5] as src,
                         now() - ((g::bigint * 7919) % ${to}) * (${TWO_YEARS_MINUTES / to}::float8 * interval '1 minute') as created) x
  `);
}

export async function benchLeads(record: RecordFn): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) {
    record('lead list at 100,000 leads', 'skipped (set BENCH_DATABASE_URL or TEST_DATABASE_URL)');
    return;
  }
  // The same figures at the demo's size first (its few hundred leads), on their own database, so
  // the 100,000-lead figures below can be given as a ratio measured in the same run.
  const today = todayLocal();
  const year = { preset: 'custom' as const, from: addDays(today, -365), to: today };
  const demo = await serverTestDb(url);
  let demoStart: { median: number; p95: number };
  let demoReport: { median: number; p95: number };
  try {
    await seedDemo(demo.db);
    await demo.db.execute(sql`analyze`);
    demoStart = await timeIt(() => staffStart(demo.db, new Date(), today));
    demoReport = await timeIt(() => periodReport(demo.db, year, today));
    record('staff start page figures at the demo size, median / p95', `${ms(demoStart.median)} / ${ms(demoStart.p95)}`);
    record('reports: the whole period report over a year at the demo size, median / p95', `${ms(demoReport.median)} / ${ms(demoReport.p95)}`);
  } finally {
    await demo.close();
  }
  const h = await serverTestDb(url);
  try {
    const t0 = performance.now();
    const { meId } = await fillBenchDatabase(h);
    record(`lead list: fill ${LEADS.toLocaleString('en')} leads (INSERT … SELECT + ANALYZE)`, ms(performance.now() - t0));

    const cases: [string, Record<string, string>][] = [
      ['no filter, page 1 (newest first)', {}],
      ['no filter, page 1000 (OFFSET 49,950)', { page: '1000' }],
      ['sorted by name, page 1', { sort: 'name' }],
      ['name search "amina" (1 in 30)', { q: 'amina' }],
      ['name search "idrissi" (1 in 1,000)', { q: 'idrissi' }],
      ['phone search "06 1234"', { q: '06 1234' }],
      ['step + wijk (intake, Meerzicht)', { step: 'intake', wijk: 'meerzicht' }],
      ['overdue', { overdue: '1' }],
      ['assigned to me + overdue, by last action', { assigned: 'me', overdue: '1', sort: 'lastActivityAt' }],
    ];
    for (const [label, params] of cases) {
      const f = parseLeadListFilters(params);
      const { total } = await listLeads(h.db, f, { userId: meId });
      const { median, p95 } = await timeIt(() => listLeads(h.db, f, { userId: meId }));
      record(`lead list: ${label} [${total.toLocaleString('en')} matches] median / p95`, `${ms(median)} / ${ms(p95)}`);
    }
    const all = parseLeadListFilters({});
    const count = await timeIt(() => countLeads(h.db, all));
    record('lead list: count only, no filter, median / p95', `${ms(count.median)} / ${ms(count.p95)}`);

    const e0 = performance.now();
    let rows = 0;
    for await (const batch of exportLeads(h.db, all, { userId: meId })) rows += batch.length;
    record(`lead export: all ${rows.toLocaleString('en')} rows in batches of 2,000 (one run)`, ms(performance.now() - e0));

    // The reports page's figures (issue #13): every table of a year's report, and the staff start page.
    const report = await timeIt(() => periodReport(h.db, year, today));
    record('reports: the whole period report over a year of sign-ups, median / p95', `${ms(report.median)} / ${ms(report.p95)}`);
    const start = await timeIt(() => staffStart(h.db, new Date(), today));
    record('staff start page figures at 100,000 leads, median / p95', `${ms(start.median)} / ${ms(start.p95)}`);
    record('staff start page: 100,000 leads / demo size (median; goal ≤ 1.5×)', `${(start.median / demoStart.median).toFixed(2)}×`);
    record('reports: 100,000 leads / demo size (median)', `${(report.median / demoReport.median).toFixed(2)}×`);
  } finally {
    await h.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchLeads((name, value) => console.log(`${name}: ${value}`));
}
