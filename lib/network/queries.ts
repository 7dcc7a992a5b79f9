import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads, neighbourhoods, networkContacts, networkOrganisations, users } from '@/db/schema';
import { type ContactKind, daysSince, isContactOverdue, type NetworkKind, type OrganisationFilters } from './schema';
import { type RoundStatus, onRoundList, roundStatus } from './rounds';

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
  /** Never contacted, or longer ago than the visit frequency allows (weekly: more than 7 days). */
  overdue: boolean;
  visitEveryWeeks: number;
  lastRetoldOn: string | null;
  /** The round: due week, state, not visited on schedule, offer not retold this month. */
  round: RoundStatus;
}

/**
 * The network registry with, for each organisation, the days since the last contact. Organisations
 * that need a visit come first (never contacted, then the longest ago), then the rest by name.
 * Inactive organisations are left out unless asked for, and never flagged.
 */
export async function listOrganisations(db: DbOrTx, f: Partial<OrganisationFilters>, today: string): Promise<OrganisationRow[]> {
  const last = db
    .select({
      organisationId: networkContacts.organisationId,
      lastOn: max(networkContacts.date).as('last_on'),
      lastRetoldOn: sql<string | null>`max(${networkContacts.date}) filter (where ${networkContacts.offerRetold})`.as('last_retold_on'),
    })
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
      visitEveryWeeks: networkOrganisations.visitEveryWeeks,
      lastContactOn: last.lastOn,
      lastRetoldOn: last.lastRetoldOn,
    })
    .from(networkOrganisations)
    .leftJoin(neighbourhoods, eq(networkOrganisations.neighbourhoodId, neighbourhoods.id))
    .leftJoin(last, eq(last.organisationId, networkOrganisations.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(asc(networkOrganisations.name));
  const out = rows.map((r) => {
    const days = daysSince(r.lastContactOn, today);
    return { ...r, daysSince: days, overdue: r.active && isContactOverdue(days, r.visitEveryWeeks), round: roundStatus(r, today) };
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
  offerRetold: boolean;
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
      offerRetold: networkContacts.offerRetold,
    })
    .from(networkContacts)
    .leftJoin(users, eq(networkContacts.userId, users.id))
    .where(eq(networkContacts.organisationId, organisationId))
    .orderBy(desc(networkContacts.date), desc(networkContacts.createdAt));
}

/** Days since the last contact with one organisation, and whether it is overdue for its visit frequency. */
export async function contactStatus(db: DbOrTx, organisationId: string, today: string, visitEveryWeeks = 1) {
  const [row] = await db
    .select({ lastOn: max(networkContacts.date) })
    .from(networkContacts)
    .where(eq(networkContacts.organisationId, organisationId));
  const lastContactOn = row?.lastOn ?? null;
  const days = daysSince(lastContactOn, today);
  return { lastContactOn, daysSince: days, overdue: isContactOverdue(days, visitEveryWeeks) };
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

const ROUND_ORDER = { overdue: 0, due: 1, done: 2, later: 3 } as const;

/**
 * This week's round (Amsterdam weeks, Monday first): every active organisation due for a visit this
 * week or behind schedule, and those already ticked off this week by a logged contact; behind
 * schedule first, then due, then done, each by due date and name.
 */
export async function roundList(db: DbOrTx, today: string): Promise<OrganisationRow[]> {
  const rows = await listOrganisations(db, {}, today);
  return rows
    .filter((r) => onRoundList(r.round))
    .sort((a, b) => ROUND_ORDER[a.round.state] - ROUND_ORDER[b.round.state] || a.round.dueWeek.localeCompare(b.round.dueWeek) || a.name.localeCompare(b.name, 'nl'));
}

export interface OrganisationLeads {
  /** Leads credited to the organisation (not merged), with an offer, with a signed plan. */
  total: { contacts: number; offers: number; plans: number };
  /** The newest of them, with what became of them (their step). */
  leads: { id: string; name: string; status: (typeof leads.$inferSelect)['status']; createdAt: Date }[];
}

/** What became of the residents this organisation passed on (leads.network_organisation_id). */
export async function organisationLeads(db: DbOrTx, organisationId: string, limit = 50): Promise<OrganisationLeads> {
  const own = and(eq(leads.networkOrganisationId, organisationId), isNull(leads.mergedIntoId));
  const [[total], rows] = await Promise.all([
    db.select({ contacts: count(), offers: count(leads.offerOn), plans: count(leads.planSignedOn) }).from(leads).where(own),
    db.select({ id: leads.id, name: leads.name, status: leads.status, createdAt: leads.createdAt }).from(leads).where(own).orderBy(desc(leads.createdAt)).limit(limit),
  ]);
  return { total: total!, leads: rows };
}

/** Active network organisations for a pick list (the desk entry's "passed on by"). */
export async function organisationOptions(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db.select({ id: networkOrganisations.id, name: networkOrganisations.name }).from(networkOrganisations).where(eq(networkOrganisations.active, true)).orderBy(asc(networkOrganisations.name));
}
