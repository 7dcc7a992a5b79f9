import { API_BASE, HSDS_VERSION, LIST_PARAMS, PER_PAGE_DEFAULT, PER_PAGE_MAX, type ListName } from './api';
import { ALLOW, API_VERSION } from './http';
import type { Json } from './types';

/**
 * The open API's own OpenAPI 3.1 document, generated from the same constants the handlers use
 * (base, version, paging limits, parameters), served at `<base>/openapi.json` and linted with
 * @stoplight/spectral-cli against the NL GOV API Design Rules (./openapi.test.ts; the ruleset is
 * api/nlgov-rules.spectral.js).
 * It describes exactly what the app serves; the record schemas are summaries of HSDS 3.0's, which
 * they link to.
 */

const HSDS_SCHEMA = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

export interface ApiContact {
  name: string;
  email: string;
  url: string;
}

/** info.contact from the settings (env), with defaults: HSDS_API_CONTACT_NAME, _EMAIL, _URL. */
export function apiContact(origin: string, env: Record<string, string | undefined> = process.env): ApiContact {
  return {
    name: env.HSDS_API_CONTACT_NAME?.trim() || 'Wijkwerf, sociale kaart',
    email: env.HSDS_API_CONTACT_EMAIL?.trim() || 'sociale-kaart@wijkwerf.invalid',
    url: env.HSDS_API_CONTACT_URL?.trim() || `${origin}/`,
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const resp = (name: string) => ({ $ref: `#/components/responses/${name}` });

const versionHeader = { 'API-Version': { $ref: '#/components/headers/API-Version' } };
const okHeaders = (single: boolean) => ({
  ...versionHeader,
  ETag: { $ref: '#/components/headers/ETag' },
  ...(single ? { 'Last-Modified': { $ref: '#/components/headers/Last-Modified' } } : {}),
  'Access-Control-Allow-Origin': { $ref: '#/components/headers/Access-Control-Allow-Origin' },
});

const COLLECTION_DOC: Record<string, { item: string; one: string; title: string; tag: string; listDesc: string; oneDesc: string }> = {
  services: {
    item: 'Service',
    one: 'Service',
    title: 'services',
    tag: 'Services',
    listDesc: 'Public services (status active or temporarily closed) with their one-to-one fields and organization; `minimal=true` gives id, name, status and last_modified only, `full=true` fully nested services.',
    oneDesc: 'One public service, fully nested (phones, schedules, service areas, locations, languages, attributes, organization).',
  },
  service_at_locations: {
    item: 'ServiceAtLocation',
    one: 'ServiceAtLocation',
    title: 'service_at_locations',
    tag: 'Services',
    listDesc: 'Where public services are offered: each with its location (addresses) and its service (one-to-one fields, or fully nested with `full=true`). Filters apply to the service.',
    oneDesc: 'One service_at_location with its location and the fully nested service.',
  },
  organizations: {
    item: 'Organization',
    one: 'Organization',
    title: 'organizations',
    tag: 'Organizations',
    listDesc: 'Organizations that provide at least one public service.',
    oneDesc: 'One organization with its public services, nested.',
  },
  taxonomies: { item: 'Taxonomy', one: 'Taxonomy', title: 'taxonomies', tag: 'Taxonomies', listDesc: 'The taxonomies (vocabularies) of the social map.', oneDesc: 'One taxonomy.' },
  taxonomy_terms: {
    item: 'TaxonomyTerm',
    one: 'TaxonomyTerm',
    title: 'taxonomy_terms',
    tag: 'Taxonomies',
    listDesc: 'The taxonomy terms (themes); filter by `taxonomy_id`, search on the name.',
    oneDesc: 'One taxonomy term with its taxonomy.',
  },
};

const camel = (s: string) => s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const singular = (s: string) => (s === 'taxonomies' ? 'taxonomy' : s.replace(/s$/, ''));

function listPath(name: string): Json {
  const d = COLLECTION_DOC[name]!;
  return {
    get: {
      operationId: `list${camel('_' + name)}`,
      tags: [d.tag],
      summary: `A page of ${d.title}`,
      description: d.listDesc,
      parameters: LIST_PARAMS[name as ListName].map(param),
      responses: {
        '200': {
          description: `A page of ${d.title} (HSDS page shape).`,
          headers: okHeaders(false),
          content: { 'application/json': { schema: { allOf: [ref('Page'), { type: 'object', properties: { contents: { type: 'array', items: ref(d.item) } } }] } } },
        },
        '304': resp('NotModified'),
        '400': resp('BadRequest'),
        '429': resp('TooManyRequests'),
        '500': resp('InternalServerError'),
      },
    },
  };
}

function onePath(name: string): Json {
  const d = COLLECTION_DOC[name]!;
  return {
    get: {
      operationId: `get${camel('_' + singular(name))}`,
      tags: [d.tag],
      summary: `One ${singular(name).replace(/_/g, ' ')}`,
      description: d.oneDesc,
      parameters: [{ $ref: '#/components/parameters/id' }],
      responses: {
        '200': { description: d.oneDesc, headers: okHeaders(name !== 'taxonomies' && name !== 'taxonomy_terms'), content: { 'application/json': { schema: ref(d.one) } } },
        '304': resp('NotModified'),
        '404': resp('NotFound'),
        '429': resp('TooManyRequests'),
        '500': resp('InternalServerError'),
      },
    },
  };
}

const str = (description: string, extra: Json = {}) => ({ type: 'string', description, ...extra });
const uuid = (description: string) => str(description, { format: 'uuid' });

function recordSchema(hsdsName: string, description: string, required: string[], properties: Json): Json {
  return {
    type: 'object',
    description: `${description} The full definition is HSDS 3.0's ${hsdsName} schema.`,
    externalDocs: { description: `HSDS 3.0 ${hsdsName}`, url: `${HSDS_SCHEMA}/${hsdsName}.json` },
    required,
    properties,
    additionalProperties: true,
  };
}

/** The OpenAPI document for a deployment at `origin`. */
export function openApiDocument(origin: string, env: Record<string, string | undefined> = process.env): Json {
  const paths: Json = {
    '/': {
      get: {
        operationId: 'getApiRoot',
        tags: ['API'],
        summary: 'About this API',
        description: 'The HSDS version, the profile, this document and the collections.',
        responses: {
          '200': { description: 'About this API.', headers: okHeaders(false), content: { 'application/json': { schema: ref('Root') } } },
          '304': resp('NotModified'),
          '429': resp('TooManyRequests'),
          '500': resp('InternalServerError'),
        },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApiDocument',
        tags: ['API'],
        summary: 'This OpenAPI document',
        description: 'The OpenAPI 3.1 description of this API (NL GOV API Design Rules).',
        responses: {
          '200': { description: 'This document.', headers: okHeaders(false), content: { 'application/json': { schema: { type: 'object', additionalProperties: true } } } },
          '304': resp('NotModified'),
          '429': resp('TooManyRequests'),
          '500': resp('InternalServerError'),
        },
      },
    },
  };
  for (const c of ['services', 'service_at_locations', 'organizations', 'taxonomies', 'taxonomy_terms']) {
    paths[`/${c}`] = listPath(c);
    paths[`/${c}/{id}`] = onePath(c);
  }
  // The data package export for curators: not under the open base, behind sign-in.
  paths['/staff/social-map/manage/export/json'] = {
    servers: [{ url: origin, description: 'The portal (signed in)' }],
    get: {
      operationId: 'exportDataPackage',
      tags: ['Data package'],
      summary: 'The whole social map as an HSDS data package (curators)',
      description:
        'Every organization with its services nested (HSDS organization shape), every status included, as a JSON download. For signed-in curators (permission socialmap.curate) only; not part of the open API. The same export is at /admin/social-map/export/json for administrators.',
      security: [{ session: [] }],
      responses: {
        '200': {
          description: 'The data package, as a download (Content-Disposition: attachment).',
          content: { 'application/json': { schema: { type: 'array', items: ref('Organization') } } },
        },
        '403': { description: 'Signed in without the permission socialmap.curate (an HTML page).', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
  };

  const listParam = (name: string, description: string, schema: Json) => ({ name, in: 'query', required: false, description, schema });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wijkwerf social map (HSDS 3.0)',
      version: API_VERSION,
      description: `The social map of Wijkwerf as open data in the Human Services Data Specification (HSDS ${HSDS_VERSION}), by the NL GOV API Design Rules. Read-only (${ALLOW}); no sign-in; CORS open for reading. Every answer carries API-Version; errors are RFC 9457 problem details; ETag (and Last-Modified on single records) with 304; a rate limit per client address with 429 and Retry-After.`,
      contact: apiContact(origin, env),
      license: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
    },
    servers: [{ url: `${origin}${API_BASE}`, description: 'This deployment (major version 3 in the path)' }],
    tags: [
      { name: 'API', description: 'About the API.' },
      { name: 'Services', description: 'Services and where they are offered.' },
      { name: 'Organizations', description: 'Organizations that provide services.' },
      { name: 'Taxonomies', description: 'Vocabularies and their terms.' },
      { name: 'Data package', description: 'The export for curators (not open).' },
    ],
    externalDocs: { description: 'HSDS 3.0 API reference', url: 'https://docs.openreferral.org/en/latest/hsds/api_reference.html' },
    paths,
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'authjs.session-token', description: 'The portal session of a signed-in user.' } },
      parameters: {
        id: { name: 'id', in: 'path', required: true, description: 'The record’s id (a UUID); any other value is a 404.', schema: { type: 'string' } },
        search: listParam('search', 'Full-text search (Dutch, stemmed; names of taxonomies and terms). At most 200 characters.', { type: 'string', maxLength: 200 }),
        taxonomy_term_id: listParam('taxonomy_term_id', 'Only services with this taxonomy term.', { type: 'string', format: 'uuid' }),
        taxonomy_id: listParam('taxonomy_id', 'Only records with a term of this taxonomy.', { type: 'string', format: 'uuid' }),
        organization_id: listParam('organization_id', 'Only services of this organization.', { type: 'string', format: 'uuid' }),
        modified_after: listParam('modified_after', 'Only records modified on or after this ISO 8601 date-time (or date).', { type: 'string', format: 'date-time' }),
        minimal: listParam('minimal', 'Only id, name, status and last_modified of each service.', { type: 'boolean', default: false }),
        full: listParam('full', 'Fully nested records. Cannot be combined with minimal=true.', { type: 'boolean', default: false }),
        page: listParam('page', 'The page number, from 1.', { type: 'integer', minimum: 1, default: 1 }),
        per_page: listParam('per_page', `Records per page, 1 to ${PER_PAGE_MAX}.`, { type: 'integer', minimum: 1, maximum: PER_PAGE_MAX, default: PER_PAGE_DEFAULT }),
        format: listParam('format', 'The answer format: only json is served.', { type: 'string', enum: ['json'], default: 'json' }),
      },
      headers: {
        'API-Version': { description: 'The full version of this API (semver).', schema: { type: 'string', example: API_VERSION } },
        ETag: { description: 'The version of this answer; send it back in If-None-Match for a 304.', schema: { type: 'string' } },
        'Last-Modified': { description: 'When the record last changed; send it back in If-Modified-Since for a 304.', schema: { type: 'string' } },
        'Access-Control-Allow-Origin': { description: 'Open for reading from every origin.', schema: { type: 'string', enum: ['*'] } },
        'Retry-After': { description: 'Seconds until the rate limit window resets.', schema: { type: 'integer' } },
      },
      responses: {
        NotModified: { description: 'Unchanged since the ETag or date in the conditional request.', headers: { ...versionHeader, ETag: { $ref: '#/components/headers/ETag' } } },
        BadRequest: problemResponse('A query parameter is invalid; invalidParams names it.'),
        NotFound: problemResponse('No public record has this id.'),
        TooManyRequests: problemResponse('Too many requests from this client address; try again after Retry-After seconds.', {
          'Retry-After': { $ref: '#/components/headers/Retry-After' },
        }),
        InternalServerError: problemResponse('The request could not be answered.'),
      },
      schemas: {
        Root: {
          type: 'object',
          required: ['version', 'profile', 'openapi_url'],
          properties: {
            version: str('The HSDS version.', { example: HSDS_VERSION }),
            profile: str('The HSDS profile.', { format: 'uri' }),
            openapi_url: str('This document.', { format: 'uri' }),
            endpoints: { type: 'array', description: 'The collections of this API.', items: { type: 'string', format: 'uri' } },
          },
        },
        Page: {
          type: 'object',
          description: 'HSDS page shape.',
          required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
          properties: {
            total_items: { type: 'integer', description: 'Records matching the query.' },
            total_pages: { type: 'integer', description: 'Pages of per_page records.' },
            page_number: { type: 'integer', description: 'This page’s number.' },
            size: { type: 'integer', description: 'Records on this page.' },
            first_page: { type: 'boolean', description: 'Whether this is the first page.' },
            last_page: { type: 'boolean', description: 'Whether this is the last page.' },
            empty: { type: 'boolean', description: 'Whether this page has no records.' },
            contents: { type: 'array', description: 'The records.', items: {} },
          },
        },
        Problem: {
          type: 'object',
          description: 'RFC 9457 problem details.',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: str('A URI for the problem type (about:blank: the status says it).', { format: 'uri-reference' }),
            title: str('The status’s short description.'),
            status: { type: 'integer', description: 'The HTTP status.' },
            detail: str('What went wrong, in English.'),
            instance: str('The request that had the problem.', { format: 'uri-reference' }),
            invalidParams: {
              type: 'array',
              description: 'The invalid parameters (400).',
              items: { type: 'object', required: ['name', 'reason'], properties: { name: str('The parameter.'), reason: str('Why it is invalid.') } },
            },
          },
        },
        Service: recordSchema('service', 'A service.', ['id', 'name', 'status'], {
          id: uuid('The service’s id.'),
          organization_id: uuid('The organization that provides it.'),
          name: str('The name.'),
          description: str('What it offers.'),
          status: str('active or temporarily closed.', { enum: ['active', 'temporarily closed'] }),
          last_modified: str('When it last changed.', { format: 'date-time' }),
          organization: ref('Organization'),
        }),
        ServiceAtLocation: recordSchema('service_at_location', 'Where a service is offered.', ['id'], {
          id: uuid('The id.'),
          service_id: uuid('The service.'),
          location_id: uuid('The location.'),
          description: str('About the service at this location.'),
          location: { type: 'object', description: 'The location with its addresses (HSDS location).', additionalProperties: true },
          service: ref('Service'),
        }),
        Organization: recordSchema('organization', 'An organization.', ['id', 'name', 'description'], {
          id: uuid('The organization’s id.'),
          name: str('The name.'),
          description: str('What it does.'),
          services: { type: 'array', description: 'Its public services (single organization only).', items: ref('Service') },
        }),
        Taxonomy: recordSchema('taxonomy', 'A taxonomy.', ['id', 'name', 'description'], {
          id: uuid('The id.'),
          name: str('The name.'),
          description: str('What it classifies.'),
        }),
        TaxonomyTerm: recordSchema('taxonomy_term', 'A taxonomy term.', ['id', 'name', 'description'], {
          id: uuid('The id.'),
          name: str('The name.'),
          description: str('What it means.'),
          taxonomy_id: uuid('Its taxonomy.'),
        }),
      },
    },
  };
}

function problemResponse(description: string, headers: Json = {}): Json {
  return {
    description,
    headers: { ...versionHeader, ...headers },
    content: { 'application/problem+json': { schema: ref('Problem') } },
  };
}
