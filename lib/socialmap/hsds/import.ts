import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import {
  address,
  attribute,
  language,
  location,
  neighbourhoods,
  organization,
  phone,
  schedule,
  service,
  service_at_location,
  service_neighbourhood,
  taxonomy,
  taxonomy_term,
} from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';
import { audit } from '@/lib/audit';
import { organizationFromHsds, serviceFromHsds, type ImportedTerm } from './mapping';
import type { Json } from './types';
import { type Issue, organizationsOf, validatePackage } from './validate';

/** Largest HSDS package we accept (bytes). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** Most organizations, and services in all of them, in one package. */
export const IMPORT_MAX_ORGANIZATIONS = 2000;
export const IMPORT_MAX_SERVICES = 10_000;
/** Deepest nesting of arrays and objects (HSDS itself needs about 10). */
export const IMPORT_MAX_DEPTH = 32;
/** Values (objects, arrays, strings, numbers …) in the whole package. */
export const IMPORT_MAX_VALUES = 1_000_000;

export type PackageLimitError = 'tooManyRecords' | 'tooDeep';

/**
 * Limits on a parsed package before anything else walks it (recursively: the validators, the
 * preview, the database): nesting depth and number of values, walked without recursion, then
 * the number of organizations and services. null when within the limits.
 */
export function checkPackageLimits(pkg: unknown): PackageLimitError | null {
  const stack: [unknown, number][] = [[pkg, 1]];
  let values = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++values > IMPORT_MAX_VALUES) return 'tooManyRecords';
    if (!v || typeof v !== 'object') continue;
    if (depth > IMPORT_MAX_DEPTH) return 'tooDeep';
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  const orgs = organizationsOf(pkg) ?? [];
  if (orgs.length > IMPORT_MAX_ORGANIZATIONS) return 'tooManyRecords';
  let services = 0;
  for (const o of orgs) if (isObj(o) && Array.isArray(o.services)) services += o.services.length;
  return services > IMPORT_MAX_SERVICES ? 'tooManyRecords' : null;
}

export interface ImportPreview {
  organizations: { total: number; new: number; updated: number };
  services: { total: number; new: number; updated: number };
  /** Names of the first records, to show what is in the file. */
  sample: { organization: string; services: string[] }[];
  errors: Issue[];
  warnings: Issue[];
}

export class ImportRejected extends Error {
  constructor(public readonly errors: Issue[]) {
    super(`HSDS package has ${errors.length} error(s)`);
    this.name = 'ImportRejected';
  }
}

/** Parses the bytes of an uploaded file; null when it is not JSON. */
export function parsePackage(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
}

async function wijkMap(db: Db | Tx): Promise<{ byKey: Map<string, string>; idByCode: Map<string, string> }> {
  const rows = await db.select().from(neighbourhoods);
  const byKey = new Map<string, string>();
  const idByCode = new Map<string, string>();
  for (const w of rows) {
    byKey.set(w.code.toLowerCase(), w.code);
    byKey.set(w.name.toLowerCase(), w.code);
    idByCode.set(w.code, w.id);
  }
  return { byKey, idByCode };
}

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

function referencedTermIds(orgs: unknown[]): string[] {
  const ids = new Set<string>();
  for (const o of orgs)
    for (const s of isObj(o) && Array.isArray(o.services) ? o.services : [])
      for (const a of isObj(s) && Array.isArray(s.attributes) ? s.attributes : [])
        if (isObj(a) && typeof a.taxonomy_term_id === 'string') ids.add(a.taxonomy_term_id);
  return [...ids].filter(isUuid);
}

async function validateAgainst(db: Db | Tx, pkg: unknown) {
  const orgs = organizationsOf(pkg) ?? [];
  const termIds = referencedTermIds(orgs);
  const known = termIds.length ? await db.select({ id: taxonomy_term.id }).from(taxonomy_term).where(inArray(taxonomy_term.id, termIds)) : [];
  const { byKey } = await wijkMap(db);
  return validatePackage(pkg, { knownTermIds: new Set(known.map((k) => k.id)), wijken: byKey });
}

/** What an import would do, and what is wrong with the package. Writes nothing. */
export async function previewPackage(db: Db, pkg: unknown): Promise<ImportPreview> {
  const { errors, warnings } = await validateAgainst(db, pkg);
  const orgs = (organizationsOf(pkg) ?? []).filter(isObj);
  const orgIds = orgs.map((o) => o.id).filter((id): id is string => typeof id === 'string');
  const services = orgs.flatMap((o) => (Array.isArray(o.services) ? o.services.filter(isObj) : []));
  const serviceIds = services.map((s) => s.id).filter((id): id is string => typeof id === 'string');
  const existingOrgs = orgIds.filter(isUuid).length
    ? await db.select({ id: organization.id }).from(organization).where(inArray(organization.id, orgIds.filter(isUuid)))
    : [];
  const existingServices = serviceIds.filter(isUuid).length
    ? await db.select({ id: service.id }).from(service).where(inArray(service.id, serviceIds.filter(isUuid)))
    : [];
  return {
    organizations: { total: orgs.length, new: orgs.length - existingOrgs.length, updated: existingOrgs.length },
    services: { total: services.length, new: services.length - existingServices.length, updated: existingServices.length },
    sample: orgs.slice(0, 20).map((o) => ({
      organization: String(o.name ?? ''),
      services: (Array.isArray(o.services) ? o.services.filter(isObj) : []).slice(0, 20).map((s) => String(s.name ?? '')),
    })),
    errors,
    warnings,
  };
}

