import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { audit } from '@/lib/audit';
import { ambassadors, events, expenseClaims, expenseRates, intakeEscorts, meetingAttendance, meetings, receipts, shiftAssignments, shifts } from '@/db/schema';
import { type Rate, rateOn } from './rates';
import { type ClaimStatus, type QueueFilters, monthBounds } from './schema';

type Dagdeel = 'morning' | 'afternoon' | 'evening';
/**
 * What a claim that is not a shift's is for: a meeting's kind, or `intake` for an intake at the
 * desk the ambassador went along to (lib/intake). Labelled `expenses.meeting.<kind>`.
 */
export type MeetingKind = 'group' | 'intervision' | 'intake';
/** The label of a claim's non-shift dagdeel: the meeting's kind, else `intake` for an accompanied intake. */
const claimKind = sql<MeetingKind | null>`coalesce(${meetings.kind}::text, CASE WHEN ${expenseClaims.intakeEscortId} IS NOT NULL THEN 'intake' END)`;

/**
 * What a claim is for: the dagdeel of the shift or of the meeting (exactly one is set, a CHECK
 * constraint holds it). Every claim query joins both (left joins) and reads these expressions, so a
 * meeting's claim is listed, filtered, sorted and paid out like a shift's.
 */
const claimDate = sql<string>`to_char(coalesce(${shifts.date}, ${meetings.date}, ${intakeEscorts.date}), 'YYYY-MM-DD')`;
const claimDagdeel = sql<Dagdeel>`coalesce(${shifts.dagdeel}, ${meetings.dagdeel}, ${intakeEscorts.dagdeel})`;

export interface ClaimSummary {
  id: string;
  status: ClaimStatus;
  amountCents: number;
  shiftDate: string;
  dagdeel: Dagdeel;
  /** The event of a shift's claim; null for a meeting's. */
  eventTitle: string | null;
  /** The kind of meeting of a meeting's claim; null for a shift's. */
  meetingKind: MeetingKind | null;
  rejectReason: string | null;
  receiptId: string;
  submittedAt: Date;
}

/** An ambassador's own claims (newest first); `open` = submitted or approved, not yet paid. */
export async function claimsOf(db: DbOrTx, ambassadorId: string, opts: { open?: boolean } = {}): Promise<ClaimSummary[]> {
  return db
    .select({
      id: expenseClaims.id,
      status: expenseClaims.status,
      amountCents: expenseClaims.amountCents,
      shiftDate: claimDate,
      dagdeel: claimDagdeel,
      eventTitle: events.title,
      meetingKind: claimKind,
      rejectReason: expenseClaims.rejectReason,
      receiptId: expenseClaims.receiptId,
      submittedAt: expenseClaims.submittedAt,
    })
    .from(expenseClaims)
    .leftJoin(shifts, eq(expenseClaims.shiftId, shifts.id))
    .leftJoin(events, eq(shifts.eventId, events.id))
    .leftJoin(meetings, eq(expenseClaims.meetingId, meetings.id))
    .leftJoin(intakeEscorts, eq(expenseClaims.intakeEscortId, intakeEscorts.id))
    .where(
      and(
        eq(expenseClaims.ambassadorId, ambassadorId),
        opts.open ? inArray(expenseClaims.status, ['submitted', 'approved']) : undefined,
      ),
    )
    .orderBy(desc(expenseClaims.submittedAt), desc(claimDate));
}

export interface RateRow extends Rate {
  id: string;
  createdAt: Date;
}

/** The whole rate history, newest first. */
export async function listRates(db: DbOrTx): Promise<RateRow[]> {
  return db
    .select({ id: expenseRates.id, amountCents: expenseRates.amountCents, validFrom: expenseRates.validFrom, createdAt: expenseRates.createdAt })
    .from(expenseRates)
    .orderBy(desc(expenseRates.validFrom));
}

/** The rate in force on a day (YYYY-MM-DD): the latest `validFrom` on or before it; null if none. */
export async function rateOnDate(db: DbOrTx, date: string): Promise<Rate | null> {
  const [row] = await db
    .select({ amountCents: expenseRates.amountCents, validFrom: expenseRates.validFrom })
    .from(expenseRates)
    .where(lte(expenseRates.validFrom, date))
    .orderBy(desc(expenseRates.validFrom))
    .limit(1);
  return row ?? null;
}

