import 'server-only';
import { and, asc, count, desc, eq, exists, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { isUuid } from '@/lib/actions/validation';
import { attribute, organization, service, taxonomy, taxonomy_term } from '@/db/schema';
import { loadServiceAggregate, loadServiceAggregates, serviceColumns } from './load';
import { organizationToHsds, serviceFieldsToHsds, serviceToHsds, taxonomyTermToHsds, taxonomyToHsds } from './mapping';
import type { Json } from './types';

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
 * Errors: bad parameters → 400 `{ error, parameter }`; an unknown id → 404 `{ error }`. An id that
 * is not a UUID can never exist, so it is a 404 too (not a 400).
 */

export const HSDS_VERSION = '3.0';
export const PER_PAGE_DEFAULT = 50;
export const PER_PAGE_MAX = 200;
export const PUBLIC_STATUSES = ['active', 'temporarily closed'] as const;

export interface ApiResult {
  status: 200 | 400 | 404;
  body: Json;
}

/** ISO 8601 date-time (RFC 3339), or a plain date. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

const badRequest = (parameter: string, error: string): ApiResult => ({ status: 400, body: { error, parameter } });
const notFound = (what: string): ApiResult => ({ status: 404, body: { error: `${what} not found` } });

export interface ListParams {
  page: number;
  perPage: number;
  search: string | null;
  taxonomyTermId: string | null;
  taxonomyId: string | null;
  organizationId: string | null;
  modifiedAfter: Date | null;
}

function positiveInt(v: string | null): number | null | 'bad' {
  if (v === null || v === '') return null;
  if (!/^\d+$/.test(v.trim())) return 'bad';
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : 'bad';
}

/** Parses and checks the list parameters; a 400 result for the first bad one. */
export function parseListParams(q: URLSearchParams): ListParams | ApiResult {
  const page = positiveInt(q.get('page'));
  if (page === 'bad' || page === 0) return badRequest('page', 'page must be a whole number of 1 or more');
  const perPage = positiveInt(q.get('per_page'));
  if (perPage === 'bad' || perPage === 0 || (perPage !== null && perPage > PER_PAGE_MAX))
    return badRequest('per_page', `per_page must be a whole number from 1 to ${PER_PAGE_MAX}`);
  const ids: Record<string, string | null> = {};
  for (const p of ['taxonomy_term_id', 'taxonomy_id', 'organization_id']) {
    const v = q.get(p);
    if (v !== null && v !== '' && !isUuid(v.trim())) return badRequest(p, `${p} must be a UUID`);
    ids[p] = v ? v.trim().toLowerCase() : null;
  }
  let modifiedAfter: Date | null = null;
  const m = q.get('modified_after');
  if (m !== null && m !== '') {
    const d = new Date(m.trim());
    if (!DATE_TIME.test(m.trim()) || Number.isNaN(d.getTime()))
      return badRequest('modified_after', 'modified_after must be an ISO 8601 date-time, e.g. 2025-01-31T12:00:00Z');
    modifiedAfter = d;
  }
  const search = q.get('search')?.trim() || null;
  if (search && search.length > 200) return badRequest('search', 'search is limited to 200 characters');
  return {
    page: page ?? 1,
    perPage: perPage ?? PER_PAGE_DEFAULT,
    search,
    taxonomyTermId: ids.taxonomy_term_id!,
    taxonomyId: ids.taxonomy_id!,
    organizationId: ids.organization_id!,
    modifiedAfter,
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

/** GET / */
export function apiRoot(origin: string): ApiResult {
  return {
    status: 200,
    body: {
      version: HSDS_VERSION,
      profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      // Not HSDS: where to start.
      endpoints: ['services', 'organizations', 'taxonomies', 'taxonomy_terms'].map((e) => `${origin}/api/hsds/${e}`),
    },
  };
}

/** GET /services */
export async function apiServices(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q);
  if (isError(p)) return p;
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
  const cond = and(...where);
  const [{ n }] = (await db.select({ n: count() }).from(service).innerJoin(organization, eq(organization.id, service.organization_id)).where(cond)) as [
    { n: number },
  ];
  const rows = await db
    .select({ s: serviceColumns, o: organization })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(cond)
    .orderBy(...(tsq ? [desc(sql`ts_rank(${service.search_vector}, ${tsq})`)] : []), asc(service.name), asc(service.id))
    .limit(p.perPage)
    .offset((p.page - 1) * p.perPage);
  const contents = rows.map((r) => ({ ...serviceFieldsToHsds(r.s, { public: true }), organization: organizationToHsds(r.o) }));
  return { status: 200, body: pageOf(contents, Number(n), p.page, p.perPage) };
}

/** GET /services/{id}: the fully nested service. */
export async function apiService(db: DbOrTx, id: string): Promise<ApiResult> {
  if (!isUuid(id)) return notFound('service');
  const agg = await loadServiceAggregate(db, id.toLowerCase());
  if (!agg || !(PUBLIC_STATUSES as readonly string[]).includes(agg.service.status) || !(PUBLIC_STATUSES as readonly string[]).includes(agg.organization.status))
    return notFound('service');
  return { status: 200, body: serviceToHsds(agg, { public: true, withOrganization: true }) };
}

/** GET /organizations */
export async function apiOrganizations(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q);
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
  return { status: 200, body: { ...organizationToHsds(org), services: aggs.map((a) => serviceToHsds(a, { public: true })) } };
}

/** GET /taxonomies */
export async function apiTaxonomies(db: DbOrTx, q: URLSearchParams): Promise<ApiResult> {
  const p = parseListParams(q);
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
  const p = parseListParams(q);
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

/** The JSON response of a result: open to every origin (open data), short public caching. */
export function apiResponse(r: ApiResult): Response {
  return new Response(JSON.stringify(r.body), {
    status: r.status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': r.status === 200 ? 'public, max-age=60' : 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** CORS preflight (GET only). */
export function apiOptions(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400',
    },
  });
}
