import 'server-only';
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leadEvents, leads, privacyRequests } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { addMonths, todayLocal } from '@/lib/dates';
import { PERSON_COLLECTORS, type Subject } from './collectors';
import type { IncomingKind } from './defaults';
import { collectPerson, findSubject, getRequest, pendingErasureFor, type PersonData } from './queries';

/** The legal deadline: one month after the request arrived (art. 12(3)). */
export function dueOnFor(received: Date): string {
  return addMonths(todayLocal(received), 1);
}

/**
 * Removes or replaces the person's data in every table of the registry, in one transaction. The
 * rows stay (a lead becomes an anonymous record: language, wijk, source, steps, dates, who
 * recruited), so counts, reports and attribution stay the same. Returns rows changed per table.
 */
export async function eraseSubject(tx: DbOrTx, subject: Subject): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const c of PERSON_COLLECTORS) if (c.erase) changed[c.table] = await c.erase(tx, subject);
  return changed;
}

/**
 * The privacy page's search: everything about the person found by phone or name. Looking is
 * audited in the same call (counts only, no number or name), like opening a lead.
 */
export async function openPersonData(db: DbOrTx, actorUserId: string, query: { phone?: string; name?: string }): Promise<PersonData> {
  return db.transaction(async (tx) => {
    const subject = await findSubject(tx, query);
    const data = await collectPerson(tx, subject);
    await audit(tx, { action: 'privacy.searched', actorUserId, details: { leads: subject.leadIds.length } });
    return data;
  });
}

/** The export (art. 15) of the person with these leads: logged as a handled access request and audited. */
export async function exportPersonData(db: DbOrTx, actorUserId: string, leadIds: string[], format: 'page' | 'json'): Promise<PersonData> {
  return db.transaction(async (tx) => {
    const subject = await findSubject(tx, { leadIds });
    const data = await collectPerson(tx, subject);
    await recordAccess(tx, actorUserId, subject, format);
    return data;
  });
}

/**
 * A request that came in by phone, at the desk or by letter: logged open with its deadline (one
 * month) until it is handled — an access request by the export, an erasure request by asking for
 * the erasure (then the second pair of eyes), a correction by saving the lead's details, a
 * withdrawal like one from the public page (phone check, then erasure).
 */
export async function registerRequest(db: DbOrTx, actorUserId: string, input: { kind: IncomingKind; phone?: string; name?: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const subject = await findSubject(tx, { phone: input.phone, name: input.name });
    if (!subject.leadIds.length && !subject.phones.length) throw new ActionError('privacyRights.errors.nobodyFound');
    const [row] = await tx
      .insert(privacyRequests)
      .values({ kind: input.kind, status: 'open', channel: 'staff', phone: subject.phones[0] ?? null, leadIds: subject.leadIds, requestedByUserId: actorUserId, receivedAt: now, dueOn: dueOnFor(now) })
      .returning({ id: privacyRequests.id });
    await audit(tx, { action: 'privacy.request_registered', actorUserId, entityType: 'privacy_request', entityId: row!.id, details: { kind: input.kind, leads: subject.leadIds.length } });
    return row!.id;
  });
}

const aboutLeads = (leadIds: string[]) => sql`${privacyRequests.leadIds} && ARRAY[${sql.join(leadIds.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`;

/** The open requests of this kind about any of these leads, closed as done (their number removed). Returns their ids. */
async function closeOpen(tx: DbOrTx, kind: 'access' | 'correction', leadIds: string[]): Promise<string[]> {
  if (!leadIds.length) return [];
  const rows = await tx
    .update(privacyRequests)
    .set({ status: 'done', phone: null, completedAt: sql`now()` })
    .where(and(eq(privacyRequests.kind, kind), eq(privacyRequests.status, 'open'), aboutLeads(leadIds)))
    .returning({ id: privacyRequests.id });
  return rows.map((r) => r.id);
}

/**
 * Logs an access request (art. 15) when a coordinator exports a person's data: the open access
 * requests about the person are closed by it; without one, it is logged as a handled request.
 */
