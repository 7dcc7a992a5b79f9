import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { events, expenseClaims, shifts } from '@/db/schema';

export interface ClaimSummary {
  id: string;
  status: 'submitted' | 'approved' | 'rejected' | 'paid';
  amountCents: number;
  shiftDate: string;
  dagdeel: 'morning' | 'afternoon' | 'evening';
  eventTitle: string;
  rejectReason: string | null;
}

/** An ambassador's own claims (newest first); `open` = submitted or approved, not yet paid. */
export async function claimsOf(db: DbOrTx, ambassadorId: string, opts: { open?: boolean } = {}): Promise<ClaimSummary[]> {
  return db
    .select({
      id: expenseClaims.id,
      status: expenseClaims.status,
      amountCents: expenseClaims.amountCents,
      shiftDate: shifts.date,
      dagdeel: shifts.dagdeel,
      eventTitle: events.title,
      rejectReason: expenseClaims.rejectReason,
    })
    .from(expenseClaims)
    .innerJoin(shifts, eq(expenseClaims.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .where(
      and(
        eq(expenseClaims.ambassadorId, ambassadorId),
        opts.open ? inArray(expenseClaims.status, ['submitted', 'approved']) : undefined,
      ),
    )
    .orderBy(desc(expenseClaims.submittedAt));
}
