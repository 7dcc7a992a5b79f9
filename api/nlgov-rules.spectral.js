// A Spectral ruleset for the core of the NL GOV API Design Rules (Forum Standaardisatie), written
// from the published rules, plus Spectral's own OpenAPI "recommended" rules. For @stoplight/spectral-cli:
//
//   npx spectral lint <PUBLIC_URL>/api/hsds/v3/openapi.json --ruleset api/nlgov-rules.spectral.js
//
// lib/socialmap/hsds/openapi.test.ts runs exactly that (on the generated document, written to a
// file) and fails on any error or warning.
//
// Paths with servers of their own (the curators' data package export, outside the open base) are
// described in the document but are not part of the versioned API, so the rules about the API's
// answers skip them.
//
// Plain JavaScript (ESM) on purpose: the CLI bundles a JS ruleset itself and gives it its own copies
// of the @stoplight packages imported here.
import { createRulesetFunction } from '@stoplight/spectral-core';
import { pattern, truthy } from '@stoplight/spectral-functions';
import { oas } from '@stoplight/spectral-rulesets';

/** @typedef {Record<string, unknown>} Obj */
/** @typedef {{ message: string, path: (string | number)[] }} Result */

/** @param {unknown} v @returns {Obj} */
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? /** @type {Obj} */ (v) : {});
const METHODS = ['get', 'head', 'options', 'put', 'post', 'patch', 'delete', 'trace'];
const READ_ONLY = ['get', 'head', 'options'];

/** Each operation of the versioned API. @param {Obj} doc @returns {[string, string, Obj][]} */
function apiOperations(doc) {
  /** @type {[string, string, Obj][]} */
  const out = [];
  for (const [path, item] of Object.entries(obj(doc.paths))) {
    if (Array.isArray(obj(item).servers)) continue;
    for (const [method, op] of Object.entries(obj(item))) if (METHODS.includes(method)) out.push([path, method, obj(op)]);
  }
  return out;
}

/** A rule function over the whole document. @param {(doc: Obj) => Result[]} fn */
const check = (fn) => createRulesetFunction({ input: null, options: null }, (doc) => fn(obj(doc)));

/** API-20: the major version in the base URL, and the same as info.version's. */
const majorVersionInUri = check((doc) => {
  const servers = /** @type {Obj[]} */ (Array.isArray(doc.servers) ? doc.servers : []);
  const major = /^(\d+)\./.exec(String(obj(doc.info).version ?? ''))?.[1];
  if (!servers.length) return [{ message: 'The document names no server (base URL).', path: ['servers'] }];
  return servers.flatMap((s, i) => {
    const m = /\/v(\d+)$/.exec(String(obj(s).url ?? ''));
    if (!m) return [{ message: 'A server URL must end in the major version, e.g. /v1 (no trailing slash).', path: ['servers', i, 'url'] }];
    if (major && m[1] !== major) return [{ message: `The base URL's major version v${m[1]} differs from info.version's ${major}.`, path: ['servers', i, 'url'] }];
    return [];
  });
});

/** API-48: no trailing slash; API-03: only standard methods, and this API is read-only. */
const pathsAndMethods = check((doc) =>
  Object.entries(obj(doc.paths)).flatMap(([path, item]) => {
    /** @type {Result[]} */
    const r = [];
    if (path.length > 1 && path.endsWith('/')) r.push({ message: `Path ${path} ends in a slash.`, path: ['paths', path] });
    if (!Array.isArray(obj(item).servers))
      for (const m of Object.keys(obj(item)))
        if (METHODS.includes(m) && !READ_ONLY.includes(m))
          r.push({ message: `${m.toUpperCase()} on ${path}: a read-only API allows only GET, HEAD and OPTIONS.`, path: ['paths', path, m] });
    return r;
  }),
);

/** API-57: every answer carries API-Version. */
const versionHeader = check((doc) =>
  apiOperations(doc).flatMap(([path, method, op]) =>
    Object.entries(obj(op.responses))
      .filter(([, res]) => !obj(obj(res).headers)['API-Version'])
      .map(([status]) => ({
        message: `The ${status} answer of ${method.toUpperCase()} ${path} does not declare the API-Version header.`,
        path: ['paths', path, method, 'responses', status],
      })),
  ),
);

