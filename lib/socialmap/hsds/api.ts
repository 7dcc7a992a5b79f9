import 'server-only';
import { and, asc, count, desc, eq, exists, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { attribute, organization, service, service_at_location, taxonomy, taxonomy_term } from '@/db/schema';
import { loadServiceAggregate, loadServiceAggregates, serviceColumns } from './load';
import { organizationToHsds, serviceFieldsToHsds, serviceToHsds, taxonomyTermToHsds, taxonomyToHsds } from './mapping';
import type { Json, ServiceAggregate } from './types';

/**
 * The open HSDS API (read-only, open data, no authentication): query functions that return a
 * status and a JSON body. The route handlers under app/api/hsds only add headers.
 *
 * What is public:
 * - services with status "active" or "temporarily closed" (a closed service is useful to know
 *   about; the status field says so). "inactive" and "defunct" services never appear, not even by id;
 * - organizations that provide at least one public service (and are not retired themselves);
 * - all taxonomies and taxonomy terms (a vocabulary, no personal data).
 * Never: referrals, the assurer's e-mail, anything about users.
 *
 * Errors are RFC 9457 problem details (`{ type, title, status, detail }`, in English): bad
 * parameters → 400 with `invalidParams: [{ name, reason }]` (NL GOV API Design Rules); an unknown
 * id → 404. An id that is not a UUID can never exist, so it is a 404 too (not a 400). Unknown
 * parameters are ignored. The HTTP side (versioned base, headers, 304, 405, 429) is ./http.ts.
 */

export const HSDS_VERSION = '3.0';
export const PER_PAGE_DEFAULT = 50;
export const PER_PAGE_MAX = 200;
export const PUBLIC_STATUSES = ['active', 'temporarily closed'] as const;

export interface ApiResult {
  status: number;
  body: Json;
  /** When the resource last changed (single resources only: a list can shrink without any newer row). */
  lastModified?: Date | null;
}

/** An RFC 9457 problem details body (English, like the rest of the API). */
export function problemBody(status: number, title: string, detail: string, extra: Json = {}): Json {
  return { type: 'about:blank', title, status, detail, ...extra };
}

/** ISO 8601 date-time (RFC 3339), or a plain date. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const badRequest = (parameter: string, reason: string): ApiResult => ({
  status: 400,
  body: problemBody(400, 'Bad Request', `The query parameter ${parameter} is invalid: ${reason}.`, { invalidParams: [{ name: parameter, reason }] }),
});
const notFound = (what: string): ApiResult => ({ status: 404, body: problemBody(404, 'Not Found', `No public ${what} has this id.`) });

export interface ListParams {
  page: number;
  perPage: number;
  search: string | null;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  organizationId: string | null;
  modifiedAfter: Date | null;
  /** HSDS `minimal`: services with only their identifying fields. Default false. */
  minimal: boolean;
  /** HSDS `full`: fully nested records. Default false. */
  full: boolean;
}

function bool(v: string | null): boolean | null | 'bad' {
  if (v === null || v === '') return null;
  const t = v.trim().toLowerCase();
  return t === 'true' ? true : t === 'false' ? false : 'bad';
}

function positiveInt(v: string | null): number | null | 'bad' {
  if (v === null || v === '') return null;
  if (!/^\d+$/.test(v.trim())) return 'bad';
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : 'bad';
}

/**
 * The query parameters of each list: HSDS's for that list that the app serves (plus
 * `modified_after` on organizations). Only these are read; any other parameter is unknown and
 * ignored (HSDS defines `minimal` for /services only, so /service_at_locations ignores it). The
 * OpenAPI document lists exactly these (./openapi.ts).
 */
