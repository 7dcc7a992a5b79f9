import 'server-only';
import { createHash } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { expenseClaims, expenseRates, intakeEscorts, meetingAttendance, meetings, receipts, shiftAssignments, shifts } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { type ReceiptType, isReceiptType } from './filetype';
import { rateOnDate } from './queries';
import { DEFAULT_RATE } from './rates';
import { ambassadorUsers, enqueue } from '@/lib/notifications/outbox';

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** The source's EUR 6.95 from 2010-01-01, when there is no rate at all (seed and fresh installs). */
export async function ensureDefaultRate(db: DbOrTx): Promise<boolean> {
  const [{ n }] = (await db.select({ n: count() }).from(expenseRates)) as [{ n: number }];
  if (n > 0) return false;
  const rows = await db.insert(expenseRates).values(DEFAULT_RATE).onConflictDoNothing().returning({ id: expenseRates.id });
  return rows.length > 0;
}

/** The coordinator adds a rate from a day on; earlier claims keep the amount they were made with. */
export async function addRate(db: DbOrTx, actorUserId: string, input: { amount: number; validFrom: string }): Promise<string> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(expenseRates)
        .values({ amountCents: input.amount, validFrom: input.validFrom })
        .onConflictDoNothing()
        .returning({ id: expenseRates.id });
      if (!row) throw new ActionError('invalidForm', { validFrom: 'expenses.errors.rateExists' });
      await audit(tx, {
        action: 'expense.rate_added',
        actorUserId,
        entityType: 'expense',
        entityId: row.id,
        details: { amountCents: input.amount, validFrom: input.validFrom },
      });
      return row.id;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ActionError('invalidForm', { validFrom: 'expenses.errors.rateExists' });
    throw e;
  }
}

/** The dagdeel claimed: a shift the ambassador worked, a meeting they attended, or an intake at the desk they went along to. */
export type ClaimedDagdeel =
  | { shiftId: string; meetingId?: undefined; intakeEscortId?: undefined }
  | { meetingId: string; shiftId?: undefined; intakeEscortId?: undefined }
  | { intakeEscortId: string; shiftId?: undefined; meetingId?: undefined };

export type ClaimInput = ClaimedDagdeel & {
  /** The receipt's bytes and the type detected from them (see filetype.ts). */
  receipt: { bytes: Uint8Array; type: ReceiptType };
};

/** The ambassador's own attendance of the claimed dagdeel (owner in the WHERE clause), or null. */
async function attendanceOf(tx: DbOrTx, ambassadorId: string, input: ClaimedDagdeel, now: Date): Promise<{ date: string; attended: boolean | null } | null> {
  if (input.intakeEscortId !== undefined) {
    // An intake counts as attended once the ambassador agreed to go along and it has begun.
    const [escort] = await tx
      .select({ date: intakeEscorts.date, status: intakeEscorts.status, startsAt: intakeEscorts.startsAt })
      .from(intakeEscorts)
      .where(and(eq(intakeEscorts.id, input.intakeEscortId), eq(intakeEscorts.ambassadorId, ambassadorId)))
      .limit(1);
    if (!escort) return null;
    if (escort.status !== 'accepted') throw new ActionError('expenses.errors.intakeNotAccepted');
    return { date: escort.date, attended: escort.startsAt.getTime() <= now.getTime() };
  }
  const [row] =
    input.meetingId !== undefined
      ? await tx
          .select({ date: meetings.date, attended: meetingAttendance.attended })
          .from(meetingAttendance)
          .innerJoin(meetings, eq(meetingAttendance.meetingId, meetings.id))
          .where(and(eq(meetingAttendance.meetingId, input.meetingId), eq(meetingAttendance.ambassadorId, ambassadorId)))
          .limit(1)
      : await tx
          .select({ date: shifts.date, attended: shiftAssignments.attended })
          .from(shiftAssignments)
          .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
          .where(and(eq(shiftAssignments.shiftId, input.shiftId), eq(shiftAssignments.ambassadorId, ambassadorId)))
          .limit(1);
  return row ?? null;
}

/**
 * An ambassador claims the allowance for a dagdeel they attended (a shift, or a group or
 * intervision meeting): the rate on its date, the receipt and the claim stored in one transaction.
 * Refused (nothing stored) for a dagdeel that is not theirs, not marked attended, already claimed,
 * or on a day no rate covers.
 */
