import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { associations, fieldSignalDetails, leads, neighbourhoods, signalLeads, signalReplies, signals, taxonomy_term } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import type { AssociationActor } from '@/lib/associations/mutations';
import { associationUsers, enqueue, usersWithRole } from '@/lib/notifications/outbox';
import { createLead } from '@/lib/leads/create';
import { createReferral } from '@/lib/socialmap/referrals/mutations';
import type { Role } from '@/lib/auth/permissions';
import type { FieldSignalInput, SignalInput, SignalNewLeadInput, SignalReferralInput, SignalReplyInput } from './schema';

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
    .select({ id: signals.id, status: signals.status, source: signals.source, associationId: signals.associationId, ambassadorId: signals.ambassadorId, neighbourhoodId: signals.neighbourhoodId })
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
    if (signal.associationId) {
      await enqueue(tx, await associationUsers(tx, signal.associationId), { template: 'signalReply', params: { path: '/association/signals' } });
    }
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

// ── Signals from the field ──────────────────────────────────────────────────────────────────────

/**
 * An ambassador passes on a signal: theme, wijk, text, resident involved (yes/no, never who),
 * urgent. Only the ids and flags go to the audit; the coordinators are told "a signal from the
 * field" (urgent or not), never its text.
 */
export async function createFieldSignal(db: DbOrTx, actor: { userId: string; ambassadorId: string }, input: FieldSignalInput, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const [theme] = await tx.select({ id: taxonomy_term.id }).from(taxonomy_term).where(and(eq(taxonomy_term.id, input.themeId), isNull(taxonomy_term.parent_id))).limit(1);
    if (!theme) throw new ActionError('invalidForm', { themeId: 'invalidChoice' });
    const [wijk] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, input.neighbourhood)).limit(1);
    if (!wijk) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
    const [s] = await tx
      .insert(signals)
      .values({ source: 'ambassador', ambassadorId: actor.ambassadorId, userId: actor.userId, neighbourhoodId: wijk.id, text: input.text, createdAt: now })
      .returning({ id: signals.id });
    await tx.insert(fieldSignalDetails).values({ signalId: s!.id, themeId: theme.id, residentInvolved: input.residentInvolved, urgent: input.urgent });
    await audit(tx, {
      action: 'signal.created',
      actorUserId: actor.userId,
      entityType: 'signal',
      entityId: s!.id,
      details: { source: 'ambassador', themeId: theme.id, urgent: input.urgent, residentInvolved: input.residentInvolved },
    });
    await enqueue(tx, await usersWithRole(tx, ['coordinator']), {
      template: 'staffNewFieldSignal',
      params: { urgent: input.urgent ? 'true' : 'false', path: `/staff/signals/${s!.id}` },
    });
    return s!.id;
  });
}

/**
 * Staff turn an ambassador's signal into a referral: the resident agreed (consent ticked) and
 * their first name and phone go with the referral (never onto the signal). The referral is made by
 * the one createReferral, with the signal's theme and wijk; the signal is marked handled.
 */
export async function signalToReferral(db: Db, actor: { id: string; role: Role }, input: SignalReferralInput, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const signal = await signalOf(tx, input.signalId);
    const [details] = await tx.select().from(fieldSignalDetails).where(eq(fieldSignalDetails.signalId, signal.id)).limit(1);
    if (!details) throw new ActionError('signalsInbox.errors.notFromField');
    if (details.referralId) throw new ActionError('signalsInbox.errors.alreadyReferred');
    const { id: referralId } = await createReferral(
      tx,
      { id: actor.id, role: actor.role, ambassadorId: null },
      {
        serviceId: input.serviceId,
        who: 'person',
        leadId: null,
        firstName: input.firstName,
        phone: input.phone,
        consent: 'on',
        themeId: details.themeId,
        wijkId: signal.neighbourhoodId,
        contactPreference: input.contactPreference,
      },
      now,
    );
    await tx.update(fieldSignalDetails).set({ referralId }).where(eq(fieldSignalDetails.signalId, signal.id));
    if (signal.status === 'new') await tx.update(signals).set({ status: 'handled', handledAt: now, handledByUserId: actor.id }).where(eq(signals.id, signal.id));
    await audit(tx, { action: 'signal.referred', actorUserId: actor.id, entityType: 'signal', entityId: signal.id, details: { referralId } });
    return referralId;
  });
}

/**
 * Staff turn a signal into a lead (the resident agreed to hear about the course): the one
 * createLead (source "desk", duplicate `flag`), credited to the ambassador who signalled it,
 * linked to the signal, and the signal marked handled.
 */
export async function signalToLead(db: Db, actorUserId: string, input: SignalNewLeadInput, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const signal = await signalOf(tx, input.signalId);
    const [wijk] = signal.neighbourhoodId
      ? await tx.select({ code: neighbourhoods.code }).from(neighbourhoods).where(eq(neighbourhoods.id, signal.neighbourhoodId)).limit(1)
      : [];
    if (!wijk) throw new ActionError('signalsInbox.errors.noWijk');
    const out = await createLead(
      tx,
      { name: input.name, phone: input.phone, language: input.language, neighbourhood: wijk.code, meta: { signalId: signal.id } },
      {
        source: 'desk',
        duplicate: 'flag',
        actorUserId,
        consentVersion: 'staff:signal',
        attribution: { recruitedByAmbassadorId: signal.ambassadorId, associationId: signal.associationId },
        auditDetails: { signalId: signal.id },
        now,
      },
    );
    await tx.insert(signalLeads).values({ signalId: signal.id, leadId: out.leadId }).onConflictDoNothing();
    if (signal.status === 'new') await tx.update(signals).set({ status: 'handled', handledAt: now, handledByUserId: actorUserId }).where(eq(signals.id, signal.id));
    await audit(tx, { action: 'signal.lead_linked', actorUserId, entityType: 'signal', entityId: signal.id, details: { leadId: out.leadId } });
    return out.leadId;
  });
}
