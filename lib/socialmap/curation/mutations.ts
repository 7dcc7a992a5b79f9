import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
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
  taxonomy_term,
} from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import { schedulesFromHours } from '@/lib/socialmap/opening-hours';
import { hoursOf, type OrganizationInput, SERVICE_LANGUAGES, type ServiceInput } from './schema';

/** HSDS requires a province on every address; the portal serves one municipality (Zoetermeer). */
export const DEFAULT_PROVINCE = 'Zuid-Holland';

/**
 * Curation writes: each in one transaction, each sets last_modified and adds an audit entry
 * (ids and flags only — never names or e-mail addresses).
 */

export async function saveOrganization(db: Db, actorUserId: string | null, input: Omit<OrganizationInput, 'base' | 'id'> & { id?: string | null }, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      name: input.name,
      alternate_name: input.alternateName,
      description: input.description,
      email: input.email,
      website: input.website,
      last_modified: now,
    };
    let id: string;
    if (input.id) {
      const [row] = await tx.update(organization).set(values).where(eq(organization.id, input.id)).returning({ id: organization.id });
      if (!row) throw new ActionError('socialMapManage.errors.notFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(organization).values(values).returning({ id: organization.id });
      id = row!.id;
    }
    await audit(tx, { action: 'socialmap.saved', actorUserId, entityId: id, details: { entity: 'organization', created: !input.id } });
    return id;
  });
}

/** Retires an organisation: it and its services leave the map (status "defunct"); the records stay. */
export async function retireOrganization(db: Db, actorUserId: string | null, id: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(organization).set({ status: 'defunct', last_modified: now }).where(eq(organization.id, id)).returning({ id: organization.id });
    if (!row) throw new ActionError('socialMapManage.errors.notFound');
    const retired = await tx
      .update(service)
      .set({ status: 'defunct', last_modified: now })
      .where(and(eq(service.organization_id, id), ne(service.status, 'defunct')))
      .returning({ id: service.id });
    await audit(tx, { action: 'socialmap.saved', actorUserId, entityId: id, details: { entity: 'organization', retired: true, services: retired.length } });
  });
}

/** Brings a retired organisation back (its services keep their status; curators reopen them one by one). */
export async function reactivateOrganization(db: Db, actorUserId: string | null, id: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(organization).set({ status: 'active', last_modified: now }).where(eq(organization.id, id)).returning({ id: organization.id });
    if (!row) throw new ActionError('socialMapManage.errors.notFound');
    await audit(tx, { action: 'socialmap.saved', actorUserId, entityId: id, details: { entity: 'organization', reactivated: true } });
  });
}