export const LIST_PARAMS = {
  services: ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full', 'page', 'per_page', 'format'],
  service_at_locations: ['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'page', 'per_page', 'format'],
  organizations: ['search', 'modified_after', 'page', 'per_page', 'format'],
  taxonomies: ['search', 'page', 'per_page', 'format'],
  taxonomy_terms: ['search', 'taxonomy_id', 'page', 'per_page', 'format'],
} as const satisfies Record<string, readonly string[]>;
export type ListName = keyof typeof LIST_PARAMS;

/**
 * Parses and checks the parameters a list takes (LIST_PARAMS); a 400 result for the first bad one.
 * Absent or empty parameters take the documented defaults: page 1, per_page 50, minimal and full false.
 */
export function parseListParams(q: URLSearchParams, list: ListName): ListParams | ApiResult {
  const accepted = new Set<string>(LIST_PARAMS[list]);
  const get = (name: string) => (accepted.has(name) ? q.get(name) : null);
  const page = positiveInt(get('page'));
  if (page === 'bad' || page === 0) return badRequest('page', 'must be a whole number of 1 or more');
  const perPage = positiveInt(get('per_page'));
  if (perPage === 'bad' || perPage === 0 || (perPage !== null && perPage > PER_PAGE_MAX))
    return badRequest('per_page', `must be a whole number from 1 to ${PER_PAGE_MAX}`);
  const ids: Record<string, string | null> = {};
  for (const p of ['taxonomy_term_id', 'taxonomy_id', 'organization_id']) {
    const v = get(p);
    if (v !== null && v !== '' && !isUuid(v.trim())) return badRequest(p, 'must be a UUID');
    ids[p] = v ? v.trim().toLowerCase() : null;
  }
  let modifiedAfter: Date | null = null;
  const m = get('modified_after');
  if (m !== null && m !== '') {
    const d = new Date(m.trim());
    if (!DATE_TIME.test(m.trim()) || Number.isNaN(d.getTime()))
      return badRequest('modified_after', 'must be an ISO 8601 date-time, e.g. 2025-01-31T12:00:00Z');
    modifiedAfter = d;
  }
  const search = get('search')?.trim() || null;
  if (search && search.length > 200) return badRequest('search', 'is limited to 200 characters');
  const minimal = bool(get('minimal'));
  if (minimal === 'bad') return badRequest('minimal', 'must be true or false');
  const full = bool(get('full'));
  if (full === 'bad') return badRequest('full', 'must be true or false');
  if (minimal && full) return badRequest('minimal', 'cannot be combined with full=true');
  const format = get('format');
  if (format !== null && format !== '' && format.trim().toLowerCase() !== 'json') return badRequest('format', 'only json is served');
  return {
    page: page ?? 1,
    perPage: perPage ?? PER_PAGE_DEFAULT,
    search,
    taxonomyTermId: ids.taxonomy_term_id!,
    taxonomyId: ids.taxonomy_id!,
    organizationId: ids.organization_id!,
    modifiedAfter,
    minimal: minimal ?? false,
    full: full ?? false,
  };
}

/** HSDS's page shape around a list. */
export function pageOf(contents: Json[], total: number, page: number, perPage: number): Json {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const publicService = () => inArray(service.status, [...PUBLIC_STATUSES]);
const publicOrganization = () =>
  and(
    inArray(organization.status, [...PUBLIC_STATUSES]),
    exists(
      sql`(select 1 from ${service} where ${service.organization_id} = ${organization.id} and ${service.status} in ('active', 'temporarily closed'))`,
    ),
  );

function isError(x: unknown): x is ApiResult {
  return !!x && typeof x === 'object' && 'status' in x && 'body' in x;
}

/** The versioned base path of the open API (NL GOV API Design Rules: the major version in the URL). */
export const API_BASE = '/api/hsds/v3';
/** The collections served under API_BASE. */
export const COLLECTIONS = ['services', 'service_at_locations', 'organizations', 'taxonomies', 'taxonomy_terms'] as const;

/** GET / */
export function apiRoot(origin: string): ApiResult {
  return {
    status: 200,
    body: {
      version: HSDS_VERSION,
      profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
      openapi_url: `${origin}${API_BASE}/openapi.json`,
      // Not HSDS: where to start.
      endpoints: COLLECTIONS.map((e) => `${origin}${API_BASE}/${e}`),
    },
  };
}

/** The filters HSDS defines for services (and service_at_locations): public, search, ids, modified_after. */
function serviceFilters(db: DbOrTx, p: ListParams): { cond: SQL | undefined; tsq: SQL | null } {
  const where: SQL[] = [publicService(), inArray(organization.status, [...PUBLIC_STATUSES])];
  const tsq = p.search ? sql`websearch_to_tsquery('dutch', ${p.search})` : null;
  if (tsq) where.push(sql`${service.search_vector} @@ ${tsq}`);
  if (p.organizationId) where.push(eq(service.organization_id, p.organizationId));
  if (p.modifiedAfter) where.push(gte(service.last_modified, p.modifiedAfter));
  if (p.taxonomyTermId || p.taxonomyId) {
    const termCond = p.taxonomyTermId ? eq(attribute.taxonomy_term_id, p.taxonomyTermId) : eq(taxonomy_term.taxonomy_id, p.taxonomyId!);
    const both = p.taxonomyTermId && p.taxonomyId ? and(termCond, eq(taxonomy_term.taxonomy_id, p.taxonomyId)) : termCond;
    where.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(attribute)
          .innerJoin(taxonomy_term, eq(taxonomy_term.id, attribute.taxonomy_term_id))
          .where(and(eq(attribute.link_entity, 'service'), eq(attribute.link_id, service.id), both)),
      ),
    );
  }
  return { cond: and(...where), tsq };
}