export async function claimExpense(
  db: DbOrTx,
  actor: { userId: string; ambassadorId: string },
  input: ClaimInput,
  now = new Date(),
): Promise<{ claimId: string; receiptId: string; amountCents: number }> {
  if (!isReceiptType(input.receipt.type)) throw new ActionError('invalidForm', { receipt: 'expenses.errors.receiptType' });
  try {
    return await db.transaction(async (tx) => {
      const assignment = await attendanceOf(tx, actor.ambassadorId, input, now);
      if (!assignment) throw new ActionError('expenses.errors.shiftNotFound');
      if (assignment.attended !== true) throw new ActionError('expenses.errors.notAttended');

      const [existing] = await tx
        .select({ id: expenseClaims.id })
        .from(expenseClaims)
        .where(
          and(
            input.meetingId !== undefined
              ? eq(expenseClaims.meetingId, input.meetingId)
              : input.intakeEscortId !== undefined
                ? eq(expenseClaims.intakeEscortId, input.intakeEscortId)
                : eq(expenseClaims.shiftId, input.shiftId),
            eq(expenseClaims.ambassadorId, actor.ambassadorId),
          ),
        )
        .limit(1);
      if (existing) throw new ActionError('expenses.errors.alreadyClaimed');

      const rate = await rateOnDate(tx, assignment.date);
      if (!rate) throw new ActionError('expenses.errors.noRate');

      const bytes = input.receipt.bytes;
      const [receipt] = await tx
        .insert(receipts)
        .values({
          ambassadorId: actor.ambassadorId,
          contentType: input.receipt.type,
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          data: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        })
        .returning({ id: receipts.id });
      // A concurrent claim for the same dagdeel loses here, on the unique index.
      const [claim] = await tx
        .insert(expenseClaims)
        .values({
          ambassadorId: actor.ambassadorId,
          shiftId: input.shiftId ?? null,
          meetingId: input.meetingId ?? null,
          intakeEscortId: input.intakeEscortId ?? null,
          amountCents: rate.amountCents,
          receiptId: receipt!.id,
        })
        .returning({ id: expenseClaims.id });
      await audit(tx, {
        action: 'expense.claimed',
        actorUserId: actor.userId,
        entityType: 'expense',
        entityId: claim!.id,
        details: { shiftId: input.shiftId ?? null, meetingId: input.meetingId ?? null, intakeEscortId: input.intakeEscortId ?? null, receiptId: receipt!.id, amountCents: rate.amountCents, contentType: input.receipt.type },
      });
      return { claimId: claim!.id, receiptId: receipt!.id, amountCents: rate.amountCents };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new ActionError('expenses.errors.alreadyClaimed');
    throw e;
  }
}

/** The ambassador hears of the decision on their claim (lib/notifications), in its transaction. */
async function notifyDecision(tx: DbOrTx, claimId: string, decision: 'approved' | 'rejected' | 'paid'): Promise<void> {
  const [c] = await tx
    .select({ ambassadorId: expenseClaims.ambassadorId, amountCents: expenseClaims.amountCents, date: shifts.date })
    .from(expenseClaims)
    .innerJoin(shifts, eq(shifts.id, expenseClaims.shiftId))
    .where(eq(expenseClaims.id, claimId));
  if (!c) return;
  const amount = `€ ${(c.amountCents / 100).toFixed(2).replace('.', ',')}`;
  const recipients = (await ambassadorUsers(tx, [c.ambassadorId])).map((u) => ({ userId: u.userId }));
  await enqueue(tx, recipients, { template: 'expenseDecided', params: { decision, amount, date: c.date, path: '/ambassador/expenses' } });
}

/** Why a status change did not happen: the claim is gone, or it is no longer in the state it must be in. */
async function whyNot(tx: DbOrTx, claimId: string, expected: 'expenses.errors.notSubmitted' | 'expenses.errors.notApproved'): Promise<never> {
  const [row] = await tx.select({ id: expenseClaims.id }).from(expenseClaims).where(eq(expenseClaims.id, claimId));
  throw new ActionError(row ? expected : 'expenses.errors.claimNotFound');
}

/** submitted → approved. A claim that was decided in the meantime is refused ('expenses.errors.notSubmitted'). */
export async function approveClaim(db: DbOrTx, actorUserId: string, claimId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(expenseClaims)
      .set({ status: 'approved', decidedAt: new Date(), decidedByUserId: actorUserId, rejectReason: null })
      .where(and(eq(expenseClaims.id, claimId), eq(expenseClaims.status, 'submitted')))
      .returning({ id: expenseClaims.id });
    if (!row) await whyNot(tx, claimId, 'expenses.errors.notSubmitted');
    await notifyDecision(tx, claimId, 'approved');
    await audit(tx, { action: 'expense.approved', actorUserId, entityType: 'expense', entityId: claimId });
  });
}

/** submitted → rejected, with the reason the ambassador will read. */
export async function rejectClaim(db: DbOrTx, actorUserId: string, claimId: string, reason: string): Promise<void> {
  const text = reason.trim();
  if (!text) throw new ActionError('invalidForm', { reason: 'expenses.errors.reasonRequired' });
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(expenseClaims)
      .set({ status: 'rejected', rejectReason: text, decidedAt: new Date(), decidedByUserId: actorUserId })
      .where(and(eq(expenseClaims.id, claimId), eq(expenseClaims.status, 'submitted')))
      .returning({ id: expenseClaims.id });
    if (!row) await whyNot(tx, claimId, 'expenses.errors.notSubmitted');
    // The reason is free text (it could name someone): the audit keeps only that there was one.
    await notifyDecision(tx, claimId, 'rejected');
    await audit(tx, { action: 'expense.rejected', actorUserId, entityType: 'expense', entityId: claimId });
  });
}

/**
 * approved → paid for every claim selected, or for none: if any of them is not approved (any
 * more), nothing changes and the coordinator is told ('expenses.errors.notApproved').
 */
export async function markPaid(db: DbOrTx, actorUserId: string, claimIds: readonly string[]): Promise<number> {
  const ids = [...new Set(claimIds)];
  if (!ids.length) throw new ActionError('expenses.errors.nothingSelected');
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(expenseClaims)
      .set({ status: 'paid', paidAt: new Date() })
      .where(and(inArray(expenseClaims.id, ids), eq(expenseClaims.status, 'approved')))
      .returning({ id: expenseClaims.id });
    // Throwing rolls the whole batch back.
    if (rows.length !== ids.length) throw new ActionError('expenses.errors.notApproved');
    for (const r of rows) {
      await notifyDecision(tx, r.id, 'paid');
      await audit(tx, { action: 'expense.paid', actorUserId, entityType: 'expense', entityId: r.id, details: { batch: ids.length } });
    }
    return rows.length;
  });
}