async function wijkIds(tx: Tx, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await tx.select({ id: neighbourhoods.id, code: neighbourhoods.code }).from(neighbourhoods).where(inArray(neighbourhoods.code, codes));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * Creates (no id) or updates a service with everything the form holds: themes, wijken, languages,
 * phones, the weekly opening hours, and its (first) location with address and wijk.
 */
export async function saveService(db: Db, actorUserId: string | null, input: Omit<ServiceInput, 'base' | 'id'> & { id?: string | null }, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: organization.id }).from(organization).where(eq(organization.id, input.organizationId)).limit(1);
    if (!org) throw new ActionError('invalidForm', { organizationId: 'socialMapManage.errors.notFound' });
    const codes = [...new Set([...input.wijken, ...(input.locationWijk ? [input.locationWijk] : [])])];
    const wijken = await wijkIds(tx, codes);
    const badWijk = input.wijken.find((c) => !wijken.has(c));
    if (badWijk) throw new ActionError('invalidForm', { wijken: 'socialMapManage.errors.unknownWijk' });
    if (input.locationWijk && !wijken.has(input.locationWijk)) throw new ActionError('invalidForm', { locationWijk: 'socialMapManage.errors.unknownWijk' });
    const themes = [...new Set(input.themes)];
    if (themes.length) {
      const found = await tx.select({ id: taxonomy_term.id }).from(taxonomy_term).where(inArray(taxonomy_term.id, themes));
      if (found.length !== themes.length) throw new ActionError('invalidForm', { themes: 'socialMapManage.errors.unknownTheme' });
    }

    const values = {
      organization_id: input.organizationId,
      name: input.name,
      description: input.description,
      status: input.status,
      url: input.url,
      email: input.email,
      referral_email: input.referralEmail,
      application_process: input.applicationProcess,
      fees_description: input.fees,
      eligibility_description: input.eligibility,
      last_modified: now,
    };
    let id: string;
    if (input.id) {
      const [row] = await tx.update(service).set(values).where(eq(service.id, input.id)).returning({ id: service.id });
      if (!row) throw new ActionError('socialMapManage.errors.notFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(service).values(values).returning({ id: service.id });
      id = row!.id;
    }

    // Themes (HSDS attributes linking the service to taxonomy terms).
    await tx.delete(attribute).where(and(eq(attribute.link_entity, 'service'), eq(attribute.link_id, id)));
    if (themes.length)
      await tx.insert(attribute).values(themes.map((t) => ({ link_id: id, link_entity: 'service', link_type: 'theme', taxonomy_term_id: t })));
    // Wijken served.
    await tx.delete(service_neighbourhood).where(eq(service_neighbourhood.service_id, id));
    if (input.wijken.length)
      await tx.insert(service_neighbourhood).values([...new Set(input.wijken)].map((c) => ({ service_id: id, neighbourhood_id: wijken.get(c)! })));
    // Languages.
    await tx.delete(language).where(eq(language.service_id, id));
    if (input.languages.length)
      await tx.insert(language).values([...new Set(input.languages)].map((code) => ({ service_id: id, code, name: SERVICE_LANGUAGES[code] })));
    // Phones.
    await tx.delete(phone).where(eq(phone.service_id, id));
    const numbers = [input.phone1, input.phone2].filter((n): n is string => !!n);
    if (numbers.length) await tx.insert(phone).values(numbers.map((number) => ({ service_id: id, number, type: 'voice' })));
    // Weekly opening hours.
    await tx.delete(schedule).where(eq(schedule.service_id, id));
    const schedules = schedulesFromHours(hoursOf(input as ServiceInput));
    if (schedules.length) await tx.insert(schedule).values(schedules.map((s) => ({ ...s, service_id: id })));
    // Location with address.
    const [sal] = await tx
      .select({ salId: service_at_location.id, locationId: service_at_location.location_id })
      .from(service_at_location)
      .where(eq(service_at_location.service_id, id))
      .orderBy(service_at_location.id)
      .limit(1);
    if (input.address1 && input.postalCode && input.city) {
      const loc = {
        name: input.locationName,
        neighbourhood_id: input.locationWijk ? wijken.get(input.locationWijk)! : null,
        organization_id: input.organizationId,
        location_type: 'physical',
      };
      const addr = { address_1: input.address1, postal_code: input.postalCode, city: input.city, state_province: DEFAULT_PROVINCE, country: 'NL' };
      if (sal) {
        await tx.update(location).set(loc).where(eq(location.id, sal.locationId));
        const [a] = await tx.select({ id: address.id }).from(address).where(eq(address.location_id, sal.locationId)).orderBy(address.id).limit(1);
        if (a) await tx.update(address).set({ address_1: addr.address_1, postal_code: addr.postal_code, city: addr.city }).where(eq(address.id, a.id));
        else await tx.insert(address).values({ ...addr, location_id: sal.locationId });
      } else {
        const [l] = await tx.insert(location).values(loc).returning({ id: location.id });
        await tx.insert(address).values({ ...addr, location_id: l!.id });
        await tx.insert(service_at_location).values({ service_id: id, location_id: l!.id });
      }
    } else if (sal) {
      await tx.delete(service_at_location).where(eq(service_at_location.id, sal.salId));
    }
    await audit(tx, { action: 'socialmap.saved', actorUserId, entityId: id, details: { entity: 'service', created: !input.id, status: input.status } });
    return id;
  });
}

/** Retires a service: status "defunct" (it leaves the map and the open API; the record stays). */
export async function retireService(db: Db, actorUserId: string | null, id: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.update(service).set({ status: 'defunct', last_modified: now }).where(eq(service.id, id)).returning({ id: service.id });
    if (!row) throw new ActionError('socialMapManage.errors.notFound');
    await audit(tx, { action: 'socialmap.saved', actorUserId, entityId: id, details: { entity: 'service', retired: true } });
  });
}

/** "Checked today": assured_date = today (Amsterdam), assurer_email = the curator's e-mail. */
export async function markVerified(db: Db, actor: { id: string | null; email: string }, id: string, now = new Date()): Promise<string> {
  const today = todayLocal(now);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(service)
      .set({ assured_date: today, assurer_email: actor.email, last_modified: now })
      .where(eq(service.id, id))
      .returning({ id: service.id });
    if (!row) throw new ActionError('socialMapManage.errors.notFound');
    await audit(tx, { action: 'socialmap.saved', actorUserId: actor.id, entityId: id, details: { entity: 'service', verified: today } });
  });
  return today;
}
