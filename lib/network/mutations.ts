import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { neighbourhoods, networkContacts, networkOrganisations, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import type { NetworkContactInput, OrganisationInput } from './schema';

/** Creates (no id) or updates a network organisation; returns its id. Names are unique. */
export async function saveOrganisation(db: Db, actorUserId: string | null, input: OrganisationInput): Promise<string> {
  return db.transaction(async (tx) => {
    let neighbourhoodId: string | null = null;
    if (input.wijk) {
      const [w] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, input.wijk)).limit(1);
      if (!w) throw new ActionError('invalidForm', { wijk: 'invalidChoice' });
      neighbourhoodId = w.id;
    }
    const [clash] = await tx
      .select({ id: networkOrganisations.id })
      .from(networkOrganisations)
      .where(input.id ? and(eq(networkOrganisations.name, input.name), ne(networkOrganisations.id, input.id)) : eq(networkOrganisations.name, input.name))
      .limit(1);
    if (clash) throw new ActionError('invalidForm', { name: 'network.errors.nameTaken' });
    const values = {
      name: input.name,
      kind: input.kind,
      neighbourhoodId,
      contactPerson: input.contactPerson,
      phone: input.phone,
      email: input.email,
      mayApproachMembers: input.mayApproachMembers,
      visitEveryWeeks: input.visitEveryWeeks,
      notes: input.notes,
      active: input.active,
    };
    let id: string;
    if (input.id) {
      const [row] = await tx.update(networkOrganisations).set(values).where(eq(networkOrganisations.id, input.id)).returning({ id: networkOrganisations.id });
      if (!row) throw new ActionError('network.errors.notFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(networkOrganisations).values(values).returning({ id: networkOrganisations.id });
      id = row!.id;
    }
    await audit(tx, {
      action: 'network.saved',
      actorUserId,
      entityType: 'network',
      entityId: id,
      details: { created: !input.id, kind: input.kind, active: input.active, mayApproachMembers: input.mayApproachMembers },
    });
    return id;
  });
}

/**
 * Adds an entry to an organisation's contact log. The date may not lie in the future (the log
 * records what happened); the staff member must be an active coordinator or caseworker.
 */
export async function logContact(db: Db, actorUserId: string | null, input: NetworkContactInput, now = new Date()): Promise<string> {
  if (input.date > todayLocal(now)) throw new ActionError('invalidForm', { date: 'network.errors.dateInFuture' });
  return db.transaction(async (tx) => {
    const [org] = await tx.select({ id: networkOrganisations.id }).from(networkOrganisations).where(eq(networkOrganisations.id, input.organisationId)).limit(1);
    if (!org) throw new ActionError('network.errors.notFound');
    const [who] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.userId), eq(users.active, true), inArray(users.role, ['coordinator', 'caseworker'])))
      .limit(1);
    if (!who) throw new ActionError('invalidForm', { userId: 'network.errors.unknownUser' });
    const [row] = await tx
      .insert(networkContacts)
      .values({ organisationId: input.organisationId, date: input.date, userId: input.userId, kind: input.kind, notes: input.notes, nextStep: input.nextStep, offerRetold: input.offerRetold })
      .returning({ id: networkContacts.id });
    await audit(tx, {
      action: 'network.contact_logged',
      actorUserId,
      entityType: 'network',
      entityId: input.organisationId,
      details: { contactId: row!.id, kind: input.kind, date: input.date, byOther: input.userId !== actorUserId, offerRetold: input.offerRetold },
    });
    return row!.id;
  });
}
