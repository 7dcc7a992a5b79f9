import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import organizationListSchema from './schemas/organization_list.json';
import serviceSchema from './schemas/service_with_definitions.json';
import { isSafeUrl } from '@/lib/security/url';
import { normaliseTime } from '../opening-hours';
import type { Json } from './types';

/**
 * Validation of an HSDS package: each organization against HSDS's compiled organization schema
 * (its own fields), each service against the compiled service schema (with everything nested),
 * plus our own rules. Errors carry a JSON pointer and a code; the page puts them in plain words.
 */

export type IssueCode =
  | 'required'
  | 'format'
  | 'enum'
  | 'type'
  | 'invalid'
  | 'shape'
  | 'duplicateId'
  | 'organizationMismatch'
  | 'unknownTerm'
  | 'missingLocation'
  | 'unknownWijk'
  | 'unknownArea'
  | 'badTime'
  | 'badDate'
  | 'unsafeUrl';

export interface Issue {
  /** JSON pointer into the package, e.g. /organizations/0/services/1/phones/0/id */
  path: string;
  code: IssueCode;
  /** e.g. { field: 'name' }, { format: 'uuid' }, { allowed: 'active, inactive' }, { value: 'x' } */
  params: Record<string, string>;
}

let validators: { organization: ValidateFunction; service: ValidateFunction } | null = null;

/** Compiled once per process (the service schema takes about a second). */
export function hsdsValidators() {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validators = { organization: ajv.compile(organizationListSchema), service: ajv.compile(serviceSchema) };
  }
  return validators;
}

