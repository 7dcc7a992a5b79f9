import 'server-only';
import { and, asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { languageProviders, leadEvents, leads, providerCourses, users } from '@/db/schema';
import { audit } from '@/lib/audit';

/** The columns a provider may see of a resident referred to it: nothing about who recruited them, no notes, no barriers. */
const residentColumns = {
  id: leads.id,
  name: leads.name,
  phone: leads.phone,
  preferredLanguage: leads.preferredLanguage,
  status: leads.status,
  version: leads.version,
  intakeAt: leads.intakeAt,
  intakePlace: leads.intakePlace,
  courseId: leads.courseId,
  courseType: leads.courseType,
  courseName: providerCourses.name,
  offerOn: leads.offerOn,
  planSignedOn: leads.planSignedOn,
  courseStartOn: leads.courseStartOn,
};

/** A provider's residents: referred to it (`leads.provider_id`), not merged, not erased. The scope is in WHERE. */
function ownResidents(providerId: string) {
  return and(eq(leads.providerId, providerId), isNull(leads.mergedIntoId), isNull(leads.anonymisedAt));
}

/** The residents referred to this provider, those still to act on first (by step), then by name. */
export function listProviderResidents(db: DbOrTx, providerId: string) {
  return db
    .select(residentColumns)
    .from(leads)
    .leftJoin(providerCourses, eq(leads.courseId, providerCourses.id))
    .where(ownResidents(providerId))
    .orderBy(asc(leads.status), asc(leads.name))
    .limit(1000);
}
export type ProviderResident = Awaited<ReturnType<typeof listProviderResidents>>[number];

/**
 * Opening one resident's record on the provider's side: only a resident referred to this provider
 * (anyone else: null, the page's 404), and the view is audited (`lead.viewed`, ids only) in the same
 * transaction. With the step history, each step's day and who confirmed it (names of accounts only).
 */
export async function openProviderResident(db: DbOrTx, viewer: { userId: string; providerId: string }, leadId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select(residentColumns)
      .from(leads)
      .leftJoin(providerCourses, eq(leads.courseId, providerCourses.id))
      .where(and(eq(leads.id, leadId), ownResidents(viewer.providerId)));
    if (!row) return null;
    const steps = await tx
      .select({ toStatus: leadEvents.toStatus, at: leadEvents.createdAt, by: users.name })
      .from(leadEvents)
      .leftJoin(users, eq(leadEvents.actorUserId, users.id))
      .where(and(eq(leadEvents.leadId, row.id), eq(leadEvents.kind, 'status_change')))
      .orderBy(desc(leadEvents.createdAt));
    await audit(tx, { action: 'lead.viewed', actorUserId: viewer.userId, entityType: 'lead', entityId: row.id, details: { by: 'provider' } });
    return { ...row, steps };
  });
}

/** What a course shows in the catalogue and in a choice list. */
const courseColumns = {
  id: providerCourses.id,
  providerName: languageProviders.name,
  name: providerCourses.name,
  level: providerCourses.level,
  place: providerCourses.place,
  schedule: providerCourses.schedule,
  childcare: providerCourses.childcare,
  free: providerCourses.free,
  placesLeft: providerCourses.placesLeft,
};

/** One provider's catalogue (all its courses, active first), or every provider's for the project worker (`providerId` null). */
export function listCourses(db: DbOrTx, providerId: string | null) {
  return db
    .select({ ...courseColumns, providerId: providerCourses.providerId, active: providerCourses.active })
    .from(providerCourses)
    .innerJoin(languageProviders, eq(providerCourses.providerId, languageProviders.id))
    .where(providerId ? eq(providerCourses.providerId, providerId) : undefined)
    .orderBy(asc(languageProviders.name), desc(providerCourses.active), asc(providerCourses.level), asc(providerCourses.name));
}
export type Course = Awaited<ReturnType<typeof listCourses>>[number];

/**
 * The catalogue as residents are shown it (ambassadors on their phone) and staff pick from it:
 * active courses of active providers, by level. `include` keeps one more course (a lead's own,
 * made inactive since) in a staff choice list.
 */
export function courseOptions(db: DbOrTx, include: string | null = null) {
  const open = and(eq(providerCourses.active, true), eq(languageProviders.active, true));
  return db
    .select(courseColumns)
    .from(providerCourses)
    .innerJoin(languageProviders, eq(providerCourses.providerId, languageProviders.id))
    .where(include ? or(open, eq(providerCourses.id, include)) : open)
    .orderBy(asc(providerCourses.level), asc(languageProviders.name), asc(providerCourses.name));
}
