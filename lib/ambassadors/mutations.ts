import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import {
  agreementAcceptances,
  ambassadorClothing,
  ambassadorInterviews,
  ambassadorStatusEvents,
  ambassadors,
  languageProviders,
  neighbourhoods,
  shiftAssignments,
  users,
} from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { isUpcoming } from '@/lib/dagdelen';
import { createInvite, revokeAmbassadorInvites } from '@/lib/users/invites';
import { type AmbassadorStatus, CLOTHING_ITEMS, canMove, nextReferralCode, nt2BelowMinimum } from './lifecycle';
import type { ClothingInput, InterviewInput, MoveInput, PassInput, ProfileInput, StopInput, VogInput } from './schema';

/**
 * Writes of the corps. Each runs in one transaction and leaves an audit entry with ids and action
 * names only (never a name, a background, a phone number or an e-mail address). Refusals are
 * `ActionError`s with `corps.errors.*` keys.
 */

type Row = { id: string; status: AmbassadorStatus; nt2Level: string | null; startedOn: Date | null; email: string | null; displayName: string };

/** The ambassador, locked until the transaction ends. */
async function lock(tx: Tx, id: string): Promise<Row> {
  const [row] = await tx
    .select({ id: ambassadors.id, status: ambassadors.status, nt2Level: ambassadors.nt2Level, startedOn: ambassadors.startedOn, email: ambassadors.email, displayName: ambassadors.displayName })
    .from(ambassadors)
    .where(eq(ambassadors.id, id))
    .for('update');
  if (!row) throw new ActionError('corps.errors.notFound');
  return row;
}

async function wijkId(tx: Tx, code: string | null): Promise<string | null> {
  if (!code) return null;
  const [n] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.code, code));
  if (!n) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
  return n.id;
}

function profileValues(input: ProfileInput) {
  return {
    displayName: input.name,
    languages: input.languages,
    countryOfOrigin: input.background,
    nt2Level: input.nt2Level,
    nt2Evidence: input.nt2Level ? input.nt2Evidence : null,
    nt2EvidenceOn: input.nt2Level ? input.nt2EvidenceOn : null,
    hasChildren: input.hasChildren,
    childrenSchools: input.hasChildren ? input.childrenSchools : null,
    phone: input.phone,
    email: input.email?.toLowerCase() ?? null,
  };
}

/**
 * A new candidate (manual entry, a language provider's nomination, or a survey respondent who
 * said yes to helping: `{ source: 'survey' }`, with no actor when the respondent is anonymous)
 * with a fresh AMBnn referral code. Returns the id.
 */
export async function createAmbassador(db: DbOrTx, actorUserId: string | null, input: ProfileInput, options: { source?: 'survey' } = {}): Promise<string> {
  const source = options.source ?? input.source;
  return db.transaction(async (tx) => {
    const neighbourhoodId = await wijkId(tx, input.neighbourhood);
    let providerId: string | null = null;
    if (input.source === 'provider') {
      const [p] = await tx.select({ id: languageProviders.id }).from(languageProviders).where(eq(languageProviders.id, input.providerId!));
      if (!p) throw new ActionError('invalidForm', { providerId: 'invalidChoice' });
      providerId = p.id;
    }
    // One code at a time: a transaction-scoped advisory lock serialises the "next number".
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ambassador_referral_code'))`);
    const codes = await tx.select({ code: ambassadors.referralCode }).from(ambassadors).where(sql`${ambassadors.referralCode} ~ '^AMB[0-9]+$'`);
    const [row] = await tx
      .insert(ambassadors)
      .values({
        ...profileValues(input),
        neighbourhoodId,
        status: 'candidate',
        source,
        nominatedByProviderId: providerId,
        nominationMotivation: input.source === 'provider' ? input.motivation : null,
        referralCode: nextReferralCode(codes.map((c) => c.code)),
      })
      .returning({ id: ambassadors.id });
    await tx.insert(ambassadorStatusEvents).values({ ambassadorId: row!.id, fromStatus: null, toStatus: 'candidate', actorUserId });
    await audit(tx, { action: 'ambassador.created', actorUserId, entityType: 'ambassador', entityId: row!.id, details: { source } });
    return row!.id;
  });
}