/** A dagdeel an ambassador may claim: an attended shift (shiftId), an attended meeting (meetingId) or an intake they went along to (intakeEscortId). */
export interface ClaimableDagdeel {
  shiftId: string | null;
  meetingId: string | null;
  intakeEscortId: string | null;
  date: string;
  dagdeel: Dagdeel;
  /** The shift's event; null for a meeting. */
  eventTitle: string | null;
  meetingKind: MeetingKind | null;
  place: string;
  /** The rate on the dagdeel's date; null when no rate covers it (the claim would be refused). */
  amountCents: number | null;
}

/**
 * An ambassador's attended dagdelen without a claim of theirs yet (newest first), with the amount
 * they would get: shifts marked attended, meetings they were present at, and intakes at the desk
 * they agreed to go along to once the appointment has begun (`now`).
 */
export async function claimableDagdelenOf(db: DbOrTx, ambassadorId: string, now = new Date()): Promise<ClaimableDagdeel[]> {
  const shiftRows = await db
    .select({ shiftId: shifts.id, date: shifts.date, dagdeel: shifts.dagdeel, eventTitle: events.title, place: events.place })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .leftJoin(
      expenseClaims,
      and(eq(expenseClaims.shiftId, shiftAssignments.shiftId), eq(expenseClaims.ambassadorId, shiftAssignments.ambassadorId)),
    )
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), eq(shiftAssignments.attended, true), isNull(expenseClaims.id)));
  const meetingRows = await db
    .select({ meetingId: meetings.id, date: meetings.date, dagdeel: meetings.dagdeel, meetingKind: meetings.kind, place: meetings.place })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetingAttendance.meetingId, meetings.id))
    .leftJoin(
      expenseClaims,
      and(eq(expenseClaims.meetingId, meetingAttendance.meetingId), eq(expenseClaims.ambassadorId, meetingAttendance.ambassadorId)),
    )
    .where(and(eq(meetingAttendance.ambassadorId, ambassadorId), eq(meetingAttendance.attended, true), isNull(expenseClaims.id)));
  const intakeRows = await db
    .select({ intakeEscortId: intakeEscorts.id, date: intakeEscorts.date, dagdeel: intakeEscorts.dagdeel, place: intakeEscorts.place })
    .from(intakeEscorts)
    .leftJoin(expenseClaims, and(eq(expenseClaims.intakeEscortId, intakeEscorts.id), eq(expenseClaims.ambassadorId, intakeEscorts.ambassadorId)))
    .where(
      and(eq(intakeEscorts.ambassadorId, ambassadorId), eq(intakeEscorts.status, 'accepted'), lte(intakeEscorts.startsAt, now), isNull(expenseClaims.id)),
    );
  const rates = await listRates(db);
  const order = { morning: 0, afternoon: 1, evening: 2 } as const;
  return [
    ...shiftRows.map((r) => ({ ...r, meetingId: null, intakeEscortId: null, meetingKind: null })),
    ...meetingRows.map((r) => ({ ...r, shiftId: null, intakeEscortId: null, eventTitle: null })),
    ...intakeRows.map((r) => ({ ...r, shiftId: null, meetingId: null, eventTitle: null, meetingKind: 'intake' as const })),
  ]
    .map((r) => ({ ...r, amountCents: rateOn(rates, r.date)?.amountCents ?? null }))
    .sort((a, b) => b.date.localeCompare(a.date) || order[b.dagdeel] - order[a.dagdeel]);
}

export interface QueueRow {
  id: string;
  status: ClaimStatus;
  amountCents: number;
  ambassadorId: string;
  ambassadorName: string;
  shiftDate: string;
  dagdeel: Dagdeel;
  eventTitle: string | null;
  meetingKind: MeetingKind | null;
  rejectReason: string | null;
  receiptId: string;
  receiptType: string;
  submittedAt: Date;
  decidedAt: Date | null;
  paidAt: Date | null;
  /** The attendance the claim rests on was marked by the ambassador, not (yet) by the coordinator. */
  selfAttested: boolean;
}

