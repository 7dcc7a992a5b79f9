import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, events, expenseClaims, expenseRates, receipts, shiftAssignments, shifts, users } from '@/db/schema';
import { demoPdf, demoPng } from '@/lib/expenses/demo-receipts';
import { DEFAULT_RATE, centsForCsv, rateOn } from '@/lib/expenses/rates';

type Status = 'submitted' | 'approved' | 'rejected' | 'paid';

const REJECT_REASONS = [
  'De bon is van een andere dag dan het dagdeel.',
  'Op de bon staan geen datum en geen bedrag.',
  'Dit dagdeel is al vergoed via de buurtvereniging.',
];

/** The demo ambassador account's referral code (Fatima El Amrani): some of her shifts stay unclaimed. */
const DEMO_AMBASSADOR_CODE = 'AMB01';
/** How many of her most recent attended shifts she has not claimed yet (for the demo and the e2e journey). */
const LEFT_UNCLAIMED = 2;

const DAY = 24 * 3600 * 1000;

/**
 * Demo expenses: the default rate (EUR 6.95 per dagdeel from 2010-01-01) when there is none, then
 * claims for the attended shifts already in the database (seeded by the shifts feature; without
 * them nothing else happens): the oldest mostly paid, then approved, a few rejected with a reason,
 * the most recent ones still submitted. Each claim has a small generated receipt (PNG or PDF).
 * The demo ambassador's two most recent attended shifts, and some of the others', stay unclaimed.
 */
export async function seedExpenses(tx: DbOrTx, now: Date): Promise<void> {
  const [{ n }] = (await tx.select({ n: count() }).from(expenseRates)) as [{ n: number }];
  if (n === 0) await tx.insert(expenseRates).values(DEFAULT_RATE).onConflictDoNothing();

  const attended = await tx
    .select({
      shiftId: shiftAssignments.shiftId,
      ambassadorId: shiftAssignments.ambassadorId,
      code: ambassadors.referralCode,
      date: shifts.date,
      dagdeel: shifts.dagdeel,
      eventTitle: events.title,
    })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .innerJoin(ambassadors, eq(shiftAssignments.ambassadorId, ambassadors.id))
    .leftJoin(
      expenseClaims,
      and(eq(expenseClaims.shiftId, shiftAssignments.shiftId), eq(expenseClaims.ambassadorId, shiftAssignments.ambassadorId)),
    )
    .where(and(eq(shiftAssignments.attended, true), isNull(expenseClaims.id)))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel), asc(ambassadors.referralCode));
  if (!attended.length) return;

  const rates = await tx.select({ amountCents: expenseRates.amountCents, validFrom: expenseRates.validFrom }).from(expenseRates);
  const [coordinator] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'coordinator'), eq(users.active, true)))
    .orderBy(asc(users.createdAt))
    .limit(1);

  const demo = attended.filter((a) => a.code === DEMO_AMBASSADOR_CODE);
  const keep = new Set(demo.slice(-LEFT_UNCLAIMED).map((a) => a.shiftId));
  let other = 0;
  const candidates = attended.filter((a) => {
    if (a.code === DEMO_AMBASSADOR_CODE) return !keep.has(a.shiftId);
    // Not everybody claims every shift (at once).
    return other++ % 6 !== 5;
  });

  const total = candidates.length;
  const submittedFrom = total - Math.min(total, Math.max(3, Math.ceil(total * 0.2)));
  const statusOf = (i: number): Status => {
    if (i >= submittedFrom) return 'submitted';
    if (i % 7 === 3) return 'rejected';
    return i < submittedFrom * 0.6 ? 'paid' : 'approved';
  };
  const at = (date: string, plusDays: number) => new Date(Math.min(now.getTime(), Date.parse(`${date}T09:00:00Z`) + plusDays * DAY));

  let reasons = 0;
  const planned = candidates.flatMap((a, i) => {
    const rate = rateOn(rates, a.date);
    if (!rate) return [];
    const status = statusOf(i);
    const file =
      i % 3 === 2
        ? { type: 'application/pdf', bytes: demoPdf(['RET Zoetermeer', 'Buskaart enkele reis', `Datum ${a.date}`, `Totaal EUR ${centsForCsv(rate.amountCents)}`]) }
        : { type: 'image/png', bytes: demoPng(8, 8, [230 + (i % 20), 225 + ((i * 7) % 25), 200 + ((i * 13) % 50)]) };
    const submittedAt = at(a.date, 1);
    const decidedAt = status === 'submitted' ? null : at(a.date, 4);
    return [
      {
        a,
        receiptId: randomUUID(),
        status,
        amountCents: rate.amountCents,
        file,
        submittedAt,
        decidedAt,
        paidAt: status === 'paid' ? at(a.date, 14) : null,
        rejectReason: status === 'rejected' ? REJECT_REASONS[reasons++ % REJECT_REASONS.length]! : null,
      },
    ];
  });

  for (let i = 0; i < planned.length; i += 200) {
    const batch = planned.slice(i, i + 200);
    await tx.insert(receipts).values(
        batch.map((p) => ({
          id: p.receiptId,
          ambassadorId: p.a.ambassadorId,
          contentType: p.file.type,
          size: p.file.bytes.length,
          sha256: createHash('sha256').update(p.file.bytes).digest('hex'),
          data: p.file.bytes,
          createdAt: p.submittedAt,
        })),
      );
    await tx.insert(expenseClaims).values(
      batch.map((p) => ({
        ambassadorId: p.a.ambassadorId,
        shiftId: p.a.shiftId,
        amountCents: p.amountCents,
        status: p.status,
        receiptId: p.receiptId,
        rejectReason: p.rejectReason,
        submittedAt: p.submittedAt,
        decidedAt: p.decidedAt,
        decidedByUserId: p.decidedAt ? (coordinator?.id ?? null) : null,
        paidAt: p.paidAt,
      })),
    );
  }
}