/** Edits the profile (not the source, nor the lifecycle). */
export async function updateProfile(db: DbOrTx, actorUserId: string, ambassadorId: string, input: ProfileInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lock(tx, ambassadorId);
    const neighbourhoodId = await wijkId(tx, input.neighbourhood);
    await tx
      .update(ambassadors)
      .set({ ...profileValues(input), neighbourhoodId, updatedAt: new Date() })
      .where(eq(ambassadors.id, ambassadorId));
    await audit(tx, { action: 'ambassador.updated', actorUserId, entityType: 'ambassador', entityId: ambassadorId, details: { part: 'profile' } });
  });
}

/**
 * One step along the lifecycle, with a history row. Activating someone whose NT2 level is below
 * A2 or unknown needs `confirmNt2` (the coordinator confirms the warning; it is not a block).
 */
export async function moveAmbassador(db: DbOrTx, actorUserId: string, input: MoveInput, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    const to = input.to as AmbassadorStatus;
    if (!canMove(row.status, to)) throw new ActionError('corps.errors.transitionNotAllowed', { to: 'corps.errors.transitionNotAllowed' });
    if (to === 'active' && nt2BelowMinimum(row.nt2Level) && !input.confirmNt2) {
      throw new ActionError('corps.errors.nt2Confirm', { confirmNt2: 'corps.errors.nt2Confirm' });
    }
    await tx
      .update(ambassadors)
      .set({ status: to, updatedAt: now, ...(to === 'active' && !row.startedOn ? { startedOn: now } : {}) })
      .where(eq(ambassadors.id, row.id));
    await tx.insert(ambassadorStatusEvents).values({ ambassadorId: row.id, fromStatus: row.status, toStatus: to, note: input.note, actorUserId, createdAt: now });
    await audit(tx, {
      action: 'ambassador.status_changed',
      actorUserId,
      entityType: 'ambassador',
      entityId: row.id,
      details: { from: row.status, to, ...(to === 'active' && nt2BelowMinimum(row.nt2Level) ? { nt2Confirmed: true } : {}) },
    });
  });
}

/**
 * Stops an ambassador, in one transaction: status `stopped` with date and reason (and a history
 * row); every shift that has not started is released (the event page shows the open place, the
 * partner sees nobody beside them); the account is deactivated and its sessions end; open invites
 * stop working. Leaving the target split, the suggestions, the calendar feed and the ?ref= code
 * follows from the status (lib/ambassadors/eligibility, lib/targets). Returns how many shifts were released.
 */
export async function stopAmbassador(db: DbOrTx, actorUserId: string, input: StopInput, now = new Date()): Promise<{ released: number }> {
  return db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    if (row.status === 'stopped') throw new ActionError('corps.errors.alreadyStopped');
    await tx
      .update(ambassadors)
      .set({ status: 'stopped', stoppedOn: new Date(`${input.stoppedOn}T12:00:00Z`), stopReasonCode: input.reason, stopReason: input.note, updatedAt: now })
      .where(eq(ambassadors.id, row.id));
    await tx
      .insert(ambassadorStatusEvents)
      .values({ ambassadorId: row.id, fromStatus: row.status, toStatus: 'stopped', stopReason: input.reason, note: input.note, actorUserId, createdAt: now });

    const assigned = await tx
      .select({ shiftId: shiftAssignments.shiftId, date: shiftAssignments.date, dagdeel: shiftAssignments.dagdeel })
      .from(shiftAssignments)
      .where(eq(shiftAssignments.ambassadorId, row.id));
    const future = assigned.filter((a) => isUpcoming(a.date, a.dagdeel, now)).map((a) => a.shiftId);
    if (future.length) {
      await tx.delete(shiftAssignments).where(and(eq(shiftAssignments.ambassadorId, row.id), inArray(shiftAssignments.shiftId, future)));
      for (const shiftId of future) {
        await audit(tx, { action: 'shift.unassigned', actorUserId, entityType: 'shift', entityId: shiftId, details: { ambassadorId: row.id, stopped: true } });
      }
    }
    const accounts = await tx
      .update(users)
      .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.ambassadorId, row.id))
      .returning({ id: users.id });
    for (const u of accounts) await audit(tx, { action: 'user.updated', actorUserId, entityType: 'user', entityId: u.id, details: { active: false } });
    await revokeAmbassadorInvites(tx, row.id, now);
    await audit(tx, { action: 'ambassador.stopped', actorUserId, entityType: 'ambassador', entityId: row.id, details: { reason: input.reason, released: future.length } });
    return { released: future.length };
  });
}

