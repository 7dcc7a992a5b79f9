import 'server-only';
import { type SQL, and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { address, attribute, language, organization, phone, schedule, service, service_at_location, taxonomy_term } from '@/db/schema';
import { uuid, wijkCode } from '@/lib/actions/validation';
import { amsterdamClock } from '@/lib/dates';
import { type Interval, type ScheduleRow, hoursToday, isOpenAt } from '@/lib/socialmap/opening-hours';

/**
 * Finding help on the social map. Everything happens in SQL so it stays fast at 10,000 services:
 *
 * - Free text: Postgres full-text search with the 'dutch' configuration against the generated
 *   `service.search_vector` (GIN index): `websearch_to_tsquery('dutch', q)`, widened with a prefix
 *   query per word (stemmed and unstemmed, so "schulden" also finds "Schuldhulpmaatje" and "huur"
 *   finds "huurtoeslag"), ranked with `ts_rank_cd`. When that finds nothing, a fallback matches
 *   the words in service and organisation names (e.g. "Stek" → "Buurthuis De Stek").
 * - Filters: theme (a taxonomy term and all its sub-themes), wijk (services that serve it),
 *   language spoken, and "open now" (a weekly schedule row for today with opens_at <= now <
 *   closes_at, Amsterdam time; the clock is computed in JS so tests can inject it).
 * - Shown: active services of active organisations, plus services that are *temporarily closed*
 *   (with a badge and sorted after active ones at the same rank): an ambassador should know the
 *   place exists and will reopen. Inactive and defunct services never appear; "open now" shows
 *   active services only.
 */

export const SEARCH_PAGE_SIZE = 20;
export const SEARCHABLE_STATUSES = ['active', 'temporarily closed'] as const;

const emptyToUndefined = (v: unknown) => (Array.isArray(v) ? v[0] : typeof v === 'string' && v.trim() === '' ? undefined : v);
const field = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional()).catch(undefined);

/** Filters from the URL (?q=&theme=&wijk=&language=&open=1&page=). A bad value is ignored, never an error. */
export const searchFilterSchema = z.object({
  q: field(z.string().trim().max(200)),
  theme: field(uuid()),
  wijk: field(wijkCode()),
  language: field(z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/)),
  open: field(z.enum(['1', 'on', 'true'])),
  page: field(z.coerce.number().int().min(1).max(10_000)),
});

export interface SearchFilters {
  q: string;
  theme: string | null;
  wijk: string | null;
  language: string | null;
  openNow: boolean;
  page: number;
}

export function parseSearchFilters(params: Record<string, string | string[] | undefined>): SearchFilters {
  const p = searchFilterSchema.parse(params);
  return { q: p.q ?? '', theme: p.theme ?? null, wijk: p.wijk ?? null, language: p.language ?? null, openNow: !!p.open, page: p.page ?? 1 };
}