/** API-46: errors are RFC 9457 problem details (application/problem+json), with 400, 404, 429 and 500 where they can happen. */
const problemDetails = check((doc) =>
  apiOperations(doc).flatMap(([path, method, op]) => {
    /** @type {Result[]} */
    const r = [];
    const responses = obj(op.responses);
    for (const [status, res] of Object.entries(responses)) {
      if (!/^[45]/.test(status)) continue;
      const types = Object.keys(obj(obj(res).content));
      if (types.length !== 1 || types[0] !== 'application/problem+json')
        r.push({ message: `The ${status} answer of ${method.toUpperCase()} ${path} must be application/problem+json only.`, path: ['paths', path, method, 'responses', status] });
    }
    const params = (Array.isArray(op.parameters) ? op.parameters : []).map(obj);
    const needed = ['429', '500'];
    if (params.some((p) => p.in === 'query')) needed.push('400');
    if (params.some((p) => p.in === 'path')) needed.push('404');
    for (const s of needed) if (!responses[s]) r.push({ message: `${method.toUpperCase()} ${path} does not document its ${s} answer.`, path: ['paths', path, method, 'responses'] });
    return r;
  }),
);

/** Caching (conditional requests): a 200 carries ETag and a 304 is documented; a 429 carries Retry-After. */
const conditional = check((doc) =>
  apiOperations(doc)
    .filter(([, method]) => method === 'get')
    .flatMap(([path, method, op]) => {
      const responses = obj(op.responses);
      /** @type {Result[]} */
      const r = [];
      if (!obj(obj(responses['200']).headers).ETag) r.push({ message: `The 200 answer of GET ${path} declares no ETag.`, path: ['paths', path, method, 'responses', '200'] });
      if (!responses['304']) r.push({ message: `GET ${path} does not document 304 Not Modified.`, path: ['paths', path, method, 'responses'] });
      if (responses['429'] && !obj(obj(responses['429']).headers)['Retry-After'])
        r.push({ message: `The 429 answer of GET ${path} declares no Retry-After.`, path: ['paths', path, method, 'responses', '429'] });
      return r;
    }),
);

/** API-51: the API publishes its own OpenAPI document at <base>/openapi.json. */
const publishesDocument = check((doc) =>
  obj(obj(doc.paths)['/openapi.json']).get ? [] : [{ message: 'The API must serve its OpenAPI document at /openapi.json.', path: ['paths'] }],
);

/** @param {string} description @param {ReturnType<typeof check>} fn */
const error = (description, fn) => ({ description, severity: 'error', given: '$', then: { function: fn } });

export default {
  extends: [[oas, 'recommended']],
  rules: {
    'nlgov-openapi3': {
      description: 'API-16: the API is described in OpenAPI 3.',
      severity: 'error',
      given: '$',
      then: { field: 'openapi', function: pattern, functionOptions: { match: '^3\\.' } },
    },
    'nlgov-semver': {
      description: 'API-56: info.version is a semantic version (major.minor.patch).',
      severity: 'error',
      given: '$.info',
      then: { field: 'version', function: pattern, functionOptions: { match: '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?$' } },
    },
    'nlgov-contact-present': {
      description: 'API-17: info.contact is present.',
      severity: 'error',
      given: '$.info',
      then: { field: 'contact', function: truthy },
    },
    'nlgov-contact': {
      description: 'API-17: info.contact names a name, an e-mail address and a URL.',
      severity: 'error',
      given: '$.info.contact',
      then: [
        { field: 'name', function: truthy },
        { field: 'email', function: truthy },
        { field: 'url', function: truthy },
      ],
    },
    'nlgov-uri-version': error('API-20: the major version in the base URL, matching info.version.', majorVersionInUri),
    'nlgov-paths-and-methods': error('API-48 / API-03: no trailing slashes; only GET, HEAD and OPTIONS on this read-only API.', pathsAndMethods),
    'nlgov-version-header': error('API-57: every answer declares the API-Version header.', versionHeader),
    'nlgov-problem-details': error('API-46: errors are application/problem+json; 400, 404, 429 and 500 documented where they apply.', problemDetails),
    'nlgov-conditional-requests': error('Caching: ETag on 200, 304 documented, Retry-After on 429.', conditional),
    'nlgov-openapi-json': error('API-51: the OpenAPI document is published at <base>/openapi.json.', publishesDocument),
  },
};
