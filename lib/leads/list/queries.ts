import 'server-only';
import { type SQL, and, asc, count, desc, eq, exists, inArray, isNull, lt, ne, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { ambassadors, associations, barrierEnum, closeReasonEnum, languageProviders, leadChannelEnum, leadSourceEnum, leads, neighbourhoods, networkOrganisations, users } from '@/db/schema';
import { uuid, wijkCode } from '@/lib/actions/validation';
import { sqlAmsterdamDayStart } from '@/lib/dates';
import { statusCounts } from '@/lib/leads/counts';
import { normalizePhone } from '@/lib/phone';
import { LANGUAGE_CODES } from '@/lib/languages';
import { ALL_STATUSES, CLOSED_STATUSES, type LeadStatus, OVERDUE_DAYS, STEPS, type Step, isOverdue } from '@/lib/leads/journey/steps';

/**
 * The staff lead list ("Working the list"): search, filters, sorting and pagination in SQL, so it
 * stays fast at a million leads (every filter is a WHERE on an indexed column, the total comes from
 * the summary or a SQL count, a search's count stops at SEARCH_TOTAL_CAP, only one page of rows is
 * read). Merged leads never appear. The export reads the same
 * filters in keyset batches instead of loading everything.
 */

export const LEAD_LIST_PAGE_SIZE = 50;
export const LEAD_EXPORT_BATCH_SIZE = 2000;

export const LEAD_SOURCES = leadSourceEnum.enumValues;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_CHANNELS = leadChannelEnum.enumValues;
export type LeadChannel = (typeof LEAD_CHANNELS)[number];

export const LEAD_LIST_SORTS = ['createdAt', 'name', 'status', 'lastActivityAt'] as const;
export type LeadListSort = (typeof LEAD_LIST_SORTS)[number];
export type SortDir = 'asc' | 'desc';

/** The wijk filter value for leads without a wijk ("other / outside the listed wijken"). */
export const WIJK_OTHER = 'other';
/** Assignment filter values besides a staff user's id. */
export const ASSIGNED_ME = 'me';
export const ASSIGNED_NONE = 'none';

/** The natural direction of each sort when none is chosen: names A–Z, steps from the start, dates newest first. */
export const DEFAULT_DIR: Readonly<Record<LeadListSort, SortDir>> = { createdAt: 'desc', name: 'asc', status: 'asc', lastActivityAt: 'desc' };

/** An optional value that is simply dropped when it does not parse: a bad URL never breaks the page. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const field = <T extends z.ZodType>(schema: T) => optional(z.preprocess(emptyToUndefined, schema));

/**
 * Filters from the URL (?q=&step=&source=&ambassador=&association=&wijk=&language=&from=&to=
 * &assigned=&overdue=&sort=&dir=&page=). Every field falls back on its own: one bad value is
 * ignored, never an error.
 */
export const leadListFilterSchema = z
  .object({
    q: field(z.string().trim().max(100)),
    step: field(z.enum(ALL_STATUSES as [LeadStatus, ...LeadStatus[]])),
    source: field(z.enum(LEAD_SOURCES)),
    ambassador: field(uuid()),
    association: field(uuid()),
    /** A wijk code, or "other" for leads without a wijk. */
    wijk: field(wijkCode()),
    language: field(z.enum(LANGUAGE_CODES)),
    /** Created on or after this day (Europe/Amsterdam). */
    from: field(z.iso.date()),
    /** Created on or before this day, the whole day included (Europe/Amsterdam). */
    to: field(z.iso.date()),
    /** "me", "none" or a staff user's id. */
    assigned: field(z.union([z.literal(ASSIGNED_ME), z.literal(ASSIGNED_NONE), uuid()])),
    /** The channel the lead counts for (not how it came in: that is `source`). */
    channel: field(z.enum(LEAD_CHANNELS)),
    /** A network organisation's id. */
    network: field(uuid()),
    /** At or past this step now (open steps only: a closed lead has left the funnel). */
    reached: field(z.enum(STEPS as unknown as [Step, ...Step[]])),
    /** A language provider's id (the offer). */
    provider: field(uuid()),
    closeReason: field(z.enum(closeReasonEnum.enumValues)),
    barrier: field(z.enum(barrierEnum.enumValues)),
    /** Course plan signed on or after / on or before this day. */
    signedFrom: field(z.iso.date()),
    signedTo: field(z.iso.date()),
    /** Intake on or after / on or before this day (Europe/Amsterdam). */
    intakeFrom: field(z.iso.date()),
    intakeTo: field(z.iso.date()),
    /** Recruited by this ambassador or by their partner on the shift (the pair rule's "credited"). */
    credited: field(uuid()),
    overdue: z
      .unknown()
      .transform((v) => v === '1' || v === 'on' || v === 'true')
      .catch(false),
    sort: z.enum(LEAD_LIST_SORTS).catch('createdAt'),
    dir: field(z.enum(['asc', 'desc'])),
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  })
  .transform((f) => ({ ...f, dir: f.dir ?? DEFAULT_DIR[f.sort] }));

export type LeadListFilters = z.output<typeof leadListFilterSchema>;
export type SearchParamsInput =
  | URLSearchParams
  | Record<string, string | string[] | undefined>
  | null
  | undefined;

/** Parses searchParams (a page's object or a request's URLSearchParams); repeated keys use the first value. */
export function parseLeadListFilters(searchParams: SearchParamsInput): LeadListFilters {
  const raw: Record<string, string> = {};
  if (searchParams instanceof URLSearchParams) {
    for (const [k, v] of searchParams) if (!(k in raw)) raw[k] = v;
  } else if (searchParams) {
    for (const [k, v] of Object.entries(searchParams)) {
      const first = Array.isArray(v) ? v[0] : v;
      if (typeof first === 'string') raw[k] = first;
    }
  }
  return leadListFilterSchema.parse(raw);
}

/** Every filter that narrows the list, in URL order. */
export const FILTER_KEYS = [
  'q',
  'step',
  'source',
  'channel',
  'ambassador',
  'credited',
  'association',
  'network',
  'wijk',
  'language',
  'from',
  'to',
  'reached',
  'provider',
  'closeReason',
  'barrier',
  'signedFrom',
  'signedTo',
  'intakeFrom',
  'intakeTo',
  'assigned',
] as const;
/** The filters the reports link with and the filter form has no field for (kept as hidden fields). */
export const REPORT_FILTER_KEYS = ['channel', 'credited', 'network', 'reached', 'provider', 'closeReason', 'barrier', 'signedFrom', 'signedTo', 'intakeFrom', 'intakeTo'] as const;

/** The filters that narrow the list (not sorting or paging), e.g. for the audit log: names only. */
export function activeFilterKeys(f: LeadListFilters): string[] {
  const keys = FILTER_KEYS;
  return [...keys.filter((k) => f[k] !== undefined), ...(f.overdue ? ['overdue'] : [])];
}

/**
 * The query string for these filters with some changed (pagination, sort links, the export link).
 * Defaults are left out so URLs stay short; page 1 is never written.
 */
export function leadListQuery(f: LeadListFilters, change: Partial<LeadListFilters> = {}): string {
  const v = { ...f, ...change };
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const value = v[k];
    if (value !== undefined && value !== '') p.set(k, value);
  }
  if (v.overdue) p.set('overdue', '1');
  if (v.sort !== 'createdAt') p.set('sort', v.sort);
  if (v.dir !== DEFAULT_DIR[v.sort]) p.set('dir', v.dir);
  if (v.page > 1) p.set('page', String(v.page));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** LIKE pattern for a substring, with the user's % _ \ taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * How a search text is read. Text with letters searches names (case-insensitive substring, on
 * the trigram index of lower(name)). Text of digits and phone punctuation searches phone numbers:
 * a complete number exactly (E.164, btree index), a part as a substring of the stored E.164
 * number (trigram index), where a Dutch "06 1234" becomes "+3161234".
 */