function queueWhere(f: QueueFilters) {
  const month = f.month ? monthBounds(f.month) : null;
  return and(
    f.ambassadorId ? eq(expenseClaims.ambassadorId, f.ambassadorId) : undefined,
    f.status ? eq(expenseClaims.status, f.status) : undefined,
    month ? gte(claimDate, month.from) : undefined,
    month ? lt(claimDate, month.to) : undefined,
    f.from ? gte(claimDate, f.from) : undefined,
    f.to ? lte(claimDate, f.to) : undefined,
  );
}

/**
 * The coordinator's queue: claims matching the filters (month = the shift's month), the ones to
 * decide first (status order submitted, approved, rejected, paid), then by shift date.
 */
export async function listClaims(db: DbOrTx, filters: QueueFilters, limit = 200): Promise<{ rows: QueueRow[]; total: number }> {
  const where = queueWhere(filters);
  const rows = await db
    .select({
      id: expenseClaims.id,
      status: expenseClaims.status,
      amountCents: expenseClaims.amountCents,
      ambassadorId: expenseClaims.ambassadorId,
      ambassadorName: ambassadors.displayName,
      shiftDate: claimDate,
      dagdeel: claimDagdeel,
      eventTitle: events.title,
      meetingKind: claimKind,
      rejectReason: expenseClaims.rejectReason,
      receiptId: expenseClaims.receiptId,
      receiptType: receipts.contentType,
      submittedAt: expenseClaims.submittedAt,
      decidedAt: expenseClaims.decidedAt,
      paidAt: expenseClaims.paidAt,
      selfAttested: sql<boolean>`coalesce(${shiftAssignments.selfAttested}, false)`,
    })
    .from(expenseClaims)
    .leftJoin(shifts, eq(expenseClaims.shiftId, shifts.id))
    .leftJoin(events, eq(shifts.eventId, events.id))
    .leftJoin(meetings, eq(expenseClaims.meetingId, meetings.id))
    .leftJoin(intakeEscorts, eq(expenseClaims.intakeEscortId, intakeEscorts.id))
    .innerJoin(ambassadors, eq(expenseClaims.ambassadorId, ambassadors.id))
    .innerJoin(receipts, eq(expenseClaims.receiptId, receipts.id))
    .leftJoin(
      shiftAssignments,
      and(eq(shiftAssignments.shiftId, expenseClaims.shiftId), eq(shiftAssignments.ambassadorId, expenseClaims.ambassadorId)),
    )
    .where(where)
    .orderBy(asc(expenseClaims.status), asc(claimDate), asc(claimDagdeel), asc(ambassadors.displayName), asc(expenseClaims.id))
    .limit(limit);
  const [{ n }] = (await db
    .select({ n: count() })
    .from(expenseClaims)
    .leftJoin(shifts, eq(expenseClaims.shiftId, shifts.id))
    .leftJoin(meetings, eq(expenseClaims.meetingId, meetings.id))
    .leftJoin(intakeEscorts, eq(expenseClaims.intakeEscortId, intakeEscorts.id))
    .where(where)) as [{ n: number }];
  return { rows, total: n };
}

/** Ambassadors for the queue's filter: everyone who ever claimed, by name. */
export async function claimantOptions(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: ambassadors.id, name: ambassadors.displayName })
    .from(ambassadors)
    .innerJoin(expenseClaims, eq(expenseClaims.ambassadorId, ambassadors.id))
    .orderBy(asc(ambassadors.displayName), asc(ambassadors.id));
}

export interface PayoutLine {
  claimId: string;
  date: string;
  dagdeel: Dagdeel;
  eventTitle: string | null;
  meetingKind: MeetingKind | null;
  amountCents: number;
  status: 'approved' | 'paid';
}

export interface PayoutAmbassador {
  ambassadorId: string;
  name: string;
  dagdelen: number;
  totalCents: number;
  lines: PayoutLine[];
}

export interface Payout {
  month: string;
  ambassadors: PayoutAmbassador[];
  dagdelen: number;
  totalCents: number;
}

