import 'server-only';
import { createHash } from 'node:crypto';
import { getDb, type DbOrTx } from '@/db/client';
import { logError } from '@/lib/log';
import { hit, type Window } from '@/lib/ratelimit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { publicOrigin } from '@/lib/security/origin';
import { API_BASE, problemBody, type ApiResult } from './api';
import type { Json } from './types';

/**
 * The HTTP side of the open HSDS API, by the NL GOV API Design Rules: every answer carries
 * `API-Version`; errors are RFC 9457 `application/problem+json`; only GET, HEAD and OPTIONS
 * (anything else is a 405 with `Allow`); CORS open for reading; `ETag` (and `Last-Modified` for
 * single records) with 304 on a matching conditional request; a rate limit per client address
 * (`lib/ratelimit`, keyed by the hashed trusted client address) with 429 and `Retry-After`.
 * The route files under app/api/hsds/v3 are one line each: `hsdsRoute(…)`.
 */

/** The API's own version (semver): major 3 is in the base URL. Raise minor for additions, major for breaking changes. */
export const API_VERSION = '3.1.0';
export const ALLOW = 'GET, HEAD, OPTIONS';

/** Requests per client address per window: HSDS_API_RATE_LIMIT (default 300) per HSDS_API_RATE_WINDOW_SECONDS (default 60). */
export function rateWindow(env: Record<string, string | undefined> = process.env): Window {
  const limit = Number(env.HSDS_API_RATE_LIMIT);
  const seconds = Number(env.HSDS_API_RATE_WINDOW_SECONDS);
  return {
    limit: Number.isInteger(limit) && limit > 0 ? limit : 300,
    windowSeconds: Number.isInteger(seconds) && seconds > 0 && seconds <= 3600 ? seconds : 60,
  };
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'API-Version, ETag, Last-Modified, Retry-After, Location',
};

function baseHeaders(extra: Record<string, string> = {}): Headers {
  return new Headers({ 'API-Version': API_VERSION, 'X-Content-Type-Options': 'nosniff', ...CORS, ...extra });
}

/** An RFC 9457 problem details answer. */
export function problem(status: number, title: string, detail: string, extra: { headers?: Record<string, string>; body?: Json } = {}): Response {
  return new Response(JSON.stringify(problemBody(status, title, detail, extra.body)), {
    status,
    headers: baseHeaders({ 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...extra.headers }),
  });
}

/** A strong ETag for a body: the same JSON gives the same tag in every process. */
export function etagOf(text: string): string {
  return `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

function notModified(req: Request, etag: string, lastModified: Date | null): boolean {
  const inm = req.headers.get('if-none-match');
  if (inm !== null) {
    // Weak comparison (RFC 9110 13.1.2): W/"x" matches "x".
    return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
  }
  const ims = req.headers.get('if-modified-since');
  if (ims && lastModified) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** The answer for a query result: JSON with ETag (and Last-Modified), a 304 when unchanged, or problem+json. */
export function apiResponse(req: Request, r: ApiResult): Response {
  if (r.status >= 400) {
    const b = r.body;
    return problem(r.status, String(b.title), String(b.detail), { body: b });
  }
  const text = JSON.stringify(r.body);
  const etag = etagOf(text);
  const lastModified = r.lastModified ?? null;
  const headers = baseHeaders({ ETag: etag, 'Cache-Control': 'public, max-age=60' });
  if (lastModified) headers.set('Last-Modified', lastModified.toUTCString());
  if (notModified(req, etag, lastModified)) return new Response(null, { status: 304, headers });
  headers.set('Content-Type', 'application/json; charset=utf-8');
  return new Response(req.method === 'HEAD' ? null : text, { status: r.status, headers });
}

/** CORS preflight and OPTIONS: the methods this API allows. */
export function apiOptions(): Response {
  return new Response(null, {
    status: 204,
    headers: baseHeaders({
      Allow: ALLOW,
      'Access-Control-Allow-Methods': ALLOW,
      'Access-Control-Allow-Headers': 'Accept, Content-Type, If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
    }),
  });
}

/** Any method but GET, HEAD and OPTIONS. */
export function methodNotAllowed(req: Request): Response {
  return problem(405, 'Method Not Allowed', `This API is read-only: ${req.method} is not allowed; use GET, HEAD or OPTIONS.`, {
    headers: { Allow: ALLOW },
  });
}

/** Counts the request against the client's window; a 429 problem when it is used up. */
async function rateLimited(db: DbOrTx, req: Request): Promise<Response | null> {
  const w = rateWindow();
  const r = await hit(db, `hsds-api:${hashIp(clientIp(req.headers))}`, w);
  if (r.allowed) return null;
  const retry = String(Math.max(1, r.retryAfter));
  return problem(429, 'Too Many Requests', `At most ${w.limit} requests per ${w.windowSeconds} seconds; try again in ${retry} seconds.`, {
    headers: { 'Retry-After': retry },
  });
}

type Params = Record<string, string | string[] | undefined>;
type Context = { params: Promise<Params> };
export type Produce = (db: DbOrTx, req: Request, params: Params) => Promise<ApiResult> | ApiResult;

/**
 * The handlers of one route of the open API. `db` is a function so tests can give their own
 * database; the app uses the process's one.
 */
export function hsdsRoute(produce: Produce, db: () => DbOrTx = getDb) {
  async function GET(req: Request, ctx: Context = { params: Promise.resolve({}) }): Promise<Response> {
    try {
      const d = db();
      const limited = await rateLimited(d, req);
      if (limited) return limited;
      return apiResponse(req, await produce(d, req, (await ctx.params) ?? {}));
    } catch (e) {
      logError('hsds api', e);
      return problem(500, 'Internal Server Error', 'The request could not be answered; please try again later.');
    }
  }
  const refuse = async (req: Request) => methodNotAllowed(req);
  return { GET, HEAD: GET, OPTIONS: async () => apiOptions(), POST: refuse, PUT: refuse, PATCH: refuse, DELETE: refuse };
}

/** The query of a request (route handlers get a NextRequest; tests may pass a plain Request). */
export const queryOf = (req: Request) => new URL(req.url).searchParams;

/** A permanent redirect (308, keeps the method) with the API's headers (API-Version, CORS). */
export function permanentRedirect(location: string): Response {
  return new Response(null, { status: 308, headers: baseHeaders({ Location: location }) });
}

/**
 * The old, unversioned base (`/api/hsds/…`): a permanent redirect to the same path under the
 * versioned base, with the query, so existing consumers keep working.
 */
export function redirectToVersioned(req: Request, path: string[] = []): Response {
  const url = new URL(req.url);
  return permanentRedirect(`${publicOrigin()}${API_BASE}${path.length ? '/' + path.map(encodeURIComponent).join('/') : ''}${url.search}`);
}

/**
 * A path of the API (old base or versioned) with a trailing slash: a permanent redirect to the
 * path without it, query kept (NL GOV API-48). Next.js's own trailing-slash redirect cannot carry
 * API-Version, so it is off (next.config.ts) and proxy.ts sends this one.
 */
export function redirectWithoutTrailingSlash(req: Request): Response {
  const url = new URL(req.url);
  return permanentRedirect(`${publicOrigin()}${url.pathname.replace(/\/+$/, '')}${url.search}`);
}

/** Anything under the versioned base that is not one of its paths. */
export function unknownPath(req: Request): Response {
  if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return methodNotAllowed(req);
  return problem(404, 'Not Found', `There is no ${new URL(req.url).pathname}; see ${API_BASE}/openapi.json for the paths of this API.`);
}