export async function recordAccess(db: DbOrTx, actorUserId: string, subject: Subject, format: 'page' | 'json') {
  await db.transaction(async (tx) => {
    let ids = await closeOpen(tx, 'access', subject.leadIds);
    if (!ids.length) {
      const now = new Date();
      const [row] = await tx
        .insert(privacyRequests)
        .values({ kind: 'access', status: 'done', leadIds: subject.leadIds, requestedByUserId: actorUserId, receivedAt: now, dueOn: dueOnFor(now), completedAt: now })
        .returning({ id: privacyRequests.id });
      ids = [row!.id];
    }
    for (const id of ids) await audit(tx, { action: 'privacy.exported', actorUserId, entityType: 'privacy_request', entityId: id, details: { format, leads: subject.leadIds.length } });
  });
}

/**
 * A correction (art. 16) is made in the lead's own form: saving the details of a lead closes the
 * open correction requests about it (called in the same transaction).
 */
export async function closeCorrections(tx: DbOrTx, actorUserId: string, leadId: string) {
  for (const id of await closeOpen(tx, 'correction', [leadId])) {
    await audit(tx, { action: 'privacy.corrected', actorUserId, entityType: 'privacy_request', entityId: id });
  }
}

/** The first pair of eyes: a coordinator asks to erase the person found by phone or name. */
export async function requestErasure(db: DbOrTx, actorUserId: string, input: { phone?: string; name?: string; leadIds?: string[] }) {
  return db.transaction(async (tx) => {
    const subject = await findSubject(tx, input);
    if (!subject.leadIds.length && !subject.phones.length) throw new ActionError('privacyRights.errors.nobodyFound');
    if (await pendingErasureFor(tx, subject.leadIds)) throw new ActionError('privacyRights.errors.alreadyRequested');
    // An erasure request logged when it came in keeps its date and deadline: it now waits for the second pair of eyes.
    const [open] = subject.leadIds.length
      ? await tx
          .update(privacyRequests)
          .set({ status: 'awaiting_approval', phone: subject.phones[0] ?? null, leadIds: subject.leadIds, requestedByUserId: actorUserId })
          .where(inArray(privacyRequests.id, tx.select({ id: privacyRequests.id }).from(privacyRequests).where(and(eq(privacyRequests.kind, 'erasure'), eq(privacyRequests.status, 'open'), aboutLeads(subject.leadIds))).limit(1)))
          .returning({ id: privacyRequests.id })
      : [];
    const now = new Date();
    const [row] = open
      ? [open]
      : await tx
          .insert(privacyRequests)
          .values({ kind: 'erasure', status: 'awaiting_approval', phone: subject.phones[0] ?? null, leadIds: subject.leadIds, requestedByUserId: actorUserId, receivedAt: now, dueOn: dueOnFor(now) })
          .returning({ id: privacyRequests.id });
    await audit(tx, { action: 'privacy.erasure_requested', actorUserId, entityType: 'privacy_request', entityId: row!.id, details: { leads: subject.leadIds.length } });
    return row!.id;
  });
}

/** Locks and checks a request waiting for the second pair of eyes. */
async function lockWaiting(tx: DbOrTx, id: string, actorUserId: string) {
  const [row] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, id)).for('update');
  if (!row || row.kind === 'access') throw new ActionError('privacyRights.errors.notFound');
  if (row.status !== 'awaiting_approval') throw new ActionError('privacyRights.errors.notWaiting');
  if (row.requestedByUserId === actorUserId) throw new ActionError('privacyRights.errors.ownRequest');
  return row;
}

/**
 * The second pair of eyes: a different coordinator approves, and the erasure runs in the same
 * transaction. The request keeps the lead ids; its phone number is cleared. The audit entry holds
 * the counts only.
 */
