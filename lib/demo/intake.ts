import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, intakeEscorts, intakeSlots, leads } from '@/db/schema';
import { addDays, parseLocalDateTime, todayLocal, weekStartOf } from '@/lib/dates';
import { dagdeelOfTime } from '@/lib/intake/rules';

/** The demo ambassador account's referral code (Fatima El Amrani). */
const DEMO_AMBASSADOR_CODE = 'AMB01';

/**
 * The city desk's demo intake calendar: slots on Tuesday and Thursday of this week and the next
 * (09:30 and 14:00, three places), a few recent leads booked in them (one with the checklist
 * complete, one who asked for an ambassador), and one intake seven weeks ago that the demo ambassador
 * went along to and has not claimed yet.
 */
export async function seedIntake(tx: DbOrTx, now: Date, caseworkerId: string): Promise<void> {
  const today = todayLocal(now);
  const monday = weekStartOf(today);
  const days = [1, 3, 8, 10].map((d) => addDays(monday, d));
  const slotRows = await tx
    .insert(intakeSlots)
    .values(days.flatMap((date) => ['09:30', '14:00'].map((startTime) => ({ date, startTime, place: 'Publieksplein', capacity: 3, createdByUserId: caseworkerId }))))
    .returning();
  const upcoming = slotRows.filter((s) => parseLocalDateTime(`${s.date}T${s.startTime}`)!.getTime() > now.getTime());

  const candidates = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.status, 'contacted'), isNull(leads.mergedIntoId), gte(leads.createdAt, new Date(now.getTime() - 120 * 24 * 3600 * 1000))))
    .orderBy(asc(leads.createdAt))
    .limit(4);
  for (const [i, lead] of candidates.entries()) {
    const slot = upcoming[i % Math.max(1, upcoming.length)];
    if (!slot) break;
    await tx
      .update(leads)
      .set({
        intakeSlotId: slot.id,
        intakeAt: parseLocalDateTime(`${slot.date}T${slot.startTime}`)!,
        intakePlace: slot.place,
        intakeAccompanied: i === 1,
        escortRequested: i === 1,
        intakeChecklist: i === 0 ? ['id', 'residencePermit', 'addressProof', 'diplomas'] : i === 1 ? ['id'] : [],
      })
      .where(eq(leads.id, lead.id));
  }

  // An intake seven weeks ago the demo ambassador went along to: claimable on her allowance page.
  const [fatima] = await tx.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.referralCode, DEMO_AMBASSADOR_CODE));
  const [past] = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.status, 'intake'), isNull(leads.mergedIntoId), isNull(leads.intakeSlotId)))
    .orderBy(asc(leads.createdAt))
    .limit(1);
  if (!fatima || !past) return;
  // Older than her unclaimed shifts (lib/demo/shifts.ts), so those stay first on her allowance page.
  const date = addDays(today, -50);
  const [slot] = await tx.insert(intakeSlots).values({ date, startTime: '10:00', place: 'Publieksplein', capacity: 2, createdByUserId: caseworkerId }).returning();
  const startsAt = parseLocalDateTime(`${date}T10:00`)!;
  await tx
    .update(leads)
    .set({ intakeSlotId: slot!.id, intakeAt: startsAt, intakePlace: slot!.place, intakeAccompanied: true, escortRequested: true, intakeChecklist: ['id', 'residencePermit', 'addressProof', 'diplomas'] })
    .where(eq(leads.id, past.id));
  await tx.insert(intakeEscorts).values({
    leadId: past.id,
    ambassadorId: fatima.id,
    startsAt,
    date,
    dagdeel: dagdeelOfTime('10:00'),
    place: slot!.place,
    status: 'accepted',
    assignedByUserId: caseworkerId,
    respondedAt: new Date(startsAt.getTime() - 3 * 24 * 3600 * 1000),
  });
}