function fromAjv(prefix: string, errors: ErrorObject[] | null | undefined): Issue[] {
  const seen = new Set<string>();
  const out: Issue[] = [];
  for (const e of errors ?? []) {
    let issue: Issue;
    const path = prefix + e.instancePath;
    switch (e.keyword) {
      case 'required':
        issue = { path: `${path}/${(e.params as { missingProperty: string }).missingProperty}`, code: 'required', params: {} };
        break;
      case 'format':
        issue = { path, code: 'format', params: { format: String((e.params as { format: string }).format) } };
        break;
      case 'enum':
        issue = { path, code: 'enum', params: { allowed: ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') } };
        break;
      case 'type':
        issue = { path, code: 'type', params: { type: String((e.params as { type: string }).type) } };
        break;
      default:
        issue = { path, code: 'invalid', params: { message: e.message ?? e.keyword } };
    }
    const key = `${issue.path}|${issue.code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}

const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The organizations of a package: an array of them, or an object with `organizations`. */
export function organizationsOf(pkg: unknown): unknown[] | null {
  if (Array.isArray(pkg)) return pkg;
  if (isObj(pkg) && Array.isArray(pkg.organizations)) return pkg.organizations;
  return null;
}

export interface ValidationContext {
  /** Taxonomy term ids already in the database. */
  knownTermIds: Set<string>;
  /** Wijk codes (lower case) and names (lower case) → code. */
  wijken: Map<string, string>;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
}

/** Checks a whole package. Pure: the database facts come in the context. */
export function validatePackage(pkg: unknown, ctx: ValidationContext): ValidationResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const orgs = organizationsOf(pkg);
  if (!orgs) return { errors: [{ path: '', code: 'shape', params: {} }], warnings };
  const { organization: vOrg, service: vService } = hsdsValidators();

  const termIds = new Set(ctx.knownTermIds);
  // Terms that come with the package count as known.
  for (const o of orgs)
    for (const s of isObj(o) ? list(o.services) : [])
      for (const a of isObj(s) ? list(s.attributes) : [])
        if (isObj(a) && isObj(a.taxonomy_term) && typeof a.taxonomy_term.id === 'string') termIds.add(a.taxonomy_term.id);

  const orgIds = new Map<string, string>();
  const serviceIds = new Map<string, string>();
  const childIds = new Map<string, string>();
  // Every URL we store is published by the open API: http, https, mailto or tel only.
  const checkUrl = (value: unknown, path: string) => {
    if (value === undefined || value === null || value === '') return;
    if (!isSafeUrl(value)) errors.push({ path, code: 'unsafeUrl', params: { value: String(value).slice(0, 80) } });
  };
  const claim = (map: Map<string, string>, id: unknown, path: string) => {
    if (typeof id !== 'string') return;
    const first = map.get(id);
    if (first) errors.push({ path: `${path}/id`, code: 'duplicateId', params: { value: id, first } });
    else map.set(id, path);
  };

  orgs.forEach((o, i) => {
    const op = `/organizations/${i}`;
    if (!isObj(o)) {
      errors.push({ path: op, code: 'type', params: { type: 'object' } });
      return;
    }
    const { services, ...own } = o;
    if (!vOrg(own)) errors.push(...fromAjv(op, vOrg.errors));
    claim(orgIds, o.id, op);
    checkUrl(o.website, `${op}/website`);
    if (services !== undefined && !Array.isArray(services)) {
      errors.push({ path: `${op}/services`, code: 'type', params: { type: 'array' } });
      return;
    }
    list(services).forEach((s, j) => {
      const sp = `${op}/services/${j}`;
      if (!isObj(s)) {
        errors.push({ path: sp, code: 'type', params: { type: 'object' } });
        return;
      }
      if (!vService(s)) errors.push(...fromAjv(sp, vService.errors));
      claim(serviceIds, s.id, sp);
      checkUrl(s.url, `${sp}/url`);
      if (typeof s.organization_id === 'string' && s.organization_id !== o.id)
        errors.push({ path: `${sp}/organization_id`, code: 'organizationMismatch', params: { value: s.organization_id } });
      if (typeof s.assured_date === 'string' && (!ISO_DATE.test(s.assured_date) || Number.isNaN(Date.parse(s.assured_date))))
        errors.push({ path: `${sp}/assured_date`, code: 'badDate', params: { value: s.assured_date } });
      for (const key of ['phones', 'schedules', 'languages', 'attributes', 'service_at_locations'] as const)
        list(s[key]).forEach((c, k) => isObj(c) && claim(childIds, c.id, `${sp}/${key}/${k}`));
      list(s.schedules).forEach((x, k) => {
        if (!isObj(x)) return;
        for (const f of ['opens_at', 'closes_at'] as const)
          if (x[f] !== undefined && x[f] !== null && !normaliseTime(String(x[f])))
            errors.push({ path: `${sp}/schedules/${k}/${f}`, code: 'badTime', params: { value: String(x[f]) } });
      });
      list(s.attributes).forEach((a, k) => {
        if (!isObj(a)) return;
        if (isObj(a.taxonomy_term)) {
          checkUrl(a.taxonomy_term.term_uri, `${sp}/attributes/${k}/taxonomy_term/term_uri`);
          if (isObj(a.taxonomy_term.taxonomy_detail)) checkUrl(a.taxonomy_term.taxonomy_detail.uri, `${sp}/attributes/${k}/taxonomy_term/taxonomy_detail/uri`);
        }
        const termId = (a.taxonomy_term_id as string | undefined) ?? (isObj(a.taxonomy_term) ? (a.taxonomy_term.id as string) : undefined);
        if (!termId) errors.push({ path: `${sp}/attributes/${k}/taxonomy_term_id`, code: 'required', params: {} });
        else if (!termIds.has(termId)) errors.push({ path: `${sp}/attributes/${k}/taxonomy_term_id`, code: 'unknownTerm', params: { value: termId } });
      });
      list(s.service_at_locations).forEach((sal, k) => {
        if (!isObj(sal)) return;
        if (!isObj(sal.location)) {
          errors.push({ path: `${sp}/service_at_locations/${k}/location`, code: 'missingLocation', params: {} });
          return;
        }
        const loc = sal.location;
        if (loc.external_identifier_type === 'wijk' && typeof loc.external_identifier === 'string' && !ctx.wijken.has(loc.external_identifier.toLowerCase()))
          errors.push({ path: `${sp}/service_at_locations/${k}/location/external_identifier`, code: 'unknownWijk', params: { value: loc.external_identifier } });
      });
      list(s.service_areas).forEach((a, k) => {
        if (!isObj(a)) return;
        const code = typeof a.description === 'string' ? a.description.toLowerCase() : '';
        const name = typeof a.name === 'string' ? a.name.toLowerCase() : '';
        if (!ctx.wijken.has(code) && !ctx.wijken.has(name))
          warnings.push({ path: `${sp}/service_areas/${k}`, code: 'unknownArea', params: { value: String(a.name ?? a.description ?? '') } });
      });
    });
  });
  return { errors, warnings };
}
