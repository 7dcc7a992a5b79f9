import { createHash } from 'node:crypto';
import { safeUrl } from '@/lib/security/url';
import { normaliseTime } from '../opening-hours';
import type {
  AddressRow,
  Json,
  LanguageRow,
  LocationRow,
  OrganizationRow,
  PhoneRow,
  ScheduleRow,
  ServiceAggregate,
  ServiceRow,
  TaxonomyRow,
  TaxonomyTermRow,
} from './types';

/**
 * DB rows ⇄ HSDS 3.0 JSON. HSDS's schemas type their fields as plain strings (not nullable), so
 * empty values are left out rather than sent as null. Our additions travel in HSDS fields:
 * - the wijken a service serves → `service_areas` (name = wijk name, description = wijk code);
 * - the wijk of a location → `external_identifier` with `external_identifier_type` "wijk".
 */

/** Drops null / undefined / empty-array fields (HSDS types them as non-nullable). */
export function compact<T extends Json>(obj: T): T {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/** A stable UUID (v5 layout) from a name, for records we keep without an id (service areas). */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('|')).digest('hex');
  const variant = ((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null);

export function organizationToHsds(o: OrganizationRow): Json {
  return compact({
    id: o.id,
    name: o.name,
    alternate_name: o.alternate_name,
    description: o.description,
    email: o.email,
    // Rows stored before the URL rule: never publish another scheme.
    website: safeUrl(o.website),
  });
}

export function phoneToHsds(p: PhoneRow): Json {
  const ext = p.extension && /^\d+$/.test(p.extension) ? Number(p.extension) : null;
  return compact({
    id: p.id,
    service_id: p.service_id,
    location_id: p.location_id,
    organization_id: p.organization_id,
    service_at_location_id: p.service_at_location_id,
    number: p.number,
    extension: ext,
    type: p.type,
    description: p.description,
  });
}

export function scheduleToHsds(s: ScheduleRow): Json {
  return compact({
    id: s.id,
    service_id: s.service_id,
    location_id: s.location_id,
    service_at_location_id: s.service_at_location_id,
    valid_from: s.valid_from,
    valid_to: s.valid_to,
    freq: s.freq,
    byday: s.byday,
    opens_at: normaliseTime(s.opens_at),
    closes_at: normaliseTime(s.closes_at),
    description: s.description,
    notes: s.notes,
  });
}

export function languageToHsds(l: LanguageRow): Json {
  return compact({ id: l.id, service_id: l.service_id, location_id: l.location_id, phone_id: l.phone_id, name: l.name, code: l.code, note: l.note });
}

export function taxonomyToHsds(t: TaxonomyRow): Json {
  return compact({ id: t.id, name: t.name, description: t.description, uri: safeUrl(t.uri), version: t.version });
}

export function taxonomyTermToHsds(t: TaxonomyTermRow, tax: TaxonomyRow | null = null): Json {
  return compact({
    id: t.id,
    code: t.code,
    name: t.name,
    description: t.description,
    parent_id: t.parent_id,
    taxonomy: t.taxonomy ?? tax?.name ?? null,
    taxonomy_detail: tax ? taxonomyToHsds(tax) : null,
    language: t.language,
    taxonomy_id: t.taxonomy_id,
    term_uri: safeUrl(t.term_uri),
  });
}

export function addressToHsds(a: AddressRow): Json {
  return compact({
    id: a.id,
    location_id: a.location_id,
    address_1: a.address_1,
    address_2: a.address_2,
    city: a.city,
    region: a.region,
    state_province: a.state_province,
    postal_code: a.postal_code,
    country: a.country,
    address_type: a.address_type,
  });
}

export function locationToHsds(l: LocationRow, addresses: AddressRow[], wijkCode: string | null): Json {
  return compact({
    id: l.id,
    location_type: l.location_type,
    organization_id: l.organization_id,
    name: l.name,
    description: l.description,
    transportation: l.transportation,
    latitude: l.latitude,
    longitude: l.longitude,
    external_identifier: wijkCode,
    external_identifier_type: wijkCode ? 'wijk' : null,
    addresses: addresses.map(addressToHsds),
  });
}

export interface ServiceToHsdsOptions {
  /** Open data: leave out what is internal (the assurer's e-mail). */
  public?: boolean;
  /** Nest the organization (the API's full service); the export nests services under organizations instead. */
  withOrganization?: boolean;
  /** Only the one-to-one fields (API lists). */
  flat?: boolean;
}

/** The service's own fields (HSDS service_list shape). */
export function serviceFieldsToHsds(s: ServiceRow, opts: { public?: boolean } = {}): Json {
  return compact({
    id: s.id,
    organization_id: s.organization_id,
    name: s.name,
    alternate_name: s.alternate_name,
    description: s.description,
    url: safeUrl(s.url),
    email: s.email,
    status: s.status,
    interpretation_services: s.interpretation_services,
    application_process: s.application_process,
    fees_description: s.fees_description,
    eligibility_description: s.eligibility_description,
    assured_date: s.assured_date,
    assurer_email: opts.public ? null : s.assurer_email,
    alert: s.alert,
    last_modified: iso(s.last_modified),
  });
}

/** A DB-shaped service aggregate → an HSDS service object. */
export function serviceToHsds(agg: ServiceAggregate, opts: ServiceToHsdsOptions = {}): Json {
  const base = serviceFieldsToHsds(agg.service, opts);
  if (opts.flat) return compact({ ...base, organization: opts.withOrganization ? organizationToHsds(agg.organization) : null });
  return compact({
    ...base,
    organization: opts.withOrganization ? organizationToHsds(agg.organization) : null,
    phones: agg.phones.map(phoneToHsds),
    schedules: agg.schedules.map(scheduleToHsds),
    service_areas: agg.wijken.map((w) =>
      compact({ id: stableUuid(agg.service.id, w.code), service_id: agg.service.id, name: w.name, description: w.code, extent_type: null }),
    ),
    service_at_locations: agg.locations.map((l) =>
      compact({
        id: l.sal.id,
        service_id: agg.service.id,
        location_id: l.location.id,
        description: l.sal.description,
        location: locationToHsds(l.location, l.addresses, l.wijk?.code ?? null),
      }),
    ),
    languages: agg.languages.map(languageToHsds),
    attributes: agg.attributes.map(({ attribute, term, taxonomy }) =>
      compact({
        id: attribute.id,
        link_id: attribute.link_id,
        taxonomy_term_id: term.id,
        link_type: attribute.link_type,
        link_entity: attribute.link_entity,
        value: attribute.value,
        taxonomy_term: taxonomyTermToHsds(term, taxonomy),
      }),
    ),
  });
}

// ---------------------------------------------------------------------------------------------
// HSDS → rows

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []);
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