export function searchCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (!text) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits && /^[\d\s+\-().\/]+$/.test(text)) {
    const full = digits.length >= 9 ? normalizePhone(text) : null;
    if (full) return eq(leads.phone, full);
    let part: string;
    if (text.startsWith('+')) part = `+${digits}`;
    else if (digits.startsWith('00')) part = `+${digits.slice(2)}`;
    else if (digits.startsWith('0')) part = `+31${digits.slice(1)}`;
    else part = digits;
    return sql`${leads.phone} like ${containsPattern(part)}`;
  }
  return sql`lower(${leads.name}) like ${containsPattern(text.toLowerCase())}`;
}

export interface ListContext {
  /** The signed-in staff member, for "assigned to me". */
  userId?: string | null;
  /** The moment "overdue" is measured from (tests). */
  now?: Date;
}

/** The WHERE clause of the list and the export. */
export function leadListWhere(f: LeadListFilters, ctx: ListContext = {}): SQL {
  const now = ctx.now ?? new Date();
  const conds: (SQL | undefined)[] = [isNull(leads.mergedIntoId)];
  if (f.q) conds.push(searchCondition(f.q));
  if (f.step) conds.push(eq(leads.status, f.step));
  if (f.source) conds.push(eq(leads.source, f.source));
  if (f.ambassador) conds.push(eq(leads.recruitedByAmbassadorId, f.ambassador));
  if (f.association) conds.push(eq(leads.associationId, f.association));
  if (f.wijk === WIJK_OTHER) conds.push(isNull(leads.neighbourhoodId));
  else if (f.wijk) {
    conds.push(eq(leads.neighbourhoodId, sql`(select ${neighbourhoods.id} from ${neighbourhoods} where ${neighbourhoods.code} = ${f.wijk})`));
  }
  if (f.language) conds.push(eq(leads.preferredLanguage, f.language));
  if (f.channel) conds.push(eq(leads.channel, f.channel));
  if (f.network) conds.push(eq(leads.networkOrganisationId, f.network));
  if (f.credited) conds.push(sql`(${leads.recruitedByAmbassadorId} = ${f.credited} or ${leads.partnerAmbassadorId} = ${f.credited})`);
  if (f.reached) conds.push(inArray(leads.status, STEPS.slice(STEPS.indexOf(f.reached))));
  if (f.provider) conds.push(eq(leads.providerId, f.provider));
  if (f.closeReason) conds.push(eq(leads.closeReason, f.closeReason));
  if (f.barrier) conds.push(sql`${leads.barriers} @> array[${f.barrier}]::barrier[]`);
  if (f.signedFrom) conds.push(sql`${leads.planSignedOn} >= ${f.signedFrom}`);
  if (f.signedTo) conds.push(sql`${leads.planSignedOn} <= ${f.signedTo}`);
  if (f.intakeFrom) conds.push(sql`${leads.intakeAt} >= ${sqlAmsterdamDayStart(f.intakeFrom)}`);
  if (f.intakeTo) conds.push(sql`${leads.intakeAt} < ${sqlAmsterdamDayStart(f.intakeTo, 1)}`);
  if (f.from) conds.push(sql`${leads.createdAt} >= ${sqlAmsterdamDayStart(f.from)}`);
  if (f.to) conds.push(sql`${leads.createdAt} < ${sqlAmsterdamDayStart(f.to, 1)}`);
  if (f.assigned === ASSIGNED_NONE) conds.push(isNull(leads.assignedToUserId));
  else if (f.assigned === ASSIGNED_ME) conds.push(ctx.userId ? eq(leads.assignedToUserId, ctx.userId) : sql`false`);
  else if (f.assigned) conds.push(eq(leads.assignedToUserId, f.assigned));
  if (f.overdue) {
    conds.push(notInArray(leads.status, [...CLOSED_STATUSES]));
    conds.push(lt(leads.lastActivityAt, new Date(now.getTime() - OVERDUE_DAYS * 24 * 3600 * 1000)));
  }
  return and(...conds)!;
}

