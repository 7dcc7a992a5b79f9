import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { associations, leads, signalLeads, signalReplies, signals } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import type { AssociationActor } from '@/lib/associations/mutations';
import { associationUsers, enqueue, usersWithRole } from '@/lib/notifications/outbox';
import type { SignalInput, SignalReplyInput } from './schema';

/** A signal for the project worker, from this association. */
export async function createSignal(db: DbOrTx, user: AssociationActor, input: SignalInput): Promise<string> {
  const { associationId } = user;
  return db.transaction(async (tx) => {
    const [s] = await tx
      .insert(signals)
      .values({ associationId, userId: user.id, kind: input.kind, text: input.text })
      .returning({ id: signals.id });
    await audit(tx, { action: 'signal.created', actorUserId: user.id, entityType: 'signal', entityId: s!.id, details: { kind: input.kind } });
    // The coordinators hear of it (the association's name only, never the signal's text).
    const [a] = await tx.select({ name: associations.name }).from(associations).where(eq(associations.id, associationId));
    await enqueue(tx, await usersWithRole(tx, ['coordinator']), { template: 'staffNewSignal', params: { association: a?.name ?? '', path: '/staff/signals' } });
    return s!.id;
  });
}

async function signalOf(tx: Parameters<Parameters<Db['transaction']>[0]>[0], signalId: string) {
  const [row] = await tx
    .select({ id: signals.id, status: signals.status, associationId: signals.associationId })
    .from(signals)
    .where(eq(signals.id, signalId))
    .for('update')
    .limit(1);
  if (!row) throw new ActionError('signalsInbox.errors.notFound');
  return row;
}

/** Replies to a signal (the association sees the reply); optionally marks it handled at once. */
export async function replyToSignal(db: Db, actorUserId: string | null, input: SignalReplyInput, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const signal = await signalOf(tx, input.signalId);
    const [row] = await tx
      .insert(signalReplies)
      .values({ signalId: signal.id, userId: actorUserId, text: input.text, createdAt: now })
      .returning({ id: signalReplies.id });
    await audit(tx, { action: 'signal.replied', actorUserId, entityType: 'signal', entityId: signal.id, details: { replyId: row!.id } });
    await enqueue(tx, await associationUsers(tx, signal.associationId), { template: 'signalReply', params: { path: '/association/signals' } });
    if (input.handle && signal.status === 'new') {
      await tx.update(signals).set({ status: 'handled', handledAt: now, handledByUserId: actorUserId }).where(eq(signals.id, signal.id));
      await audit(tx, { action: 'signal.handled', actorUserId, entityType: 'signal', entityId: signal.id });
    }
    return row!.id;
  });
}

/** Marks a signal handled (who, when) or reopens it. Doing what is already the case changes nothing. */
export async function setSignalHandled(db: Db, actorUserId: string | null, signalId: string, handled: boolean, now = new Date()): Promise<boolean> {
  return db.transaction(async (tx) => {
    const signal = await signalOf(tx, signalId);
    if ((signal.status === 'handled') === handled) return false;
    await tx
      .update(signals)
      .set(handled ? { status: 'handled', handledAt: now, handledByUserId: actorUserId } : { status: 'new', handledAt: null, handledByUserId: null })
      .where(eq(signals.id, signalId));
    await audit(tx, { action: handled ? 'signal.handled' : 'signal.reopened', actorUserId, entityType: 'signal', entityId: signalId });
    return true;
  });
}

/** Links a lead (any association's, not merged) to a signal. */
export async function linkSignalLead(db: Db, actorUserId: string | null, signalId: string, leadId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await signalOf(tx, signalId);
    const [lead] = await tx.select({ id: leads.id }).from(leads).where(and(eq(leads.id, leadId), isNull(leads.mergedIntoId))).limit(1);
    if (!lead) throw new ActionError('signalsInbox.errors.leadNotFound');
    const inserted = await tx.insert(signalLeads).values({ signalId, leadId }).onConflictDoNothing().returning({ leadId: signalLeads.leadId });
    if (!inserted.length) throw new ActionError('signalsInbox.errors.alreadyLinked');
    await audit(tx, { action: 'signal.lead_linked', actorUserId, entityType: 'signal', entityId: signalId, details: { leadId } });
  });
}

export async function unlinkSignalLead(db: Db, actorUserId: string | null, signalId: string, leadId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(signalLeads)
      .where(and(eq(signalLeads.signalId, signalId), eq(signalLeads.leadId, leadId)))
      .returning({ leadId: signalLeads.leadId });
    if (!removed.length) throw new ActionError('signalsInbox.errors.notFound');
    await audit(tx, { action: 'signal.lead_unlinked', actorUserId, entityType: 'signal', entityId: signalId, details: { leadId } });
  });
}