export interface ImportedTerm {
  term: Omit<TaxonomyTermRow, never>;
  taxonomy: TaxonomyRow | null;
}

/** Rows for one HSDS service (already validated). Wijk codes are resolved by the importer. */
export interface ServiceRows {
  service: Omit<ServiceRow, 'last_modified'>;
  phones: PhoneRow[];
  schedules: ScheduleRow[];
  languages: LanguageRow[];
  attributes: { id: string; taxonomy_term_id: string; link_type: string | null; value: string | null; term: ImportedTerm | null }[];
  locations: {
    sal: { id: string; description: string | null };
    location: Omit<LocationRow, 'neighbourhood_id'>;
    wijkCode: string | null;
    addresses: AddressRow[];
  }[];
  /** From service_areas: the wijk codes (description) or names. */
  areas: { code: string | null; name: string | null }[];
}

export function organizationFromHsds(o: Json): Omit<OrganizationRow, 'last_modified' | 'status'> {
  return {
    id: String(o.id),
    name: String(o.name),
    alternate_name: str(o.alternate_name),
    description: String(o.description ?? ''),
    email: str(o.email),
    website: str(o.website),
  };
}

export function termFromHsds(t: Json): ImportedTerm {
  const detail = obj(t.taxonomy_detail);
  const taxonomy: TaxonomyRow | null = detail
    ? { id: String(detail.id), name: String(detail.name), description: String(detail.description ?? ''), uri: str(detail.uri), version: str(detail.version) }
    : null;
  return {
    term: {
      id: String(t.id),
      code: str(t.code),
      name: String(t.name),
      description: String(t.description ?? ''),
      parent_id: str(t.parent_id),
      taxonomy: str(t.taxonomy),
      language: str(t.language),
      taxonomy_id: str(t.taxonomy_id) ?? taxonomy?.id ?? null,
      term_uri: str(t.term_uri),
    },
    taxonomy,
  };
}