const serviceOrder = (tsq: SQL | null) => [...(tsq ? [desc(sql`ts_rank(${service.search_vector}, ${tsq})`)] : []), asc(service.name), asc(service.id)];

/**
 * GET /services: `minimal` gives only id, name, status and last_modified (the fields HSDS requires
 * plus the modification time); `full` the fully nested services; otherwise the one-to-one fields.
 */
export async function apiServices(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q, 'services');
  if (isError(p)) return p;
  const { cond, tsq } = serviceFilters(db, p);
  const [{ n }] = (await db.select({ n: count() }).from(service).innerJoin(organization, eq(organization.id, service.organization_id)).where(cond)) as [
    { n: number },
  ];
  const rows = await db
    .select({ s: serviceColumns, o: organization })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(cond)
    .orderBy(...serviceOrder(tsq))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  let contents: Json[];
  if (p.minimal) {
    contents = rows.map((r) => {
      const f = serviceFieldsToHsds(r.s, { public: true });
      return { id: f.id, name: f.name, status: f.status, last_modified: f.last_modified };
    });
  } else if (p.full) {
    const aggs = await loadServiceAggregates(db, rows.map((r) => r.s));
    contents = aggs.map((a) => serviceToHsds(a, { public: true, withOrganization: true }));
  } else {
    contents = rows.map((r) => ({ ...serviceFieldsToHsds(r.s, { public: true }), organization: organizationToHsds(r.o) }));
  }
  return { status: 200, body: pageOf(contents, Number(n), p.page, p.perPage) };
}

/** One service_at_location of an aggregate, with its location and its service (flat, or fully nested). */
function serviceAtLocationToHsds(agg: ServiceAggregate, salId: string, full: boolean): Json | null {
  const withSal = serviceToHsds(agg, { public: true, withOrganization: true });
  const sal = (withSal.service_at_locations as Json[] | undefined)?.find((x) => x.id === salId);
  if (!sal) return null;
  const svc = full ? withSal : serviceToHsds(agg, { public: true, withOrganization: true, flat: true });
  return { ...sal, service: svc };
}

/** GET /service_at_locations: the same filters as /services (on the service); `full` nests the whole service. */
export async function apiServiceAtLocations(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q, 'service_at_locations');
  if (isError(p)) return p;
  const { cond, tsq } = serviceFilters(db, p);
  const base = () =>
    db
      .select({ salId: service_at_location.id, s: serviceColumns })
      .from(service_at_location)
      .innerJoin(service, eq(service.id, service_at_location.service_id))
      .innerJoin(organization, eq(organization.id, service.organization_id));
  const [{ n }] = (await db
    .select({ n: count() })
    .from(service_at_location)
    .innerJoin(service, eq(service.id, service_at_location.service_id))
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(cond)) as [{ n: number }];
  const rows = await base()
    .where(cond)
    .orderBy(...serviceOrder(tsq), asc(service_at_location.id))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  const unique = [...new Map(rows.map((r) => [r.s.id, r.s])).values()];
  const aggs = new Map((await loadServiceAggregates(db, unique)).map((a) => [a.service.id, a]));
  const contents = rows.map((r) => serviceAtLocationToHsds(aggs.get(r.s.id)!, r.salId, p.full)).filter((x): x is Json => !!x);
  return { status: 200, body: pageOf(contents, Number(n), p.page, p.perPage) };
}

/** GET /service_at_locations/{id}: with its location and the fully nested service. */
export async function apiServiceAtLocation(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('service_at_location');
  const [row] = await db
    .select({ s: serviceColumns })
    .from(service_at_location)
    .innerJoin(service, eq(service.id, service_at_location.service_id))
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(and(eq(service_at_location.id, id.toLowerCase()), publicService(), inArray(organization.status, [...PUBLIC_STATUSES])))
    .limit(1);
  if (!row) return notFound('service_at_location');
  const [agg] = await loadServiceAggregates(db, [row.s]);
  const body = agg ? serviceAtLocationToHsds(agg, id.toLowerCase(), true) : null;
  return body ? { status: 200, body, lastModified: row.s.last_modified } : notFound('service_at_location');
}

/** GET /services/{id}: the fully nested service. */
export async function apiService(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('service');
  const agg = await loadServiceAggregate(db, id.toLowerCase());
  if (!agg || !(PUBLIC_STATUSES as readonly string[]).includes(agg.service.status) || !(PUBLIC_STATUSES as readonly string[]).includes(agg.organization.status))
    return notFound('service');
  return { status: 200, body: serviceToHsds(agg, { public: true, withOrganization: true }), lastModified: agg.service.last_modified };
}

