import { Spectral } from '@stoplight/spectral-core';
import { describe, expect, it } from 'vitest';
import { API_VERSION } from './http';
import { nlGovRuleset } from './nlgov-ruleset';
import { apiContact, LIST_PARAMS, openApiDocument } from './openapi';
import type { Json } from './types';

const ORIGIN = 'https://wijkwerf.example';

async function lint(doc: Json) {
  const spectral = new Spectral();
  spectral.setRuleset(nlGovRuleset);
  const results = await spectral.run(JSON.stringify(doc));
  return results.map((r) => ({ code: String(r.code), severity: r.severity, path: r.path.join('.'), message: r.message }));
}
const errorsOf = (results: Awaited<ReturnType<typeof lint>>) => results.filter((r) => r.severity === 0);

describe('the open API’s OpenAPI document', () => {
  it('passes the NL GOV ruleset (and Spectral’s OpenAPI rules) without errors', async () => {
    const results = await lint(openApiDocument(ORIGIN, {}));
    expect(errorsOf(results)).toEqual([]);
    expect(results, 'no warnings either').toEqual([]);
  });

  it('fails the ruleset when a core rule is broken', async () => {
    const doc = structuredClone(openApiDocument(ORIGIN, {})) as Json & { paths: Record<string, Json>; info: Json; servers: Json[] };
    doc.paths['/services/'] = doc.paths['/services']!;
    doc.paths['/services']!.post = { operationId: 'createService', summary: 'x', description: 'x', tags: ['Services'], responses: { '201': { description: 'made' } } };
    (doc.info as Json).version = 'v3';
    delete (doc.info.contact as Json).email;
    doc.servers = [{ url: `${ORIGIN}/api/hsds` }];
    delete (doc.paths['/taxonomies'] as { get: { responses: Record<string, Json> } }).get.responses['200']!.description;
    const codes = new Set(errorsOf(await lint(doc)).map((r) => r.code));
    for (const code of ['nlgov-paths-and-methods', 'nlgov-semver', 'nlgov-contact', 'nlgov-uri-version', 'nlgov-version-header', 'nlgov-problem-details', 'oas3-schema'])
      expect(codes, code).toContain(code);
  });

  it('names the versioned base, the version, the contact from the settings, and every served list parameter', () => {
    const doc = openApiDocument(ORIGIN, { HSDS_API_CONTACT_EMAIL: 'sociale-kaart@zoetermeer.nl', HSDS_API_CONTACT_NAME: 'Gemeente Zoetermeer' }) as Json & {
      paths: Record<string, { get: { parameters: Json[] } }>;
    };
    expect(doc).toMatchObject({ openapi: '3.1.0', info: { version: API_VERSION }, servers: [{ url: `${ORIGIN}/api/hsds/v3` }] });
    expect((doc.info as Json).contact).toEqual({ name: 'Gemeente Zoetermeer', email: 'sociale-kaart@zoetermeer.nl', url: `${ORIGIN}/` });
    expect(apiContact(ORIGIN, {}).email).toMatch(/@/);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/services', '/services/{id}', '/service_at_locations', '/service_at_locations/{id}', '/openapi.json']));
    const names = doc.paths['/services']!.get.parameters.map((p) => String(p.$ref).split('/').pop());
    expect(names).toEqual(LIST_PARAMS.services);
    expect(names).toEqual(expect.arrayContaining(['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full', 'page', 'per_page']));
    expect(Object.keys(doc.paths).some((p) => p.endsWith('/export/json'))).toBe(true);
  });
});
