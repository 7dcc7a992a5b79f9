import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { audit } from '@/lib/audit';
import { ambassadors, associations, contactAttempts, languageProviders, leadEvents, leads, neighbourhoods, networkOrganisations, users } from '@/db/schema';
import { duplicatesOf } from './mutations';

const partner = aliasedTable(ambassadors, 'partner');
const creator = aliasedTable(users, 'creator');
const assignee = aliasedTable(users, 'assignee');

/**
 * Everything the lead's page shows, without recording anything. Staff only; the caller has passed
 * the gate. A page opening a resident's record uses openLeadRecord, which also audits the view.
 */
export async function getLeadDetail(db: DbOrTx, leadId: string) {
  const [row] = await db
    .select({
      lead: leads,
      wijkCode: neighbourhoods.code,
      wijkName: neighbourhoods.name,
      ambassadorName: ambassadors.displayName,
      partnerName: partner.displayName,
      associationName: associations.name,
      networkOrganisationName: networkOrganisations.name,
      createdByName: creator.name,
      assignedName: assignee.name,
      providerName: languageProviders.name,
    })
    .from(leads)
    .leftJoin(neighbourhoods, eq(leads.neighbourhoodId, neighbourhoods.id))
    .leftJoin(ambassadors, eq(leads.recruitedByAmbassadorId, ambassadors.id))
    .leftJoin(partner, eq(leads.partnerAmbassadorId, partner.id))
    .leftJoin(associations, eq(leads.associationId, associations.id))
    .leftJoin(networkOrganisations, eq(leads.networkOrganisationId, networkOrganisations.id))
    .leftJoin(creator, eq(leads.createdByUserId, creator.id))
    .leftJoin(assignee, eq(leads.assignedToUserId, assignee.id))
    .leftJoin(languageProviders, eq(leads.providerId, languageProviders.id))
    .where(eq(leads.id, leadId));
  if (!row) return null;

  const actor = aliasedTable(users, 'actor');
  const [events, attempts, duplicates, mergedFrom] = await Promise.all([
    db
      .select({ event: leadEvents, actorName: actor.name })
      .from(leadEvents)
      .leftJoin(actor, eq(leadEvents.actorUserId, actor.id))
      .where(eq(leadEvents.leadId, leadId))
      .orderBy(desc(leadEvents.createdAt)),
    db
      .select({ attempt: contactAttempts, actorName: actor.name })
      .from(contactAttempts)
      .leftJoin(actor, eq(contactAttempts.actorUserId, actor.id))
      .where(eq(contactAttempts.leadId, leadId))
      .orderBy(desc(contactAttempts.at)),
    row.lead.mergedIntoId ? Promise.resolve([]) : duplicatesOf(db, row.lead),
    db
      .select({
        id: leads.id,
        source: leads.source,
        createdAt: leads.createdAt,
        referralCode: leads.referralCode,
        ambassadorName: ambassadors.displayName,
        associationName: associations.name,
      })
      .from(leads)
      .leftJoin(ambassadors, eq(leads.recruitedByAmbassadorId, ambassadors.id))
      .leftJoin(associations, eq(leads.associationId, associations.id))
      .where(eq(leads.mergedIntoId, leadId)),
  ]);
  return { ...row, events, attempts, duplicates, mergedFrom };
}
export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLeadDetail>>>;

/**
 * Opening a resident's record (the staff lead page): reads the lead as getLeadDetail does and, when
 * it exists, writes the `lead.viewed` audit entry (the viewer's and the lead's id only) in the same
 * transaction. The one write a page may do while it renders; the page calls only this.
 */
export async function openLeadRecord(db: DbOrTx, viewerUserId: string, leadId: string): Promise<LeadDetail | null> {
  return db.transaction(async (tx) => {
    const detail = await getLeadDetail(tx, leadId);
    if (detail) await audit(tx, { action: 'lead.viewed', actorUserId: viewerUserId, entityType: 'lead', entityId: leadId });
    return detail;
  });
}

/** Staff who can be assigned a lead. */
export function assignableStaff(db: DbOrTx) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['coordinator', 'caseworker'])))
    .orderBy(asc(users.name));
}

export function listProviders(db: DbOrTx, opts: { activeOnly?: boolean } = {}) {
  return db
    .select()
    .from(languageProviders)
    .where(opts.activeOnly ? eq(languageProviders.active, true) : undefined)
    .orderBy(asc(languageProviders.name));
}

