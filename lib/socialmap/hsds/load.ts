import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
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
import type { ServiceAggregate, ServiceRow, Wijk } from './types';

/** The service columns (everything but the search vector). */
export const serviceColumns = {
  id: service.id,
  organization_id: service.organization_id,
  name: service.name,
  alternate_name: service.alternate_name,
  description: service.description,
  url: service.url,
  email: service.email,
  status: service.status,
  interpretation_services: service.interpretation_services,
  application_process: service.application_process,
  fees_description: service.fees_description,
  eligibility_description: service.eligibility_description,
  assured_date: service.assured_date,
  assurer_email: service.assurer_email,
  alert: service.alert,
  last_modified: service.last_modified,
};

function groupBy<T, K>(rows: T[], key: (r: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
  return m;
}

/** Full aggregates for the given services (in the given order), read in a fixed number of queries. */
export async function loadServiceAggregates(db: DbOrTx, services: ServiceRow[]): Promise<ServiceAggregate[]> {
  if (services.length === 0) return [];
  const ids = services.map((s) => s.id);
  const orgIds = [...new Set(services.map((s) => s.organization_id))];
  const [orgs, phones, schedules, languages, attrs, sals, wijkRows] = await Promise.all([
    db.select().from(organization).where(inArray(organization.id, orgIds)),
    db.select().from(phone).where(inArray(phone.service_id, ids)).orderBy(phone.id),
    db.select().from(schedule).where(inArray(schedule.service_id, ids)).orderBy(schedule.id),
    db.select().from(language).where(inArray(language.service_id, ids)).orderBy(language.id),
    db
      .select({ attribute, term: taxonomy_term, taxonomy })
      .from(attribute)
      .innerJoin(taxonomy_term, eq(taxonomy_term.id, attribute.taxonomy_term_id))
      .leftJoin(taxonomy, eq(taxonomy.id, taxonomy_term.taxonomy_id))
      .where(and(eq(attribute.link_entity, 'service'), inArray(attribute.link_id, ids)))
      .orderBy(taxonomy_term.name, attribute.id),
    db
      .select({ sal: service_at_location, location, wijk: { id: neighbourhoods.id, code: neighbourhoods.code, name: neighbourhoods.name } })
      .from(service_at_location)
      .innerJoin(location, eq(location.id, service_at_location.location_id))
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, location.neighbourhood_id))
      .where(inArray(service_at_location.service_id, ids))
      .orderBy(service_at_location.id),
    db
      .select({ serviceId: service_neighbourhood.service_id, id: neighbourhoods.id, code: neighbourhoods.code, name: neighbourhoods.name })
      .from(service_neighbourhood)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, service_neighbourhood.neighbourhood_id))
      .where(inArray(service_neighbourhood.service_id, ids))
      .orderBy(neighbourhoods.name),
  ]);
  const locIds = [...new Set(sals.map((s) => s.location.id))];
  const addresses = locIds.length ? await db.select().from(address).where(inArray(address.location_id, locIds)).orderBy(address.id) : [];

  const orgById = new Map(orgs.map((o) => [o.id, o]));
  const phonesBy = groupBy(phones, (p) => p.service_id);
  const schedBy = groupBy(schedules, (s) => s.service_id);
  const langBy = groupBy(languages, (l) => l.service_id);
  const attrBy = groupBy(attrs, (a) => a.attribute.link_id);
  const salBy = groupBy(sals, (s) => s.sal.service_id);
  const addrBy = groupBy(addresses, (a) => a.location_id);
  const wijkBy = groupBy(wijkRows, (w) => w.serviceId);

  return services.map((s) => ({
    service: s,
    organization: orgById.get(s.organization_id)!,
    phones: phonesBy.get(s.id) ?? [],
    schedules: schedBy.get(s.id) ?? [],
    languages: langBy.get(s.id) ?? [],
    attributes: (attrBy.get(s.id) ?? []).map((a) => ({ attribute: a.attribute, term: a.term, taxonomy: a.taxonomy })),
    locations: (salBy.get(s.id) ?? []).map((l) => ({
      sal: l.sal,
      location: l.location,
      addresses: addrBy.get(l.location.id) ?? [],
      wijk: (l.wijk?.id ? l.wijk : null) as Wijk | null,
    })),
    wijken: (wijkBy.get(s.id) ?? []).map(({ id, code, name }) => ({ id, code, name })),
  }));
}

export async function loadServiceAggregate(db: DbOrTx, id: string): Promise<ServiceAggregate | null> {
  const [row] = await db.select(serviceColumns).from(service).where(eq(service.id, id)).limit(1);
  if (!row) return null;
  const [agg] = await loadServiceAggregates(db, [row]);
  return agg ?? null;
}