/** The column a sort orders by, and the SQL type its keyset cursor is cast back to. */
function sortKey(sort: LeadListSort): { expr: SQL; type: SQL } {
  switch (sort) {
    case 'name':
      return { expr: sql`lower(${leads.name})`, type: sql`text` };
    case 'status':
      return { expr: sql`${leads.status}`, type: sql`lead_status` };
    case 'lastActivityAt':
      return { expr: sql`${leads.lastActivityAt}`, type: sql`timestamptz` };
    case 'createdAt':
      return { expr: sql`${leads.createdAt}`, type: sql`timestamptz` };
  }
}

function orderBy(f: LeadListFilters, expr: SQL = sortKey(f.sort).expr): SQL[] {
  const by = f.dir === 'asc' ? asc : desc;
  // The id breaks ties, so pages and export batches never skip or repeat a row.
  return [by(expr), by(leads.id)];
}

export interface LeadListRow {
  id: string;
  name: string;
  /** E.164. */
  phone: string;
  status: LeadStatus;
  source: LeadSource;
  ambassadorName: string | null;
  associationName: string | null;
  wijkName: string | null;
  preferredLanguage: string;
  createdAt: Date;
  lastActivityAt: Date;
  assignedToName: string | null;
  /** Open, and no contact attempt or step change for more than OVERDUE_DAYS. */
  overdue: boolean;
  /** Another open, non-merged lead has the same phone number. */
  possibleDuplicate: boolean;
}

