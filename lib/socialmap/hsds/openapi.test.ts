import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_PARAMS } from './api';
import { API_VERSION } from './http';
import { apiContact, openApiDocument } from './openapi';
import type { Json } from './types';

const ORIGIN = 'https://wijkwerf.example';
const ROOT = path.resolve(__dirname, '../../..');
/** The repository's NL GOV ruleset, read by @stoplight/spectral-cli. */
const RULESET = path.join(ROOT, 'api/nlgov-rules.spectral.js');
const CLI = path.join(ROOT, 'node_modules/@stoplight/spectral-cli/dist/index.js');

interface Finding {
  code: string;
  severity: number;
  path: string;
  message: string;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'wijkwerf-openapi-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** `spectral lint <file> --ruleset api/nlgov-rules.spectral.js --format json`: its findings and exit code. */
async function lint(doc: Json, name: string): Promise<{ code: number; findings: Finding[] }> {
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, 'lint', file, '--ruleset', RULESET, '--format', 'json', '--quiet'],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, SCARF_ANALYTICS: 'false' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        try {
          const raw = JSON.parse(stdout) as { code: string | number; severity: number; path: (string | number)[]; message: string }[];
          resolve({ code, findings: raw.map((r) => ({ code: String(r.code), severity: r.severity, path: r.path.join('.'), message: r.message })) });
        } catch {
          reject(new Error(`spectral-cli gave no JSON (exit ${code}): ${stderr || stdout}`));
        }
      },
    );
  });
}
const errorsOf = (findings: Finding[]) => findings.filter((r) => r.severity === 0);

function brokenDocument(): Json {
  const doc = structuredClone(openApiDocument(ORIGIN, {})) as Json & { paths: Record<string, Json>; info: Json; servers: Json[] };
  doc.paths['/services/'] = doc.paths['/services']!;
  doc.paths['/services']!.post = { operationId: 'createService', summary: 'x', description: 'x', tags: ['Services'], responses: { '201': { description: 'made' } } };
  (doc.info as Json).version = 'v3';
  delete (doc.info.contact as Json).email;
  doc.servers = [{ url: `${ORIGIN}/api/hsds` }];
  delete (doc.paths['/taxonomies'] as { get: { responses: Record<string, Json> } }).get.responses['200']!.description;
  return doc;
}

describe('the open API’s OpenAPI document', () => {
  // Both documents are linted at once: each CLI run takes seconds on a busy machine.
  let good: Promise<{ code: number; findings: Finding[] }>;
  let bad: Promise<{ code: number; findings: Finding[] }>;
  beforeAll(() => {
    good = lint(openApiDocument(ORIGIN, {}), 'generated');
    bad = lint(brokenDocument(), 'broken');
    // Keep an unhandled rejection out of the way; the tests await them.
    good.catch(() => undefined);
    bad.catch(() => undefined);
  });

  it('passes spectral-cli with the repository’s NL GOV ruleset (and Spectral’s OpenAPI rules): no errors, no warnings', async () => {
    const { code, findings } = await good;
    expect(errorsOf(findings)).toEqual([]);
    expect(findings, 'no warnings either').toEqual([]);
    expect(code).toBe(0);
  }, 120_000);

  it('fails the lint when a core rule is broken', async () => {
    const { code, findings } = await bad;
    expect(code).not.toBe(0);
    const codes = new Set(errorsOf(findings).map((r) => r.code));
    for (const rule of ['nlgov-paths-and-methods', 'nlgov-semver', 'nlgov-contact', 'nlgov-uri-version', 'nlgov-version-header', 'nlgov-problem-details', 'oas3-schema'])
      expect(codes, rule).toContain(rule);
  }, 120_000);

  it('names the versioned base, the version, the contact from the settings, and every served list parameter', () => {
    const doc = openApiDocument(ORIGIN, { HSDS_API_CONTACT_EMAIL: 'sociale-kaart@zoetermeer.nl', HSDS_API_CONTACT_NAME: 'Gemeente Zoetermeer' }) as Json & {
      paths: Record<string, { get: { parameters: Json[] } }>;
    };
    expect(doc).toMatchObject({ openapi: '3.1.0', info: { version: API_VERSION }, servers: [{ url: `${ORIGIN}/api/hsds/v3` }] });
    expect((doc.info as Json).contact).toEqual({ name: 'Gemeente Zoetermeer', email: 'sociale-kaart@zoetermeer.nl', url: `${ORIGIN}/` });
    expect(apiContact(ORIGIN, { HSDS_API_CONTACT_URL: 'https://www.zoetermeer.nl/sociale-kaart' }).url).toBe('https://www.zoetermeer.nl/sociale-kaart');
    expect(apiContact(ORIGIN, {}).email).toMatch(/@/);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/services', '/services/{id}', '/service_at_locations', '/service_at_locations/{id}', '/openapi.json']));
    for (const [list, params] of Object.entries(LIST_PARAMS))
      expect(doc.paths[`/${list}`]!.get.parameters.map((p) => String(p.$ref).split('/').pop()), list).toEqual(params);
    expect(LIST_PARAMS.services).toEqual(expect.arrayContaining(['search', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full', 'page', 'per_page']));
    expect(Object.keys(doc.paths).some((p) => p.endsWith('/export/json'))).toBe(true);
  });
});