/** GET /organizations */
export async function apiOrganizations(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q, 'organizations');
  if (isError(p)) return p;
  const where: SQL[] = [publicOrganization()!];
  if (p.search) where.push(sql`to_tsvector('dutch', ${organization.name} || ' ' || ${organization.description}) @@ websearch_to_tsquery('dutch', ${p.search})`);
  if (p.modifiedAfter) where.push(gte(organization.last_modified, p.modifiedAfter));
  const cond = and(...where);
  const [{ n }] = (await db.select({ n: count() }).from(organization).where(cond)) as [{ n: number }];
  const rows = await db
    .select()
    .from(organization)
    .where(cond)
    .orderBy(asc(organization.name), asc(organization.id))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  return { status: 200, body: pageOf(rows.map(organizationToHsds), Number(n), p.page, p.perPage) };
}

/** GET /organizations/{id}: with its public services, nested. */
export async function apiOrganization(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('organization');
  const [org] = await db
    .select()
    .from(organization)
    .where(and(eq(organization.id, id.toLowerCase()), publicOrganization()))
    .limit(1);
  if (!org) return notFound('organization');
  const services = await db
    .select(serviceColumns)
    .from(service)
    .where(and(eq(service.organization_id, org.id), publicService()))
    .orderBy(asc(service.name), asc(service.id));
  const aggs = await loadServiceAggregates(db, services);
  const lastModified = [org.last_modified, ...services.map((x) => x.last_modified)].reduce((a, b) => (b && (!a || b > a) ? b : a), null as Date | null);
  return { status: 200, body: { ...organizationToHsds(org), services: aggs.map((a) => serviceToHsds(a, { public: true })) }, lastModified };
}

/** GET /taxonomies */
export async function apiTaxonomies(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q, 'taxonomies');
  if (isError(p)) return p;
  const cond = p.search ? sql`${taxonomy.name} ilike ${'%' + p.search.replace(/[%_\\]/g, '\\$&') + '%'}` : undefined;
  const [{ n }] = (await db.select({ n: count() }).from(taxonomy).where(cond)) as [{ n: number }];
  const rows = await db
    .select()
    .from(taxonomy)
    .where(cond)
    .orderBy(asc(taxonomy.name), asc(taxonomy.id))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  return { status: 200, body: pageOf(rows.map(taxonomyToHsds), Number(n), p.page, p.perPage) };
}

/** GET /taxonomies/{id} */
export async function apiTaxonomy(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('taxonomy');
  const [row] = await db.select().from(taxonomy).where(eq(taxonomy.id, id.toLowerCase())).limit(1);
  return row ? { status: 200, body: taxonomyToHsds(row) } : notFound('taxonomy');
}

/** GET /taxonomy_terms (filter: taxonomy_id; search on the name) */
export async function apiTaxonomyTerms(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q, 'taxonomy_terms');
  if (isError(p)) return p;
  const where: SQL[] = [];
  if (p.taxonomyId) where.push(eq(taxonomy_term.taxonomy_id, p.taxonomyId));
  if (p.search) where.push(sql`${taxonomy_term.name} ilike ${'%' + p.search.replace(/[%_\\]/g, '\\$&') + '%'}`);
  const cond = where.length ? and(...where) : undefined;
  const [{ n }] = (await db.select({ n: count() }).from(taxonomy_term).where(cond)) as [{ n: number }];
  const rows = await db
    .select({ term: taxonomy_term, taxonomy })
    .from(taxonomy_term)
    .leftJoin(taxonomy, eq(taxonomy.id, taxonomy_term.taxonomy_id))
    .where(cond)
    .orderBy(asc(taxonomy_term.name), asc(taxonomy_term.id))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  return { status: 200, body: pageOf(rows.map((r) => taxonomyTermToHsds(r.term, r.taxonomy)), Number(n), p.page, p.perPage) };
}

/** GET /taxonomy_terms/{id} */
export async function apiTaxonomyTerm(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('taxonomy term');
  const [row] = await db
    .select({ term: taxonomy_term, taxonomy })
    .from(taxonomy_term)
    .leftJoin(taxonomy, eq(taxonomy.id, taxonomy_term.taxonomy_id))
    .where(eq(taxonomy_term.id, id.toLowerCase()))
    .limit(1);
  return row ? { status: 200, body: taxonomyTermToHsds(row.term, row.taxonomy) } : notFound('taxonomy term');
}