const assignee = alias(users, 'assignee');
const other = alias(leads, 'other_lead');

/**
 * The ids of one page (or export batch), chosen on the leads table alone: the planner can walk
 * the sort column's index and stop after `limit` rows, and the joins and the duplicate check
 * below run for those rows only (not for every row skipped by OFFSET or sorted away).
 */
function pageIds(db: DbOrTx, f: LeadListFilters, where: SQL, limit: number, offset = 0) {
  const { expr } = sortKey(f.sort);
  // A search sorted by name: the matches of a name search lie together in name order (every
  // "Amina …"), so walking the name index from the other end reads nearly every lead before the
  // first match (6.6 s at a million leads), though the planner expects them spread out. Ordering
  // by the same value in a form the index does not serve makes it collect the matches through the
  // trigram index and sort them instead.
  const order = f.q && f.sort === 'name' ? sql`(${expr} || '')` : expr;
  return db
    .select({
      id: leads.id,
      sortKey: sql`${expr}`.as('sort_key'),
      // Text keeps the database's full precision (microseconds) for the export's keyset cursor.
      sortKeyText: sql<string>`(${expr})::text`.as('sort_key_text'),
    })
    .from(leads)
    .where(where)
    .orderBy(...orderBy(f, order))
    .limit(limit)
    .offset(offset)
    .as('page_ids');
}

function rowFields(db: DbOrTx) {
  return {
    id: leads.id,
    name: leads.name,
    phone: leads.phone,
    status: leads.status,
    source: leads.source,
    ambassadorName: ambassadors.displayName,
    associationName: associations.name,
    wijkName: neighbourhoods.name,
    preferredLanguage: leads.preferredLanguage,
    createdAt: leads.createdAt,
    lastActivityAt: leads.lastActivityAt,
    assignedToName: assignee.name,
    possibleDuplicate: exists(
      db
        .select({ one: sql`1` })
        .from(other)
        .where(
          and(
            eq(other.phone, leads.phone),
            ne(other.id, leads.id),
            isNull(other.mergedIntoId),
            notInArray(other.status, [...CLOSED_STATUSES]),
          ),
        ),
    ).mapWith(Boolean),
  };
}

/**
 * Rows with their names and flags. `deferred` first picks the page's ids on the leads table
 * alone (best for OFFSET pages and for sorting by name, which has no btree index); otherwise one
 * plain query (best for an export batch that walks a date or step index).
 */
async function selectRows(db: DbOrTx, f: LeadListFilters, where: SQL, limit: number, offset: number, deferred: boolean) {
  if (!deferred) {
    const { expr } = sortKey(f.sort);
    return db
      .select({ ...rowFields(db), sortKey: sql<string>`(${expr})::text` })
      .from(leads)
      .leftJoin(ambassadors, eq(leads.recruitedByAmbassadorId, ambassadors.id))
      .leftJoin(associations, eq(leads.associationId, associations.id))
      .leftJoin(neighbourhoods, eq(leads.neighbourhoodId, neighbourhoods.id))
      .leftJoin(assignee, eq(leads.assignedToUserId, assignee.id))
      .where(where)
      .orderBy(...orderBy(f))
      .limit(limit)
      .offset(offset);
  }
  const page = pageIds(db, f, where, limit, offset);
  const by = f.dir === 'asc' ? asc : desc;
  return db
    .select({ ...rowFields(db), sortKey: page.sortKeyText })
    .from(page)
    .innerJoin(leads, eq(leads.id, page.id))
    .leftJoin(ambassadors, eq(leads.recruitedByAmbassadorId, ambassadors.id))
    .leftJoin(associations, eq(leads.associationId, associations.id))
    .leftJoin(neighbourhoods, eq(leads.neighbourhoodId, neighbourhoods.id))
    .leftJoin(assignee, eq(leads.assignedToUserId, assignee.id))
    .orderBy(by(page.sortKey), by(page.id));
}