export async function recordInterview(db: DbOrTx, actorUserId: string, input: InterviewInput): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    const [i] = await tx
      .insert(ambassadorInterviews)
      .values({ ambassadorId: row.id, heldOn: input.heldOn, panel: input.panel, outcome: input.outcome, notes: input.notes, createdByUserId: actorUserId })
      .returning({ id: ambassadorInterviews.id });
    await audit(tx, { action: 'ambassador.interview_recorded', actorUserId, entityType: 'ambassador', entityId: row.id, details: { interviewId: i!.id, outcome: input.outcome } });
  });
}

export async function saveVog(db: DbOrTx, actorUserId: string, input: VogInput): Promise<void> {
  if (input.receivedOn && input.requestedOn && input.receivedOn < input.requestedOn) {
    throw new ActionError('invalidForm', { receivedOn: 'corps.errors.receivedBeforeRequested' });
  }
  await db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    await tx
      .update(ambassadors)
      .set({ vogRequestedOn: input.requestedOn, vogReceivedOn: input.receivedOn, vogIssuedOn: input.issuedOn, vogCostCents: input.cost, updatedAt: new Date() })
      .where(eq(ambassadors.id, row.id));
    await audit(tx, { action: 'ambassador.vog_saved', actorUserId, entityType: 'ambassador', entityId: row.id, details: { received: !!input.receivedOn } });
  });
}

export async function savePass(db: DbOrTx, actorUserId: string, input: PassInput): Promise<void> {
  if (input.expiresOn && input.issuedOn && input.expiresOn < input.issuedOn) {
    throw new ActionError('invalidForm', { expiresOn: 'corps.errors.expiresBeforeIssued' });
  }
  await db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    await tx
      .update(ambassadors)
      .set({ passNumber: input.passNumber, passIssuedOn: input.issuedOn, passExpiresOn: input.expiresOn, passReturnedOn: input.returnedOn, updatedAt: new Date() })
      .where(eq(ambassadors.id, row.id));
    await audit(tx, { action: 'ambassador.pass_saved', actorUserId, entityType: 'ambassador', entityId: row.id });
  });
}

export async function saveClothing(db: DbOrTx, actorUserId: string, input: ClothingInput): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lock(tx, input.ambassadorId);
    for (const item of CLOTHING_ITEMS) {
      const values = { size: input[`${item}Size`], issuedOn: input[`${item}IssuedOn`], returnedOn: input[`${item}ReturnedOn`] };
      await tx
        .insert(ambassadorClothing)
        .values({ ambassadorId: row.id, item, ...values })
        .onConflictDoUpdate({ target: [ambassadorClothing.ambassadorId, ambassadorClothing.item], set: values });
    }
    await audit(tx, { action: 'ambassador.clothing_saved', actorUserId, entityType: 'ambassador', entityId: row.id });
  });
}

/**
 * The ambassador's portal account, as an invite: a one-time link (valid 7 days) to set a
 * password. Needs the e-mail address on the profile; refused once stopped.
 */
export async function inviteAmbassador(db: DbOrTx, actorUserId: string, ambassadorId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await lock(tx, ambassadorId);
    if (row.status === 'stopped') throw new ActionError('corps.errors.stopped');
    if (!row.email) throw new ActionError('corps.errors.emailRequired');
    return createInvite(tx, actorUserId, { email: row.email, name: row.displayName, role: 'ambassador', ambassadorId: row.id }, now);
  });
}

/** The ambassador accepts the volunteer agreement of `version` (once; a second time changes nothing). */
export async function acceptAgreement(db: DbOrTx, self: { userId: string; ambassadorId: string }, version: string, currentVersion: string): Promise<void> {
  if (version !== currentVersion) throw new ActionError('corps.errors.agreementChanged');
  await db.transaction(async (tx) => {
    const rows = await tx
      .insert(agreementAcceptances)
      .values({ ambassadorId: self.ambassadorId, version, userId: self.userId })
      .onConflictDoNothing()
      .returning({ id: agreementAcceptances.id });
    if (rows.length) await audit(tx, { action: 'agreement.accepted', actorUserId: self.userId, entityType: 'ambassador', entityId: self.ambassadorId, details: { version } });
  });
}