/** The month's payout (by shift date): approved and paid claims, per ambassador by name, with totals. */
export async function payoutOfMonth(db: DbOrTx, month: string): Promise<Payout> {
  const { from, to } = monthBounds(month);
  const rows = await db
    .select({
      claimId: expenseClaims.id,
      ambassadorId: expenseClaims.ambassadorId,
      name: ambassadors.displayName,
      date: claimDate,
      dagdeel: claimDagdeel,
      eventTitle: events.title,
      meetingKind: claimKind,
      amountCents: expenseClaims.amountCents,
      status: expenseClaims.status,
    })
    .from(expenseClaims)
    .leftJoin(shifts, eq(expenseClaims.shiftId, shifts.id))
    .leftJoin(events, eq(shifts.eventId, events.id))
    .leftJoin(meetings, eq(expenseClaims.meetingId, meetings.id))
    .leftJoin(intakeEscorts, eq(expenseClaims.intakeEscortId, intakeEscorts.id))
    .innerJoin(ambassadors, eq(expenseClaims.ambassadorId, ambassadors.id))
    .where(and(inArray(expenseClaims.status, ['approved', 'paid']), gte(claimDate, from), lt(claimDate, to)))
    .orderBy(asc(ambassadors.displayName), asc(expenseClaims.ambassadorId), asc(claimDate), asc(claimDagdeel));

  const byAmbassador = new Map<string, PayoutAmbassador>();
  for (const r of rows) {
    let a = byAmbassador.get(r.ambassadorId);
    if (!a) {
      a = { ambassadorId: r.ambassadorId, name: r.name, dagdelen: 0, totalCents: 0, lines: [] };
      byAmbassador.set(r.ambassadorId, a);
    }
    a.dagdelen += 1;
    a.totalCents += r.amountCents;
    a.lines.push({
      claimId: r.claimId,
      date: r.date,
      dagdeel: r.dagdeel,
      eventTitle: r.eventTitle,
      meetingKind: r.meetingKind,
      amountCents: r.amountCents,
      status: r.status as 'approved' | 'paid',
    });
  }
  const list = [...byAmbassador.values()];
  return {
    month,
    ambassadors: list,
    dagdelen: list.reduce((s, a) => s + a.dagdelen, 0),
    totalCents: list.reduce((s, a) => s + a.totalCents, 0),
  };
}

/** Who may see which receipts: the coordinator all of them, an ambassador only their own. */
export type ReceiptScope = { kind: 'all' } | { kind: 'ambassador'; ambassadorId: string };

export interface StoredReceipt {
  id: string;
  ambassadorId: string;
  contentType: string;
  size: number;
  sha256: string;
  data: Uint8Array;
}

/** One receipt, if the scope may see it: the owner check is part of the WHERE clause. */
export async function receiptFor(db: DbOrTx, id: string, scope: ReceiptScope): Promise<StoredReceipt | null> {
  const [row] = await db
    .select({
      id: receipts.id,
      ambassadorId: receipts.ambassadorId,
      contentType: receipts.contentType,
      size: receipts.size,
      sha256: receipts.sha256,
      data: receipts.data,
    })
    .from(receipts)
    .where(and(eq(receipts.id, id), scope.kind === 'ambassador' ? eq(receipts.ambassadorId, scope.ambassadorId) : undefined))
    .limit(1);
  return row ?? null;
}

/**
 * Opening a receipt (GET /api/receipts/:id): receiptFor plus the `receipt.viewed` audit entry (ids,
 * the hashed address and whether it was the owner's own) in one transaction; nothing is recorded
 * for a receipt that is not found or not the viewer's.
 */
export async function openReceipt(
  db: DbOrTx,
  viewer: { userId: string; ipHash: string | null },
  id: string,
  scope: ReceiptScope,
): Promise<StoredReceipt | null> {
  return db.transaction(async (tx) => {
    const receipt = await receiptFor(tx, id, scope);
    if (receipt) {
      await audit(tx, {
        action: 'receipt.viewed',
        actorUserId: viewer.userId,
        entityType: 'receipt',
        entityId: receipt.id,
        ipHash: viewer.ipHash,
        details: { own: scope.kind === 'ambassador' },
      });
    }
    return receipt;
  });
}
