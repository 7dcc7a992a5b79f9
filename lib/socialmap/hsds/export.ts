import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { organization, service } from '@/db/schema';
import { loadServiceAggregates, serviceColumns } from './load';
import { organizationToHsds, serviceToHsds } from './mapping';
import { describeHours, hoursFromSchedules, type Weekday } from '../opening-hours';
import type { Json, ServiceAggregate } from './types';

/**
 * The whole directory as HSDS JSON: every organization with its services nested (HSDS's
 * organization shape), each service with phones, schedules, service areas (our wijken),
 * service_at_locations with location and addresses, languages and attributes with their
 * taxonomy terms. For curators: every status, and the assurer's e-mail (the open API never has it).
 */
export async function exportDirectory(db: DbOrTx): Promise<Json[]> {
  const orgs = await db.select().from(organization).orderBy(asc(organization.name), asc(organization.id));
  const services = await db.select(serviceColumns).from(service).orderBy(asc(service.name), asc(service.id));
  const aggs = await loadServiceAggregates(db, services);
  const byOrg = new Map<string, ServiceAggregate[]>();
  for (const a of aggs) byOrg.set(a.service.organization_id, [...(byOrg.get(a.service.organization_id) ?? []), a]);
  return orgs.map((o) => {
    const list = byOrg.get(o.id) ?? [];
    const out: Json = organizationToHsds(o);
    if (list.length) out.services = list.map((a) => serviceToHsds(a));
    return out;
  });
}

export interface CsvLabels {
  header: string[];
  status: (s: string) => string;
  day: (d: Weekday) => string;
}

/** One row per service for the CSV export (organisation, themes, wijken, languages, address, phone, hours, status, last verified). */
export async function exportRows(db: DbOrTx, labels: Pick<CsvLabels, 'status' | 'day'>, organizationIds?: string[]): Promise<string[][]> {
  const services = await db
    .select(serviceColumns)
    .from(service)
    .where(organizationIds ? inArray(service.organization_id, organizationIds) : undefined)
    .orderBy(asc(service.name), asc(service.id));
  const aggs = await loadServiceAggregates(db, services);
  return aggs.map((a) => {
    const loc = a.locations[0];
    const addr = loc?.addresses[0];
    return [
      a.service.id,
      a.service.name,
      a.organization.name,
      a.attributes.map((x) => x.term.name).join(', '),
      a.wijken.map((w) => w.name).join(', '),
      a.languages.map((l) => l.name ?? l.code ?? '').join(', '),
      addr ? [addr.address_1, addr.address_2, `${addr.postal_code} ${addr.city}`.trim()].filter(Boolean).join(', ') : '',
      loc?.wijk?.name ?? '',
      a.phones.map((p) => p.number).join(', '),
      describeHours(hoursFromSchedules(a.schedules), labels.day),
      labels.status(a.service.status),
      a.service.assured_date ?? '',
      a.service.email ?? '',
      a.service.url ?? '',
    ];
  });
}

export const CSV_COLUMNS = [
  'id',
  'service',
  'organization',
  'themes',
  'wijken',
  'languages',
  'address',
  'locationWijk',
  'phone',
  'hours',
  'status',
  'lastVerified',
  'email',
  'website',
] as const;