/** The query string of a search, for links (pagination) and for going back from a service page. */
export function searchQuery(f: SearchFilters, over: Partial<SearchFilters> = {}): string {
  const v = { ...f, ...over };
  const p = new URLSearchParams();
  if (v.q) p.set('q', v.q);
  if (v.theme) p.set('theme', v.theme);
  if (v.wijk) p.set('wijk', v.wijk);
  if (v.language) p.set('language', v.language);
  if (v.openNow) p.set('open', '1');
  if (v.page > 1) p.set('page', String(v.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface ServiceHit {
  id: string;
  name: string;
  organizationName: string;
  status: string;
  assuredDate: string | null;
  themes: string[];
  languages: string[];
  hoursToday: Interval[];
  openNow: boolean;
  address: string | null;
  phone: string | null;
}

export interface SearchResult {
  rows: ServiceHit[];
  total: number;
  page: number;
  pageCount: number;
  /** How the text matched: full text, the name fallback, or no text given. */
  mode: 'fulltext' | 'names' | 'none';
}

/** Words of the query for the prefix widening: letters and digits only (safe inside to_tsquery). */
function queryWords(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** Quotes, "-word" and "or" are websearch syntax: then the user's query is taken as written. */
const WEBSEARCH_SYNTAX = /["]|(^|\s)-\S|(^|\s)or(\s|$)/i;

function prefixWord(w: string): SQL {
  const stemmed = sql`to_tsquery('dutch', ${`${w}:*`})`;
  // The unstemmed prefix finds compounds: "huur" → "huurtoeslag" (the Dutch stem of huur is "hur").
  return w.length >= 4 ? sql`(${stemmed} || to_tsquery('simple', ${`${w}:*`}))` : stemmed;
}

/** The prefix widening of a plain query, or null. */
function prefixQuery(q: string): SQL | null {
  if (WEBSEARCH_SYNTAX.test(q)) return null;
  const words = queryWords(q);
  if (!words.length) return null;
  let all = prefixWord(words[0]!);
  for (const w of words.slice(1)) all = sql`(${all} && ${prefixWord(w)})`;
  // Two or three words may be one compound: "huur toeslag" → "huurtoeslag".
  if (words.length >= 2 && words.length <= 3) all = sql`(${all} || to_tsquery('simple', ${`${words.join('')}:*`}))`;
  return all;
}

/** `%q%` for (i)like, with the wildcards in `q` taken literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The filters other than the text, as WHERE conditions on `service` (joined with `organization`). */
function filterConditions(f: SearchFilters, now: Date): SQL[] {
  const conds: SQL[] = [eq(organization.status, 'active')];
  conds.push(f.openNow ? eq(service.status, 'active') : inArray(service.status, [...SEARCHABLE_STATUSES]));
  if (f.theme) {
    conds.push(sql`${service.id} IN (
      SELECT a.link_id FROM attribute a
      WHERE a.link_entity = 'service' AND a.taxonomy_term_id IN (
        WITH RECURSIVE t(id) AS (
          SELECT id FROM taxonomy_term WHERE id = ${f.theme}::uuid
          UNION SELECT tt.id FROM taxonomy_term tt JOIN t ON tt.parent_id = t.id
        ) SELECT id FROM t))`);
  }
  if (f.wijk) {
    conds.push(sql`${service.id} IN (
      SELECT sn.service_id FROM service_neighbourhood sn JOIN neighbourhoods n ON n.id = sn.neighbourhood_id
      WHERE n.code = ${f.wijk})`);
  }
  if (f.language) {
    conds.push(sql`${service.id} IN (SELECT l.service_id FROM language l WHERE l.code = ${f.language} AND l.service_id IS NOT NULL)`);
  }
  if (f.openNow) {
    const c = amsterdamClock(now);
    conds.push(sql`EXISTS (
      SELECT 1 FROM schedule sc
      WHERE sc.service_id = ${service.id}
        AND (sc.freq IS NULL OR upper(sc.freq) = 'WEEKLY')
        AND (',' || replace(upper(coalesce(sc.byday, '')), ' ', '') || ',') LIKE ${`%,${c.weekday},%`}
        AND sc.opens_at <= ${c.time}::time AND sc.closes_at > ${c.time}::time
        AND (sc.valid_from IS NULL OR sc.valid_from <= ${c.date}::date)
        AND (sc.valid_to IS NULL OR sc.valid_to >= ${c.date}::date))`);
  }
  return conds;
}

async function runPage(db: DbOrTx, where: SQL, rank: SQL | null, page: number, pageSize: number) {
  const order: SQL[] = [sql`(${service.status} <> 'active')`, sql`${service.name} ASC`, sql`${service.id} ASC`];
  if (rank) order.unshift(sql`${rank} DESC`);
  return db
    .select({
      id: service.id,
      name: service.name,
      status: service.status,
      assuredDate: service.assured_date,
      organizationId: service.organization_id,
      organizationName: organization.name,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(where)
    .orderBy(...order)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
}

async function countOnly(db: DbOrTx, where: SQL): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(where);
  return row?.n ?? 0;
}

/** Searches the social map: one page of results with what an ambassador needs on the spot. */
export async function searchServices(
  db: DbOrTx,
  f: SearchFilters,
  opts: { now?: Date; pageSize?: number } = {},
): Promise<SearchResult> {
  const now = opts.now ?? new Date();
  const pageSize = opts.pageSize ?? SEARCH_PAGE_SIZE;
  const filters = filterConditions(f, now);
  const q = f.q.trim();
  let mode: SearchResult['mode'] = 'none';
  let where = and(...filters)!;
  let rank: SQL | null = null;

  if (q) {
    mode = 'fulltext';
    const main = sql`websearch_to_tsquery('dutch', ${q})`;
    const prefix = prefixQuery(q);
    const match = prefix
      ? sql`(${service.search_vector} @@ ${main} OR ${service.search_vector} @@ ${prefix})`
      : sql`${service.search_vector} @@ ${main}`;
    rank = prefix
      ? sql`(ts_rank_cd(${service.search_vector}, ${main}) + ts_rank_cd(${service.search_vector}, ${prefix}))`
      : sql`ts_rank_cd(${service.search_vector}, ${main})`;
    where = and(...filters, match)!;
  }

  let page = f.page;
  let rows = await runPage(db, where, rank, page, pageSize);
  let total = rows[0]?.total ?? (page > 1 ? await countOnly(db, where) : 0);

  if (q && total === 0) {
    // Fallback: the words in service or organisation names ("Stek", "Meerzicht").
    const pat = likePattern(q);
    mode = 'names';
    where = and(
      ...filters,
      sql`(${service.name} ILIKE ${pat} OR ${service.alternate_name} ILIKE ${pat} OR ${organization.name} ILIKE ${pat} OR ${organization.alternate_name} ILIKE ${pat})`,
    )!;
    rank = sql`(CASE WHEN ${organization.name} ILIKE ${`${pat.slice(1)}`} OR ${service.name} ILIKE ${`${pat.slice(1)}`} THEN 1 ELSE 0 END)`;
    rows = await runPage(db, where, rank, page, pageSize);
    total = rows[0]?.total ?? (page > 1 ? await countOnly(db, where) : 0);
  }

  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (!rows.length && total > 0 && page > pageCount) {
    page = pageCount;
    rows = await runPage(db, where, rank, page, pageSize);
  }
  return { rows: await withDetails(db, rows, now), total, page, pageCount, mode };
}

type PageRow = Awaited<ReturnType<typeof runPage>>[number];

/** Themes, languages, today's hours, first address and phone for one page of services (batched). */
async function withDetails(db: DbOrTx, rows: PageRow[], now: Date): Promise<ServiceHit[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  const [themes, langs, schedules, addresses, phones] = await Promise.all([
    db
      .select({ serviceId: attribute.link_id, name: taxonomy_term.name })
      .from(attribute)
      .innerJoin(taxonomy_term, eq(taxonomy_term.id, attribute.taxonomy_term_id))
      .where(and(eq(attribute.link_entity, 'service'), inArray(attribute.link_id, ids)))
      .orderBy(asc(taxonomy_term.name)),
    db
      .select({ serviceId: language.service_id, code: language.code, name: language.name })
      .from(language)
      .where(inArray(language.service_id, ids))
      .orderBy(asc(language.code)),
    db
      .select({
        serviceId: schedule.service_id,
        freq: schedule.freq,
        byday: schedule.byday,
        opens_at: schedule.opens_at,
        closes_at: schedule.closes_at,
        valid_from: schedule.valid_from,
        valid_to: schedule.valid_to,
      })
      .from(schedule)
      .where(inArray(schedule.service_id, ids)),
    db
      .select({ serviceId: service_at_location.service_id, line: address.address_1, postalCode: address.postal_code, city: address.city, type: address.address_type })
      .from(service_at_location)
      .innerJoin(address, eq(address.location_id, service_at_location.location_id))
      .where(inArray(service_at_location.service_id, ids))
      .orderBy(sql`(${address.address_type} <> 'physical')`, asc(address.address_1)),
    db
      .select({ serviceId: phone.service_id, organizationId: phone.organization_id, number: phone.number })
      .from(phone)
      .where(sql`${inArray(phone.service_id, ids)} OR (${inArray(phone.organization_id, orgIds)} AND ${phone.service_id} IS NULL)`)
      .orderBy(asc(phone.number)),
  ]);
  const group = <T extends { serviceId: string | null }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) if (x.serviceId) m.set(x.serviceId, [...(m.get(x.serviceId) ?? []), x]);
    return m;
  };
  const byTheme = group(themes);
  const byLang = group(langs);
  const bySched = group(schedules as (ScheduleRow & { serviceId: string | null })[]);
  const byAddr = group(addresses);
  const byPhone = group(phones);
  return rows.map((r) => {
    const sched = bySched.get(r.id) ?? [];
    const a = byAddr.get(r.id)?.[0];
    const ph = byPhone.get(r.id)?.[0] ?? phones.find((p) => p.organizationId === r.organizationId && !p.serviceId);
    return {
      id: r.id,
      name: r.name,
      organizationName: r.organizationName,
      status: r.status,
      assuredDate: r.assuredDate,
      themes: [...new Set((byTheme.get(r.id) ?? []).map((t) => t.name))],
      languages: [...new Set((byLang.get(r.id) ?? []).map((l) => l.code ?? l.name ?? '').filter(Boolean))],
      hoursToday: hoursToday(sched, now),
      openNow: r.status === 'active' && isOpenAt(sched, now),
      address: a ? `${a.line}, ${a.postalCode} ${a.city}` : null,
      phone: ph?.number ?? null,
    };
  });
}

export interface ThemeOption {
  id: string;
  code: string | null;
  name: string;
  parentId: string | null;
}

/** Themes for the filter: each top-level term followed by its sub-themes, A–Z. */
export async function listThemes(db: DbOrTx): Promise<ThemeOption[]> {
  const all = await db
    .select({ id: taxonomy_term.id, code: taxonomy_term.code, name: taxonomy_term.name, parentId: taxonomy_term.parent_id })
    .from(taxonomy_term)
    .orderBy(asc(taxonomy_term.name));
  const out: ThemeOption[] = [];
  const ids = new Set(all.map((t) => t.id));
  const add = (t: ThemeOption, depth: number) => {
    out.push(t);
    if (depth < 4) for (const c of all.filter((c) => c.parentId === t.id)) add(c, depth + 1);
  };
  for (const t of all.filter((t) => !t.parentId || !ids.has(t.parentId))) add(t, 0);
  return out;
}

/** Language codes spoken at some service, for the filter. */
export async function listServiceLanguages(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: language.code })
    .from(language)
    .where(and(isNotNull(language.code), isNotNull(language.service_id)))
    .orderBy(asc(language.code));
  return rows.map((r) => r.code!).filter((c) => /^[a-z]{2,3}$/.test(c));
}
