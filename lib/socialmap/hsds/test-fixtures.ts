import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Json } from './types';

/** Test helpers: an HSDS package as another system would send it, and HSDS's own schemas. */

export const THEME_TAXONOMY_ID = '6f1d3c1e-0d55-4a57-9a53-3f3f2b3a6c01';

export function themeTerm(name: string, id = randomUUID()): Json {
  return {
    id,
    code: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    description: `Thema ${name}`,
    taxonomy_id: THEME_TAXONOMY_ID,
    taxonomy_detail: { id: THEME_TAXONOMY_ID, name: 'Wijkwerf thema’s', description: 'De thema’s van de sociale kaart', version: '1' },
  };
}

export function sampleService(opts: { name?: string; orgId?: string; term?: Json; wijk?: string; status?: string } = {}): Json {
  const id = randomUUID();
  const locId = randomUUID();
  const term = opts.term ?? themeTerm('Schulden');
  return {
    id,
    ...(opts.orgId ? { organization_id: opts.orgId } : {}),
    name: opts.name ?? 'Schuldhulp spreekuur',
    description: 'Hulp bij rekeningen en schulden. Gratis en zonder afspraak.',
    url: 'https://example.org/schuldhulp',
    email: 'info@example.org',
    status: opts.status ?? 'active',
    application_process: 'Kom langs op het spreekuur.',
    fees_description: 'Gratis',
    eligibility_description: 'Inwoners van de gemeente',
    assured_date: '2025-03-01',
    phones: [{ id: randomUUID(), number: '079 123 45 67', type: 'voice' }],
    schedules: [
      { id: randomUUID(), freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '12:00' },
      { id: randomUUID(), freq: 'WEEKLY', byday: 'FR', opens_at: '13:00', closes_at: '17:00' },
    ],
    languages: [
      { id: randomUUID(), name: 'Nederlands', code: 'nl' },
      { id: randomUUID(), name: 'Arabisch', code: 'ar' },
    ],
    service_areas: opts.wijk ? [{ id: randomUUID(), name: opts.wijk, description: opts.wijk }] : [],
    service_at_locations: [
      {
        id: randomUUID(),
        location: {
          id: locId,
          location_type: 'physical',
          name: 'Wijkcentrum',
          ...(opts.wijk ? { external_identifier: opts.wijk, external_identifier_type: 'wijk' } : {}),
          addresses: [
            {
              id: randomUUID(),
              address_1: 'Dorpsstraat 1',
              city: 'Zoetermeer',
              state_province: 'Zuid-Holland',
              postal_code: '2712 AB',
              country: 'NL',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    attributes: [{ id: randomUUID(), taxonomy_term_id: term.id, link_entity: 'service', taxonomy_term: term }],
  };
}

export function sampleOrganization(opts: { name?: string; services?: number; wijk?: string; term?: Json } = {}): Json {
  const id = randomUUID();
  return {
    id,
    name: opts.name ?? 'Stichting Buurthulp',
    description: 'Hulp voor buurtbewoners.',
    email: 'contact@example.org',
    website: 'https://example.org',
    services: Array.from({ length: opts.services ?? 1 }, (_, i) =>
      sampleService({ name: `Dienst ${i + 1} van ${opts.name ?? 'Stichting Buurthulp'}`, orgId: id, wijk: opts.wijk, term: opts.term }),
    ),
  };
}

const SCHEMA_DIR = path.resolve(process.cwd(), '..', 'shared', 'hsds', 'schema');
const cache = new Map<string, ValidateFunction>();

/** A validator for one of HSDS's schemas: compiled/<name>.json, or a plain one with its $refs. */
export function hsdsSchema(name: string): ValidateFunction {
  const hit = cache.get(name);
  if (hit) return hit;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  let v: ValidateFunction;
  const compiled = path.join(SCHEMA_DIR, 'compiled', `${name}.json`);
  if (fs.existsSync(compiled)) {
    v = ajv.compile(JSON.parse(fs.readFileSync(compiled, 'utf8')));
  } else {
    for (const f of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
      const s = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
      ajv.addSchema({ ...s, $id: `https://hsds.test/${f}` });
    }
    v = ajv.getSchema(`https://hsds.test/${name}.json`)!;
  }
  cache.set(name, v);
  return v;
}

export function schemaErrors(name: string, value: unknown): string[] {
  const v = hsdsSchema(name);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