async function upsertTerm(tx: Tx, t: ImportedTerm) {
  if (t.taxonomy) {
    const { id, ...rest } = t.taxonomy;
    await tx.insert(taxonomy).values(t.taxonomy).onConflictDoUpdate({ target: taxonomy.id, set: rest });
  }
  const { id, ...rest } = t.term;
  void id;
  await tx.insert(taxonomy_term).values(t.term).onConflictDoUpdate({ target: taxonomy_term.id, set: rest });
}

/**
 * Imports a package in ONE transaction: organizations and services are upserted by their HSDS
 * id (ids are kept); a service's phones, schedules, languages, themes, locations and wijken are
 * replaced by the package's. Any error (validation, or the database halfway) → nothing is written.
 */
export async function importPackage(db: Db, actorUserId: string | null, pkg: unknown, now = new Date()): Promise<{ organizations: number; services: number }> {
  return db.transaction(async (tx) => {
    const { errors } = await validateAgainst(tx, pkg);
    if (errors.length) throw new ImportRejected(errors);
    const { idByCode, byKey } = await wijkMap(tx);
    const orgs = (organizationsOf(pkg) ?? []) as Json[];
    const packageOrgIds = new Set(orgs.map((o) => String(o.id)));
    let serviceCount = 0;
    for (const o of orgs) {
      const org = organizationFromHsds(o);
      const { id: orgId, ...orgRest } = org;
      await tx
        .insert(organization)
        .values({ ...org, last_modified: now })
        .onConflictDoUpdate({ target: organization.id, set: { ...orgRest, last_modified: now } });
      for (const s of (Array.isArray(o.services) ? o.services : []) as Json[]) {
        const rows = serviceFromHsds(s, orgId);
        const sid = rows.service.id;
        const { id: _sid, ...serviceRest } = rows.service;
        void _sid;
        await tx
          .insert(service)
          .values({ ...rows.service, last_modified: now })
          .onConflictDoUpdate({ target: service.id, set: { ...serviceRest, last_modified: now } });
        // Replace the children.
        await tx.delete(phone).where(eq(phone.service_id, sid));
        await tx.delete(schedule).where(eq(schedule.service_id, sid));
        await tx.delete(language).where(eq(language.service_id, sid));
        await tx.delete(attribute).where(and(eq(attribute.link_entity, 'service'), eq(attribute.link_id, sid)));
        await tx.delete(service_at_location).where(eq(service_at_location.service_id, sid));
        await tx.delete(service_neighbourhood).where(eq(service_neighbourhood.service_id, sid));
        for (const p of rows.phones) {
          const { id, ...rest } = p;
          void id;
          await tx.insert(phone).values(p).onConflictDoUpdate({ target: phone.id, set: rest });
        }
        for (const x of rows.schedules) {
          const { id, ...rest } = x;
          void id;
          await tx.insert(schedule).values(x).onConflictDoUpdate({ target: schedule.id, set: rest });
        }
        for (const l of rows.languages) {
          const { id, ...rest } = l;
          void id;
          await tx.insert(language).values(l).onConflictDoUpdate({ target: language.id, set: rest });
        }
        for (const a of rows.attributes) {
          if (a.term) await upsertTerm(tx, a.term);
          const values = { id: a.id, link_id: sid, link_entity: 'service', link_type: a.link_type, value: a.value, taxonomy_term_id: a.taxonomy_term_id };
          const { id, ...rest } = values;
          void id;
          await tx.insert(attribute).values(values).onConflictDoUpdate({ target: attribute.id, set: rest });
        }
        for (const l of rows.locations) {
          const neighbourhood_id = l.wijkCode ? (idByCode.get(byKey.get(l.wijkCode.toLowerCase()) ?? '') ?? null) : null;
          // A location's own organization link is kept only when that organization comes along.
          const organization_id = l.location.organization_id && packageOrgIds.has(l.location.organization_id) ? l.location.organization_id : null;
          const loc = { ...l.location, organization_id, neighbourhood_id };
          const { id: lid, ...locRest } = loc;
          await tx.insert(location).values(loc).onConflictDoUpdate({ target: location.id, set: locRest });
          for (const a of l.addresses) {
            const { id, ...rest } = a;
            void id;
            await tx.insert(address).values(a).onConflictDoUpdate({ target: address.id, set: rest });
          }
          await tx
            .insert(service_at_location)
            .values({ id: l.sal.id, service_id: sid, location_id: lid, description: l.sal.description })
            .onConflictDoUpdate({ target: service_at_location.id, set: { service_id: sid, location_id: lid, description: l.sal.description } });
        }
        const wijkIds = new Set<string>();
        for (const a of rows.areas) {
          const code = byKey.get((a.code ?? '').toLowerCase()) ?? byKey.get((a.name ?? '').toLowerCase());
          const id = code ? idByCode.get(code) : undefined;
          if (id) wijkIds.add(id);
        }
        if (wijkIds.size) await tx.insert(service_neighbourhood).values([...wijkIds].map((neighbourhood_id) => ({ service_id: sid, neighbourhood_id })));
        serviceCount++;
      }
    }
    await audit(tx, {
      action: 'socialmap.imported',
      actorUserId,
      entityType: 'import',
      details: { organizations: orgs.length, services: serviceCount },
    });
    return { organizations: orgs.length, services: serviceCount };
  });
}