type RawRow = Awaited<ReturnType<typeof selectRows>>[number];

function toRow(r: RawRow, now: Date): LeadListRow {
  const { sortKey: _key, ...rest } = r;
  return { ...rest, overdue: isOverdue(r.status, r.lastActivityAt, now) };
}

/** The filter fields that do not narrow the rows (order and page). */
const NOT_FILTERS = new Set(['sort', 'dir', 'page', 'step', 'overdue']);

/** No filter but perhaps a step: the total is one of the summary's step counts (or their sum). */
function stepOnly(f: LeadListFilters): boolean {
  return !f.overdue && Object.entries(f).every(([k, v]) => NOT_FILTERS.has(k) || v === undefined);
}

/**
 * How many leads match (no rows are read into memory). The whole list and one step's list take
 * their total from the summary `lead_counts` (lib/leads/counts.ts: merged duplicates left out, kept
 * in the same transaction as every change), so opening the list costs the same at a million leads;
 * any other filter is a SQL count.
 */
export async function countLeads(db: DbOrTx, f: LeadListFilters, ctx: ListContext = {}): Promise<number> {
  if (stepOnly(f)) {
    const perStep = await statusCounts(db);
    return f.step ? (perStep.get(f.step) ?? 0) : [...perStep.values()].reduce((a, b) => a + b, 0);
  }
  const [row] = await db.select({ n: count() }).from(leads).where(leadListWhere(f, ctx));
  return row!.n;
}

/**
 * A search's total is counted up to this many matches (`countLeadsUpTo`): a name or phone search
 * of a million leads stops counting there and the list says "more than 500", so the search costs
 * the same at any size. Finding the 501st match of a name that 1 in 30 leads has reads about
 * 15,000 rows; with 1,000 the list's queries for "amina" at a million leads took about twice as
 * long (75 against 37 ms, median, on the shared machine). Every other list counts exactly.
 */
export const SEARCH_TOTAL_CAP = 500;

/**
 * How many leads match, counting no further than `cap`: `{ total, capped: false }` with the exact
 * number up to the cap, `{ total: cap, capped: true }` when more match (the count reads at most
 * cap + 1 matches, through a LIMIT subquery).
 */
export async function countLeadsUpTo(db: DbOrTx, f: LeadListFilters, cap: number, ctx: ListContext = {}): Promise<{ total: number; capped: boolean }> {
  const matches = db.select({ one: sql`1`.as('one') }).from(leads).where(leadListWhere(f, ctx)).limit(cap + 1).as('matches');
  const [row] = await db.select({ n: count() }).from(matches);
  return row!.n > cap ? { total: cap, capped: true } : { total: row!.n, capped: false };
}

export interface LeadListPage {
  rows: LeadListRow[];
  /** How many leads match; with `capped`, more than this many. */
  total: number;
  /**
   * A search with more matches than its count went (SEARCH_TOTAL_CAP, or further on deep pages):
   * `total` is a lower bound and `pageCount` the pages known to exist so far (the page shown,
   * and the next one while rows remain).
   */
  capped: boolean;
  /** The page shown: the requested one, or the last page when that was past the end. */
  page: number;
  pageCount: number;
  pageSize: number;
}

/**
 * One page of the list, with the total and the number of pages. A search counts its matches only
 * up to SEARCH_TOTAL_CAP (or up to the page asked for, if that is further): the page itself walks
 * the sort order and stops after one page, so neither reads every match of a common name.
 */
