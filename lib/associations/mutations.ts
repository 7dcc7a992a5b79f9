import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { associations, keyFigures } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { createLead } from '@/lib/leads/create';
import { numbersPassedOnBefore } from './queries';
import { ASSOCIATION_CONSENT_VERSION, type AssociationInput, type ContactInput, type KeyFigureInput } from './schema';

/** Creates (no id) or updates an association; returns its id. */
export async function saveAssociation(db: Db, actorUserId: string | null, input: AssociationInput): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      name: input.name,
      community: input.community,
      contactPerson: input.contactPerson,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
      subsidyNote: input.subsidyNote,
      active: input.active,
    };
    let id: string;
    if (input.id) {
      const [row] = await tx.update(associations).set(values).where(eq(associations.id, input.id)).returning({ id: associations.id });
      if (!row) throw new ActionError('associationsAdmin.errors.notFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(associations).values(values).returning({ id: associations.id });
      id = row!.id;
    }
    await audit(tx, { action: 'association.saved', actorUserId, entityType: 'association', entityId: id, details: { created: !input.id, active: input.active } });
    return id;
  });
}

/** Adds (no id) or edits a key figure of an association. */
export async function saveKeyFigure(db: Db, actorUserId: string | null, input: KeyFigureInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [assoc] = await tx.select({ id: associations.id }).from(associations).where(eq(associations.id, input.associationId)).limit(1);
    if (!assoc) throw new ActionError('associationsAdmin.errors.notFound');
    const values = { name: input.name, role: input.role, phone: input.phone, email: input.email };
    let id: string;
    if (input.id) {
      const [row] = await tx
        .update(keyFigures)
        .set(values)
        .where(and(eq(keyFigures.id, input.id), eq(keyFigures.associationId, input.associationId)))
        .returning({ id: keyFigures.id });
      if (!row) throw new ActionError('associationsAdmin.errors.notFound');
      id = row.id;
    } else {
      const [row] = await tx.insert(keyFigures).values({ ...values, associationId: input.associationId }).returning({ id: keyFigures.id });
      id = row!.id;
    }
    await audit(tx, {
      action: 'association.key_figure_saved',
      actorUserId,
      entityType: 'association',
      entityId: input.associationId,
      details: { keyFigureId: id, created: !input.id },
    });
    return id;
  });
}

export async function removeKeyFigure(db: Db, actorUserId: string | null, input: { associationId: string; id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(keyFigures)
      .where(and(eq(keyFigures.id, input.id), eq(keyFigures.associationId, input.associationId)))
      .returning({ id: keyFigures.id });
    if (!removed.length) throw new ActionError('associationsAdmin.errors.notFound');
    await audit(tx, {
      action: 'association.key_figure_removed',
      actorUserId,
      entityType: 'association',
      entityId: input.associationId,
      details: { keyFigureId: input.id },
    });
  });
}

/** Who acts: an association user. Every write is scoped to this association. */
/** The acting user and their own association (from the action's context, never from the form). */
export interface AssociationActor {
  id: string;
  associationId: string;
}

/** The warning (form error and field) when the association passed this number on before. */
export const KNOWN_NUMBER = 'associationArea.knownNumber';

/**
 * One contact from the form: a lead attributed to the association and the user who passed it on.
 * A number this association passed on before (the import's check, numbersPassedOnBefore) is
 * refused with the import's warning until the user confirms (`confirmKnown`), as in the import.
 */
export async function submitContact(
  db: DbOrTx,
  user: AssociationActor,
  input: Omit<ContactInput, 'consent' | 'confirmKnown'> & { confirmKnown?: boolean },
): Promise<string> {
  const { associationId } = user;
  return db.transaction(async (tx) => {
    if (!input.confirmKnown && (await numbersPassedOnBefore(tx, associationId, [input.phone])).size) {
      throw new ActionError(KNOWN_NUMBER, { confirmKnown: KNOWN_NUMBER });
    }
    // `flag`, never `refuse` or `repeat`: the association must not learn whether the number was
    // already known to the municipality; staff see the possible duplicate and merge.
    const out = await createLead(
      tx,
      { name: input.name, phone: input.phone, language: input.language, neighbourhood: input.neighbourhood, note: input.note },
      {
        source: 'association',
        duplicate: 'flag',
        actorUserId: user.id,
        attribution: { associationId },
        consentVersion: ASSOCIATION_CONSENT_VERSION,
      },
    );
    return out.leadId;
  });
}
