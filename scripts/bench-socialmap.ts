// The social map search at 10,000 services: a fresh database on the Postgres server of
// BENCH_DATABASE_URL (or TEST_DATABASE_URL), filled in bulk, ANALYZEd, then searchServices timed
// (one page of 20 results with their details, as the search page loads it).
// Run on its own with `npx tsx --conditions=react-server scripts/bench-socialmap.ts`, or from scripts/bench.ts.
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import type { DbHandle } from '../db/client';
import { seedSocialMap } from '../lib/demo/socialmap';
import { serverTestDb } from '../db/testing';
import { type SearchFilters, searchServices } from '../lib/socialmap/search/search';

const SERVICES = 10_000;
const RUNS = 50;
const WARMUP = 5;

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
  const median = (times[Math.floor((RUNS - 1) / 2)]! + times[Math.ceil((RUNS - 1) / 2)]!) / 2;
  return { median, p95: times[Math.min(RUNS - 1, Math.ceil(0.95 * RUNS) - 1)]! };
}

/** The demo taxonomy, then 10,000 services in bulk with themes, wijken, languages and schedules. */
export async function fillSocialMap(h: DbHandle): Promise<void> {
  const db = h.db;
  await db.transaction((tx) => seedSocialMap(tx));
  await db.execute(sql`
    insert into organization (name, description)
    select 'Organisatie ' || g || ' ' || (array['Zorg','Welzijn','Hulp','Advies','Stichting','Buurt'])[1 + g % 6], 'Bench-organisatie'
    from generate_series(1, 500) g`);
  await db.execute(sql`
    with o as (select array_agg(id order by name) a from organization)
    insert into service (organization_id, name, description, status, assured_date)
    select (select a from o)[1 + g % 500],
      (array['Spreekuur','Inloop','Hulp','Advies','Cursus','Maatje','Loket','Groep','Coach','Team'])[1 + g % 10] || ' ' ||
      (array['schulden','wonen','werk','gezondheid','opvoeding','taal','recht','ontmoeting','veiligheid','geld','huur','toeslagen'])[1 + (g * 7) % 12] || ' ' || g,
      (array['Wij helpen bij schulden en betalingsachterstanden.','Vragen over huur, huurtoeslag of de verhuurder.','Hulp bij werk zoeken en solliciteren.',
             'Steun bij opvoeding en opgroeien van kinderen.','Nederlands oefenen met een taalmaatje.','Gratis juridisch advies bij een conflict.',
             'Koffie, ontmoeting en activiteiten in de buurt.','Advies bij huiselijk geweld.','Hulp bij toeslagen, formulieren en brieven.',
             'Zorg thuis en steun voor mantelzorgers.','Sporten met korting voor een kleine beurs.','Een budget maken en geld besparen.'])[1 + (g * 5) % 12]
        || ' ' ||
      (array['Bel voor een afspraak.','Kom langs zonder afspraak.','Voor alle wijken.','Ook in het Arabisch en Turks.','Met vrijwilligers uit de buurt.',
             'Ook voor statushouders.','Gratis.','Aanmelden via de huisarts.'])[1 + (g * 3) % 8],
      (case when g % 20 = 0 then 'inactive' when g % 20 = 1 then 'temporarily closed' else 'active' end)::service_status,
      current_date - (g % 540)
    from generate_series(1, ${SERVICES}) g`);
  await db.execute(sql`
    with s as (select id, row_number() over (order by id) n from service where description like 'Wij%' or description is not null),
         t as (select array_agg(id order by code) a, count(*) c from taxonomy_term where parent_id is not null)
    insert into attribute (link_id, link_entity, taxonomy_term_id)
    select s.id, 'service', (select a from t)[1 + (s.n % (select c from t))::int] from s
    union all
    select s.id, 'service', (select a from t)[1 + ((s.n * 7 + 3) % (select c from t))::int] from s where s.n % 3 = 0`);
  await db.execute(sql`
    with s as (select id, row_number() over (order by id) n from service),
         w as (select id, row_number() over (order by code) k from neighbourhoods)
    insert into service_neighbourhood (service_id, neighbourhood_id)
    select s.id, w.id from s join w on (s.n % 3 = 0 or (w.k + s.n) % 4 = 0)
    on conflict do nothing`);
  await db.execute(sql`
    with s as (select id, row_number() over (order by id) n from service)
    insert into language (service_id, code)
    select s.id, 'nl' from s
    union all select s.id, (array['en','ar','tr','pl','ti','prs','so','uk','ber','fa'])[1 + s.n % 10] from s
    union all select s.id, (array['ar','tr','en','so'])[1 + s.n % 4] from s where s.n % 2 = 0 and (s.n % 10) not in (1, 2, 4, 9)`);
  await db.execute(sql`
    with s as (select id, row_number() over (order by id) n from service)
    insert into schedule (service_id, freq, byday, opens_at, closes_at)
    select s.id, 'WEEKLY', (array['MO,TU,WE,TH,FR','MO,WE','TU,TH','FR','SA','MO,TU,WE,TH','WE,FR'])[1 + s.n % 7],
           (array['09:00','10:00','13:00','08:30'])[1 + s.n % 4]::time, (array['12:30','17:00','16:00','20:00'])[1 + s.n % 4]::time from s
    union all
    select s.id, 'WEEKLY', 'TH', '18:00'::time, '21:00'::time from s where s.n % 5 = 0`);
  await db.execute(sql`ANALYZE`);
}

export async function benchSocialMap(record: RecordFn): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('Set BENCH_DATABASE_URL or TEST_DATABASE_URL to a Postgres server');
  const h = await serverTestDb(url);
  try {
    const t0 = performance.now();
    await fillSocialMap(h);
    record(`social map: fill ${SERVICES.toLocaleString('en')} services (bulk SQL + ANALYZE)`, `${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const rows = (r: unknown) => (Array.isArray(r) ? r : ((r as { rows: unknown[] }).rows ?? [])) as Record<string, unknown>[];
    const geld = rows(await h.db.execute(sql`select id from taxonomy_term where code = 'geld'`))[0]!.id as string;
    const base: SearchFilters = { q: '', theme: null, wijk: null, language: null, openNow: false, page: 1 };
    // A Thursday, 14:00 in Amsterdam.
    const now = new Date('2026-01-15T13:00:00Z');
    const cases: [string, Partial<SearchFilters>][] = [
      ['"schulden"', { q: 'schulden' }],
      ['"schulden" + wijk', { q: 'schulden', wijk: 'meerzicht' }],
      ['"huur toeslag"', { q: 'huur toeslag' }],
      ['theme filter only (incl. sub-themes)', { theme: geld }],
      ['open now', { openNow: true }],
    ];
    for (const [name, f] of cases) {
      let total = 0;
      const r = await timeIt(async () => {
        total = (await searchServices(h.db, { ...base, ...f }, { now })).total;
      });
      record(`social map search ${name} (${total} hits, page of 20 with details): median / p95`, `${ms(r.median)} / ${ms(r.p95)}`);
    }
  } finally {
    await h.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchSocialMap((name, value) => console.log(`${name}: ${value}`));
}
