import 'server-only';
import { and, asc, desc, eq, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  address,
  attribute,
  language,
  leads,
  location,
  neighbourhoods,
  organization,
  phone,
  schedule,
  service,
  service_at_location,
  service_neighbourhood,
  taxonomy_term,
} from '@/db/schema';
import { normalizePhone } from '@/lib/phone';
import type { ScheduleRow } from '@/lib/socialmap/opening-hours';
import { ownFieldLead } from '@/lib/socialmap/referrals/queries';

/** A service's information is "stale" when it was last verified more than this many months ago. */
export const STALE_MONTHS = 12;

export function isStale(assuredDate: string | null, now = new Date()): boolean {
  if (!assuredDate) return true;
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - STALE_MONTHS);
  return assuredDate < limit.toISOString().slice(0, 10);
}

export interface ServiceDetail {
  id: string;
  name: string;
  alternateName: string | null;
  description: string | null;
  status: string;
  url: string | null;
  email: string | null;
  applicationProcess: string | null;
  feesDescription: string | null;
  eligibilityDescription: string | null;
  interpretationServices: string | null;
  alert: string | null;
  assuredDate: string | null;
  organization: { id: string; name: string; website: string | null; email: string | null; status: string };
  themes: { id: string; name: string; parentId: string | null; parentName: string | null }[];
  languages: string[];
  schedules: ScheduleRow[];
  locations: { id: string; name: string | null; transportation: string | null; addresses: { line1: string; line2: string | null; postalCode: string; city: string }[] }[];
  phones: { number: string; type: string | null; description: string | null }[];
  wijken: { id: string; code: string; name: string }[];
  allWijken: boolean;
}

/** Everything a referral needs about one service; null when it does not exist. */
export async function getServiceDetail(db: DbOrTx, id: string): Promise<ServiceDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [s] = await db
    .select({ s: service, o: organization })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(eq(service.id, id));
  if (!s) return null;
  const parent = sql<string | null>`(SELECT p.name FROM taxonomy_term p WHERE p.id = ${taxonomy_term.parent_id})`;
  const [themes, langs, schedules, locs, phones, wijken, [wijkCount]] = await Promise.all([
    db
      .select({ id: taxonomy_term.id, name: taxonomy_term.name, parentId: taxonomy_term.parent_id, parentName: parent })
      .from(attribute)
      .innerJoin(taxonomy_term, eq(taxonomy_term.id, attribute.taxonomy_term_id))
      .where(and(eq(attribute.link_entity, 'service'), eq(attribute.link_id, id)))
      .orderBy(asc(taxonomy_term.name)),
    db.select({ code: language.code, name: language.name }).from(language).where(eq(language.service_id, id)).orderBy(asc(language.code)),
    db
      .select({
        freq: schedule.freq,
        byday: schedule.byday,
        opens_at: schedule.opens_at,
        closes_at: schedule.closes_at,
        valid_from: schedule.valid_from,
        valid_to: schedule.valid_to,
        description: schedule.description,
      })
      .from(schedule)
      .where(eq(schedule.service_id, id)),
    db
      .select({
        id: location.id,
        name: location.name,
        transportation: location.transportation,
        line1: address.address_1,
        line2: address.address_2,
        postalCode: address.postal_code,
        city: address.city,
      })
      .from(service_at_location)
      .innerJoin(location, eq(location.id, service_at_location.location_id))
      .leftJoin(address, eq(address.location_id, location.id))
      .where(eq(service_at_location.service_id, id))
      .orderBy(asc(location.name), asc(address.address_1)),
    db
      .select({ number: phone.number, type: phone.type, description: phone.description, serviceId: phone.service_id })
      .from(phone)
      .where(or(eq(phone.service_id, id), and(eq(phone.organization_id, s.o.id), isNull(phone.service_id))))
      .orderBy(sql`(${phone.service_id} IS NULL)`, asc(phone.number)),
    db
      .select({ id: neighbourhoods.id, code: neighbourhoods.code, name: neighbourhoods.name })
      .from(service_neighbourhood)
      .innerJoin(neighbourhoods, eq(neighbourhoods.id, service_neighbourhood.neighbourhood_id))
      .where(eq(service_neighbourhood.service_id, id))
      .orderBy(asc(neighbourhoods.name)),
    db.select({ n: sql<number>`count(*)::int` }).from(neighbourhoods),
  ]);
  const locations: ServiceDetail['locations'] = [];
  for (const l of locs) {
    let loc = locations.find((x) => x.id === l.id);
    if (!loc) locations.push((loc = { id: l.id, name: l.name, transportation: l.transportation, addresses: [] }));
    if (l.line1) loc.addresses.push({ line1: l.line1, line2: l.line2, postalCode: l.postalCode!, city: l.city! });
  }
  return {
    id: s.s.id,
    name: s.s.name,
    alternateName: s.s.alternate_name,
    description: s.s.description,
    status: s.s.status,
    url: s.s.url,
    email: s.s.email,
    applicationProcess: s.s.application_process,
    feesDescription: s.s.fees_description,
    eligibilityDescription: s.s.eligibility_description,
    interpretationServices: s.s.interpretation_services,
    alert: s.s.alert,
    assuredDate: s.s.assured_date,
    organization: { id: s.o.id, name: s.o.name, website: s.o.website, email: s.o.email, status: s.o.status },
    themes,
    languages: [...new Set(langs.map((l) => l.code ?? l.name ?? '').filter(Boolean))],
    schedules,
    locations,
    phones: phones.map(({ number, type, description }) => ({ number, type, description })),
    wijken,
    allWijken: wijken.length > 0 && wijken.length === (wijkCount?.n ?? -1),
  };
}

/** Whether a service can take referrals now (active service of an active organisation). */
export function acceptsReferrals(s: Pick<ServiceDetail, 'status' | 'organization'>): boolean {
  return s.status === 'active' && s.organization.status === 'active';
}

export interface LeadOption {
  id: string;
  name: string;
  neighbourhoodId: string | null;
}

/**
 * The leads an ambassador may refer, newest first: OPEN leads they registered in the field
 * themselves (not self sign-ups via their link, not closed or merged ones). The page shows the
 * first name only.
 */
export async function ownLeadOptions(db: DbOrTx, ambassadorId: string, limit = 200): Promise<LeadOption[]> {
  const rows = await db
    .select({ id: leads.id, name: leads.name, neighbourhoodId: leads.neighbourhoodId })
    .from(leads)
    .where(ownFieldLead(ambassadorId))
    .orderBy(desc(leads.createdAt))
    .limit(limit);
  return rows;
}

/** Staff: leads matching a name or phone number (at most `limit`), for choosing whom to refer. */
export async function searchLeadOptions(db: DbOrTx, q: string, limit = 20): Promise<(LeadOption & { phone: string })[]> {
  const term = q.trim();
  if (term.length < 2) return [];
  const e164 = normalizePhone(term);
  const pat = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: leads.id, name: leads.name, neighbourhoodId: leads.neighbourhoodId, phone: leads.phone })
    .from(leads)
    .where(and(isNull(leads.mergedIntoId), e164 ? eq(leads.phone, e164) : sql`lower(${leads.name}) LIKE ${pat.toLowerCase()}`))
    .orderBy(asc(leads.name))
    .limit(limit);
}

/** Wijken with their ids (for the referral form, which stores the id). */
export function listWijken(db: DbOrTx) {
  return db.select({ id: neighbourhoods.id, code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name));
}