/** An HSDS service (as validated) → rows for our tables, keeping every id. */
export function serviceFromHsds(s: Json, organizationId: string): ServiceRows {
  const id = String(s.id);
  const status = String(s.status) as ServiceRow['status'];
  return {
    service: {
      id,
      organization_id: organizationId,
      name: String(s.name),
      alternate_name: str(s.alternate_name),
      description: str(s.description),
      url: str(s.url),
      email: str(s.email),
      status,
      interpretation_services: str(s.interpretation_services),
      application_process: str(s.application_process),
      fees_description: str(s.fees_description),
      eligibility_description: str(s.eligibility_description),
      assured_date: str(s.assured_date),
      assurer_email: str(s.assurer_email),
      alert: str(s.alert),
    },
    phones: arr(s.phones).map((p) => ({
      id: String(p.id),
      service_id: id,
      location_id: null,
      organization_id: null,
      contact_id: null,
      service_at_location_id: null,
      number: String(p.number),
      extension: num(p.extension) !== null ? String(p.extension) : null,
      type: str(p.type),
      description: str(p.description),
    })),
    schedules: arr(s.schedules).map((x) => ({
      id: String(x.id),
      service_id: id,
      location_id: null,
      service_at_location_id: null,
      valid_from: str(x.valid_from),
      valid_to: str(x.valid_to),
      freq: str(x.freq),
      byday: str(x.byday),
      opens_at: normaliseTime(str(x.opens_at)),
      closes_at: normaliseTime(str(x.closes_at)),
      description: str(x.description),
      notes: str(x.notes),
    })),
    languages: arr(s.languages).map((l) => ({
      id: String(l.id),
      service_id: id,
      location_id: null,
      phone_id: null,
      name: str(l.name),
      code: str(l.code),
      note: str(l.note),
    })),
    attributes: arr(s.attributes).map((a) => {
      const t = obj(a.taxonomy_term);
      return {
        id: String(a.id),
        taxonomy_term_id: String(a.taxonomy_term_id ?? t?.id),
        link_type: str(a.link_type),
        value: str(a.value),
        term: t ? termFromHsds(t) : null,
      };
    }),
    locations: arr(s.service_at_locations).map((sal) => {
      const l = obj(sal.location)!;
      const lid = String(l.id);
      return {
        sal: { id: String(sal.id), description: str(sal.description) },
        location: {
          id: lid,
          location_type: str(l.location_type) ?? 'physical',
          organization_id: str(l.organization_id),
          name: str(l.name),
          description: str(l.description),
          transportation: str(l.transportation),
          latitude: num(l.latitude),
          longitude: num(l.longitude),
        },
        wijkCode: str(l.external_identifier_type) === 'wijk' ? str(l.external_identifier) : null,
        addresses: arr(l.addresses).map((a) => ({
          id: String(a.id),
          location_id: lid,
          address_1: String(a.address_1),
          address_2: str(a.address_2),
          city: String(a.city),
          region: str(a.region),
          state_province: String(a.state_province),
          postal_code: String(a.postal_code),
          country: String(a.country),
          address_type: String(a.address_type),
        })),
      };
    }),
    areas: arr(s.service_areas).map((a) => ({ code: str(a.description), name: str(a.name) })),
  };
}