export async function approveErasure(db: DbOrTx, actorUserId: string, id: string) {
  return db.transaction(async (tx) => {
    const row = await lockWaiting(tx, id, actorUserId);
    const subject = await findSubject(tx, { leadIds: row.leadIds, phone: row.phone ?? undefined });
    const changed = await eraseSubject(tx, subject);
    await tx.update(privacyRequests).set({ status: 'done', phone: null, approvedByUserId: actorUserId, completedAt: sql`now()` }).where(eq(privacyRequests.id, id));
    const total = Object.values(changed).reduce((a, b) => a + b, 0);
    await audit(tx, { action: 'privacy.erasure_approved', actorUserId, entityType: 'privacy_request', entityId: id, details: { leads: subject.leadIds.length, rows: total } });
    return changed;
  });
}

export async function rejectErasure(db: DbOrTx, actorUserId: string, id: string) {
  await db.transaction(async (tx) => {
    await lockWaiting(tx, id, actorUserId);
    await tx.update(privacyRequests).set({ status: 'rejected', phone: null, approvedByUserId: actorUserId, completedAt: sql`now()` }).where(eq(privacyRequests.id, id));
    await audit(tx, { action: 'privacy.erasure_rejected', actorUserId, entityType: 'privacy_request', entityId: id });
  });
}

/**
 * A resident's withdrawal from the public page: stored with the number as typed (normalised), to
 * be checked by phone by a coordinator. Nothing is told about whether the number is known.
 */
export async function receiveWithdrawal(db: DbOrTx, phone: string, now = new Date()) {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(privacyRequests)
      .values({ kind: 'withdrawal', status: 'open', channel: 'public', phone, receivedAt: now, dueOn: dueOnFor(now) })
      .returning({ id: privacyRequests.id });
    await audit(tx, { action: 'privacy.withdrawal_received', entityType: 'privacy_request', entityId: row!.id });
  });
}

const STOPPED = ['completed', 'closed'] as const;

/**
 * A coordinator called the number back and the resident confirmed: contact stops at once (their
 * open leads are closed, reason "not interested", with a step in the history) and the erasure
 * waits for a second coordinator. Confirming counts as the first pair of eyes.
 */
export async function verifyWithdrawal(db: DbOrTx, actorUserId: string, id: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(privacyRequests).where(eq(privacyRequests.id, id)).for('update');
    if (!row || row.kind !== 'withdrawal') throw new ActionError('privacyRights.errors.notFound');
    if (row.status !== 'open') throw new ActionError('privacyRights.errors.notWaiting');
    const subject = await findSubject(tx, { phone: row.phone ?? undefined });
    const open = subject.leadIds.length
      ? await tx
          .update(leads)
          .set({ status: 'closed', closeReason: 'not_interested', lastActivityAt: sql`now()`, updatedAt: sql`now()`, version: sql`${leads.version} + 1` })
          .where(and(inArray(leads.id, subject.leadIds), notInArray(leads.status, [...STOPPED])))
          .returning({ id: leads.id, status: leads.status })
      : [];
    if (open.length) {
      await tx.insert(leadEvents).values(open.map((l) => ({ leadId: l.id, kind: 'status_change' as const, toStatus: 'closed' as const, actorUserId, meta: { reason: 'consent_withdrawn' } })));
    }
    await tx.update(privacyRequests).set({ status: 'awaiting_approval', leadIds: subject.leadIds, requestedByUserId: actorUserId }).where(eq(privacyRequests.id, id));
    await audit(tx, { action: 'privacy.withdrawal_verified', actorUserId, entityType: 'privacy_request', entityId: id, details: { leads: subject.leadIds.length, closed: open.length } });
  });
}

/** The resident could not be reached or did not confirm: the request is closed and its number removed. */
export async function dismissWithdrawal(db: DbOrTx, actorUserId: string, id: string) {
  await db.transaction(async (tx) => {
    const row = await getRequest(tx, id);
    if (!row || row.kind !== 'withdrawal') throw new ActionError('privacyRights.errors.notFound');
    if (row.status !== 'open') throw new ActionError('privacyRights.errors.notWaiting');
    await tx.update(privacyRequests).set({ status: 'rejected', phone: null, requestedByUserId: actorUserId, completedAt: sql`now()` }).where(eq(privacyRequests.id, id));
    await audit(tx, { action: 'privacy.erasure_rejected', actorUserId, entityType: 'privacy_request', entityId: id });
  });
}
