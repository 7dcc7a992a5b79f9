import 'server-only';
import { and, asc, eq, ilike, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { neighbourhoods, organization, service, taxonomy_term } from '@/db/schema';
import { loadServiceAggregate } from '@/lib/socialmap/hsds/load';
import { hoursFromSchedules, WEEKDAYS } from '@/lib/socialmap/opening-hours';
import { likePattern } from '@/lib/socialmap/search/search';
import type { ServiceStatus } from './schema';

/** A service is stale when it was never verified, or last verified 12 months ago or longer. */
export const STALE_MONTHS = 12;

/** The condition "stale on `today`" (YYYY-MM-DD): never verified, or on/before today minus 12 months. */
export function staleCondition(today: string) {
  return or(isNull(service.assured_date), lte(service.assured_date, sql`(${today}::date - interval '12 months')::date`));
}

export interface CurationServiceRow {
  id: string;
  name: string;
  organizationName: string;
  status: ServiceStatus;
  assuredDate: string | null;
  stale: boolean;
}

const rowColumns = (today: string) => ({
  id: service.id,
  name: service.name,
  organizationName: organization.name,
  status: service.status,
  assuredDate: service.assured_date,
  stale: sql<boolean>`coalesce(${staleCondition(today)}, false)`,
});

/** The services whose name or organisation's name contains `q`. */
function nameContains(q: string | undefined) {
  const text = q?.trim();
  return text ? or(ilike(service.name, likePattern(text)), ilike(organization.name, likePattern(text))) : undefined;
}

/** Every service (retired ones last), for the curation overview; `q` narrows by the service's or organisation's name. */
export async function listCurationServices(db: DbOrTx, today: string, organizationId?: string, q?: string): Promise<CurationServiceRow[]> {
  return db
    .select(rowColumns(today))
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(and(organizationId ? eq(service.organization_id, organizationId) : undefined, nameContains(q)))
    .orderBy(sql`${service.status} = 'defunct'`, asc(service.name), asc(service.id));
}

/** Services that need checking: not retired, and not verified in the last 12 months (oldest first). */
export async function listStaleServices(db: DbOrTx, today: string): Promise<CurationServiceRow[]> {
  return db
    .select(rowColumns(today))
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(and(ne(service.status, 'defunct'), staleCondition(today)))
    .orderBy(sql`${service.assured_date} asc nulls first`, asc(service.name));
}

/**
 * Every organisation with its number of services (retired ones last); `q` narrows to names that
 * contain it. The count is a join, not a correlated subquery: in a single-table select drizzle
 * writes columns inside `sql` without their table, so `service.organization_id = organization.id`
 * compared the service's own id and every organisation showed 0.
 */
export async function listCurationOrganizations(db: DbOrTx, q?: string) {
  const text = q?.trim();
  return db
    .select({
      id: organization.id,
      name: organization.name,
      status: organization.status,
      services: sql<number>`count(${service.id})::int`,
    })
    .from(organization)
    .leftJoin(service, eq(service.organization_id, organization.id))
    .where(text ? or(ilike(organization.name, likePattern(text)), ilike(organization.alternate_name, likePattern(text))) : undefined)
    .groupBy(organization.id)
    .orderBy(sql`${organization.status} = 'defunct'`, asc(organization.name));
}

export async function getOrganizationForEdit(db: DbOrTx, id: string) {
  const [row] = await db.select().from(organization).where(eq(organization.id, id)).limit(1);
  return row ?? null;
}

/** What the service form offers: organisations (not retired), themes, wijken. */
export async function serviceFormOptions(db: DbOrTx) {
  const [orgs, terms, wijken] = await Promise.all([
    db.select({ id: organization.id, name: organization.name, status: organization.status }).from(organization).orderBy(asc(organization.name)),
    db.select({ id: taxonomy_term.id, name: taxonomy_term.name }).from(taxonomy_term).orderBy(asc(taxonomy_term.name)),
    db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name)),
  ]);
  return { organizations: orgs, themes: terms, wijken };
}

/** The form's values for an existing service (strings, as the inputs hold them). */
export async function getServiceForEdit(db: DbOrTx, id: string) {
  const agg = await loadServiceAggregate(db, id);
  if (!agg) return null;
  const hours = hoursFromSchedules(agg.schedules);
  const loc = agg.locations[0];
  const addr = loc?.addresses[0];
  const values: Record<string, string> = {
    organizationId: agg.service.organization_id,
    name: agg.service.name,
    description: agg.service.description ?? '',
    status: agg.service.status,
    phone1: agg.phones[0]?.number ?? '',
    phone2: agg.phones[1]?.number ?? '',
    email: agg.service.email ?? '',
    referralEmail: (await db.select({ e: service.referral_email }).from(service).where(eq(service.id, id)))[0]?.e ?? '',
    url: agg.service.url ?? '',
    applicationProcess: agg.service.application_process ?? '',
    fees: agg.service.fees_description ?? '',
    eligibility: agg.service.eligibility_description ?? '',
    locationName: loc?.location.name ?? '',
    address1: addr?.address_1 ?? '',
    postalCode: addr?.postal_code ?? '',
    city: addr?.city ?? '',
    locationWijk: loc?.wijk?.code ?? '',
  };
  for (const d of WEEKDAYS) {
    values[`opens_${d}`] = hours[d]?.opens ?? '';
    values[`closes_${d}`] = hours[d]?.closes ?? '';
  }
  return {
    service: agg.service,
    organizationName: agg.organization.name,
    values,
    themes: agg.attributes.map((a) => a.term.id),
    wijken: agg.wijken.map((w) => w.code),
    languages: agg.languages.map((l) => l.code ?? '').filter(Boolean),
  };
}
