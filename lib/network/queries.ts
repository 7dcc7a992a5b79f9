import 'server-only';
import { and, asc, desc, eq, inArray, max } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { neighbourhoods, networkContacts, networkOrganisations, users } from '@/db/schema';
import { type ContactKind, daysSince, isContactOverdue, type NetworkKind, type OrganisationFilters } from './schema';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: NetworkKind;
  wijkCode: string | null;
  wijkName: string | null;
  contactPerson: string | null;
  mayApproachMembers: boolean;
  active: boolean;
  lastContactOn: string | null;
  /** Whole days since the last contact; null when never contacted. */
  daysSince: number | null;
  /** Never contacted, or more than 7 days ago. */
  overdue: boolean;
}

/**
 * The network registry with, for each organisation, the days since the last contact. Organisations
 * that need a visit come first (never contacted, then the longest ago), then the rest by name.
 * Inactive organisations are left out unless asked for, and never flagged.
 */
export async function listOrganisations(db: DbOrTx, f: Partial<OrganisationFilters>, today: string): Promise<OrganisationRow[]> {
  const last = db
    .select({ organisationId: networkContacts.organisationId, lastOn: max(networkContacts.date).as('last_on') })
    .from(networkContacts)
    .groupBy(networkContacts.organisationId)
    .as('last');
  const conds = [];
  if (!f.inactive) conds.push(eq(networkOrganisations.active, true));
  if (f.kind) conds.push(eq(networkOrganisations.kind, f.kind));
  if (f.wijk) conds.push(eq(neighbourhoods.code, f.wijk));
  const rows = await db
    .select({
      id: networkOrganisations.id,
      name: networkOrganisations.name,
      kind: networkOrganisations.kind,
      wijkCode: neighbourhoods.code,
      wijkName: neighbourhoods.name,
      contactPerson: networkOrganisations.contactPerson,
      mayApproachMembers: networkOrganisations.mayApproachMembers,
      active: networkOrganisations.active,
      lastContactOn: last.lastOn,
    })
    .from(networkOrganisations)
    .leftJoin(neighbourhoods, eq(networkOrganisations.neighbourhoodId, neighbourhoods.id))
    .leftJoin(last, eq(last.organisationId, networkOrganisations.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(networkOrganisations.name));
  const out = rows.map((r) => {
    const days = daysSince(r.lastContactOn, today);
    return { ...r, daysSince: days, overdue: r.active && isContactOverdue(days) };
  });
  const filtered = f.overdue ? out.filter((r) => r.overdue) : out;
  return filtered.sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.overdue) {
      // Never contacted first, then the longest ago.
      const da = a.daysSince ?? Number.POSITIVE_INFINITY;
      const dbb = b.daysSince ?? Number.POSITIVE_INFINITY;
      if (da !== dbb) return dbb - da;
    }
    return a.name.localeCompare(b.name, 'nl');
  });
}

export type Organisation = typeof networkOrganisations.$inferSelect & { wijkCode: string | null; wijkName: string | null };

export async function getOrganisation(db: DbOrTx, id: string): Promise<Organisation | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await db
    .select({ org: networkOrganisations, wijkCode: neighbourhoods.code, wijkName: neighbourhoods.name })
    .from(networkOrganisations)
    .leftJoin(neighbourhoods, eq(networkOrganisations.neighbourhoodId, neighbourhoods.id))
    .where(eq(networkOrganisations.id, id))
    .limit(1);
  return row ? { ...row.org, wijkCode: row.wijkCode, wijkName: row.wijkName } : null;
}

export interface ContactLogEntry {
  id: string;
  date: string;
  kind: ContactKind;
  userName: string | null;
  notes: string | null;
  nextStep: string | null;
}

/** The contact log of one organisation, newest first. */
export async function contactLog(db: DbOrTx, organisationId: string): Promise<ContactLogEntry[]> {
  return db
    .select({
      id: networkContacts.id,
      date: networkContacts.date,
      kind: networkContacts.kind,
      userName: users.name,
      notes: networkContacts.notes,
      nextStep: networkContacts.nextStep,
    })
    .from(networkContacts)
    .leftJoin(users, eq(networkContacts.userId, users.id))
    .where(eq(networkContacts.organisationId, organisationId))
    .orderBy(desc(networkContacts.date), desc(networkContacts.createdAt));
}

/** Days since the last contact with one organisation, and whether it is overdue. */
export async function contactStatus(db: DbOrTx, organisationId: string, today: string) {
  const [row] = await db
    .select({ lastOn: max(networkContacts.date) })
    .from(networkContacts)
    .where(eq(networkContacts.organisationId, organisationId));
  const lastContactOn = row?.lastOn ?? null;
  const days = daysSince(lastContactOn, today);
  return { lastContactOn, daysSince: days, overdue: isContactOverdue(days) };
}

/** Active staff members who can be named as the one who made a contact. */
export async function staffMembers(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['coordinator', 'caseworker'])))
    .orderBy(asc(users.name));
}

export async function wijkOptions(db: DbOrTx): Promise<{ code: string; name: string }[]> {
  return db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods).orderBy(asc(neighbourhoods.name));
}