export async function listLeads(
  db: DbOrTx,
  f: LeadListFilters,
  ctx: ListContext & { pageSize?: number; searchCap?: number } = {},
): Promise<LeadListPage> {
  const now = ctx.now ?? new Date();
  const pageSize = ctx.pageSize ?? LEAD_LIST_PAGE_SIZE;
  const where = leadListWhere(f, { ...ctx, now });
  // One row more than a page: whether a next page exists without counting every match.
  const fetchPage = (page: number) => selectRows(db, f, where, pageSize + 1, (page - 1) * pageSize, true);
  const countCtx = { ...ctx, now };
  const cap = f.q ? Math.max(ctx.searchCap ?? SEARCH_TOTAL_CAP, f.page * pageSize) : null;

  let page = f.page;
  let [{ total, capped }, rows] = await Promise.all([
    cap === null ? countLeads(db, f, countCtx).then((n) => ({ total: n, capped: false })) : countLeadsUpTo(db, f, cap, countCtx),
    fetchPage(page),
  ]);
  let pageCount: number;
  if (capped) {
    // At least cap + 1 match, and the cap reaches past the page asked for: it exists, and so do
    // the pages up to the cap's next row.
    const hasNext = rows.length > pageSize;
    pageCount = Math.max(Math.ceil((total + 1) / pageSize), page + (hasNext ? 1 : 0));
  } else {
    pageCount = Math.max(1, Math.ceil(total / pageSize));
    if (page > pageCount) {
      page = pageCount;
      rows = total ? await fetchPage(page) : [];
    }
  }
  return { rows: rows.slice(0, pageSize).map((r) => toRow(r, now)), total, capped, page, pageCount, pageSize };
}

/**
 * Every matching lead in the list's order, in batches (keyset pagination on the sort column and
 * the id, so a batch never re-reads earlier rows and memory stays at one batch).
 */
export async function* exportLeads(
  db: DbOrTx,
  f: LeadListFilters,
  ctx: ListContext & { batchSize?: number } = {},
): AsyncGenerator<LeadListRow[], void, undefined> {
  const now = ctx.now ?? new Date();
  const batchSize = ctx.batchSize ?? LEAD_EXPORT_BATCH_SIZE;
  const where = leadListWhere(f, { ...ctx, now });
  const { expr, type } = sortKey(f.sort);
  let cursor: { key: string; id: string } | null = null;
  for (;;) {
    let after: SQL | undefined;
    if (cursor) {
      const key: SQL = sql`(${cursor.key}::${type})`;
      const id: SQL = sql`${cursor.id}::uuid`;
      // The plain bound lets the planner use the sort column's index; the row comparison breaks ties.
      after =
        f.dir === 'asc'
          ? sql`${expr} >= ${key} and (${expr}, ${leads.id}) > (${key}, ${id})`
          : sql`${expr} <= ${key} and (${expr}, ${leads.id}) < (${key}, ${id})`;
    }
    const batch: RawRow[] = await selectRows(db, f, and(where, after)!, batchSize, 0, f.sort === 'name');
    if (batch.length === 0) return;
    yield batch.map((r) => toRow(r, now));
    if (batch.length < batchSize) return;
    const last: RawRow = batch[batch.length - 1]!;
    cursor = { key: last.sortKey, id: last.id };
  }
}

/* Pick lists for the filter form: small tables, one query each. */

export interface FilterOptions {
  ambassadors: { id: string; name: string }[];
  associations: { id: string; name: string }[];
  wijken: { code: string; name: string }[];
  staff: { id: string; name: string; active: boolean }[];
  networks: { id: string; name: string }[];
  providers: { id: string; name: string }[];
}

export async function leadListFilterOptions(db: DbOrTx): Promise<FilterOptions> {
  const [ambassadorRows, associationRows, wijken, staff, networks, providers] = await Promise.all([
    db.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors).orderBy(asc(ambassadors.displayName)),
    db.select({ id: associations.id, name: associations.name }).from(associations).orderBy(asc(associations.name)),
    db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name)),
    db
      .select({ id: users.id, name: users.name, active: users.active })
      .from(users)
      .where(inArray(users.role, ['coordinator', 'caseworker']))
      .orderBy(asc(users.name)),
    db.select({ id: networkOrganisations.id, name: networkOrganisations.name }).from(networkOrganisations).orderBy(asc(networkOrganisations.name)),
    db.select({ id: languageProviders.id, name: languageProviders.name }).from(languageProviders).orderBy(asc(languageProviders.name)),
  ]);
  return { ambassadors: ambassadorRows, associations: associationRows, wijken, staff, networks, providers };
}
