import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, expenseClaims, intakeEscorts, intakeSlots, leads, shiftAssignments } from '@/db/schema';
import { eligibleSql } from '@/lib/ambassadors/eligibility';
import { availabilityOf } from '@/lib/availability/queries';
import { slotReasons } from '@/lib/availability/rules';
import { type Dagdeel, DAGDEEL_TIMES } from '@/lib/dagdelen';
import { addDays, amsterdamClock, todayLocal } from '@/lib/dates';
import { candidateColumns } from '@/lib/shifts/queries';
import { type Suggestion, rankSuggestions } from '@/lib/shifts/suggestions';
import { checklistComplete, dagdeelOfTime, firstNameOf } from './rules';

export type EscortStatus = 'invited' | 'accepted' | 'declined';

export interface SlotBooking {
  leadId: string;
  name: string;
  language: string;
  accompanied: boolean;
  escortRequested: boolean;
  checklistComplete: boolean;
  escort: { ambassadorName: string; status: EscortStatus } | null;
}

export interface WeekSlot {
  id: string;
  date: string;
  startTime: string;
  place: string;
  capacity: number;
  bookings: SlotBooking[];
}

/** The desk's slots of one week (Monday `monday` to Sunday), in order, with who is booked in each. Two queries. */
export async function weekSlots(db: DbOrTx, monday: string): Promise<WeekSlot[]> {
  const slots = await db
    .select({ id: intakeSlots.id, date: intakeSlots.date, startTime: intakeSlots.startTime, place: intakeSlots.place, capacity: intakeSlots.capacity })
    .from(intakeSlots)
    .where(and(gte(intakeSlots.date, monday), lte(intakeSlots.date, addDays(monday, 6))))
    .orderBy(asc(intakeSlots.date), asc(intakeSlots.startTime), asc(intakeSlots.place));
  if (!slots.length) return [];
  const booked = await db
    .select({
      slotId: leads.intakeSlotId,
      leadId: leads.id,
      name: leads.name,
      language: leads.preferredLanguage,
      accompanied: leads.intakeAccompanied,
      escortRequested: leads.escortRequested,
      checklist: leads.intakeChecklist,
      ambassadorName: ambassadors.displayName,
      escortStatus: intakeEscorts.status,
    })
    .from(leads)
    .leftJoin(intakeEscorts, eq(intakeEscorts.leadId, leads.id))
    .leftJoin(ambassadors, eq(intakeEscorts.ambassadorId, ambassadors.id))
    .where(and(inArray(leads.intakeSlotId, slots.map((s) => s.id)), isNull(leads.mergedIntoId)))
    .orderBy(asc(leads.name));
  return slots.map((s) => ({
    ...s,
    bookings: booked
      .filter((b) => b.slotId === s.id)
      .map((b) => ({
        leadId: b.leadId,
        name: b.name,
        language: b.language,
        accompanied: b.accompanied,
        escortRequested: b.escortRequested,
        checklistComplete: checklistComplete(b.checklist),
        escort: b.ambassadorName && b.escortStatus ? { ambassadorName: b.ambassadorName, status: b.escortStatus } : null,
      })),
  }));
}

export interface OpenSlot {
  id: string;
  date: string;
  startTime: string;
  place: string;
  free: number;
}

/**
 * Slots a lead can be booked in: not started, from today up to `weeks` weeks on, with a free place
 * (the lead's own booking does not take one), plus the lead's current slot.
 */
export async function openSlotsFor(db: DbOrTx, leadId: string, now: Date, weeks = 6): Promise<OpenSlot[]> {
  const today = todayLocal(now);
  const rows = await db
    .select({ id: intakeSlots.id, date: intakeSlots.date, startTime: intakeSlots.startTime, place: intakeSlots.place, capacity: intakeSlots.capacity })
    .from(intakeSlots)
    .where(and(gte(intakeSlots.date, today), lte(intakeSlots.date, addDays(today, weeks * 7))))
    .orderBy(asc(intakeSlots.date), asc(intakeSlots.startTime), asc(intakeSlots.place));
  const counts = rows.length
    ? await db
        .select({ slotId: leads.intakeSlotId, n: sql<number>`count(*)::int` })
        .from(leads)
        .where(and(inArray(leads.intakeSlotId, rows.map((r) => r.id)), isNull(leads.mergedIntoId), ne(leads.id, leadId)))
        .groupBy(leads.intakeSlotId)
    : [];
  const taken = new Map(counts.map((c) => [c.slotId, Number(c.n)]));
  const clock = amsterdamClock(now);
  return rows
    .filter((r) => r.date > today || r.startTime > clock.time.slice(0, 5))
    .map((r) => ({ id: r.id, date: r.date, startTime: r.startTime, place: r.place, free: r.capacity - (taken.get(r.id) ?? 0) }))
    .filter((r) => r.free > 0);
}

export interface LeadIntake {
  slotId: string | null;
  escortRequested: boolean;
  accompanied: boolean;
  checklist: string[];
  checklistComplete: boolean;
  escort: { id: string; ambassadorId: string; ambassadorName: string; status: EscortStatus } | null;
}

/** The intake desk's part of a lead's page. */
export async function leadIntake(db: DbOrTx, leadId: string): Promise<LeadIntake | null> {
  const [row] = await db
    .select({
      slotId: leads.intakeSlotId,
      escortRequested: leads.escortRequested,
      accompanied: leads.intakeAccompanied,
      checklist: leads.intakeChecklist,
      escortId: intakeEscorts.id,
      ambassadorId: intakeEscorts.ambassadorId,
      ambassadorName: ambassadors.displayName,
      status: intakeEscorts.status,
    })
    .from(leads)
    .leftJoin(intakeEscorts, eq(intakeEscorts.leadId, leads.id))
    .leftJoin(ambassadors, eq(intakeEscorts.ambassadorId, ambassadors.id))
    .where(eq(leads.id, leadId));
  if (!row) return null;
  return {
    slotId: row.slotId,
    escortRequested: row.escortRequested,
    accompanied: row.accompanied,
    checklist: row.checklist,
    checklistComplete: checklistComplete(row.checklist),
    escort:
      row.escortId && row.ambassadorId && row.ambassadorName && row.status
        ? { id: row.escortId, ambassadorId: row.ambassadorId, ambassadorName: row.ambassadorName, status: row.status }
        : null,
  };
}

/**
 * Who could go along to this intake, best first: the shifts' own ranking (lib/shifts/suggestions)
 * with the resident's language and wijk as the "event", among eligible ambassadors who are free
 * at that dagdeel (no shift, no other intake they agreed to) and available then (lib/availability).
 */
export async function escortSuggestions(
  db: DbOrTx,
  lead: { id: string; language: string; neighbourhoodId: string | null; intakeAt: Date },
): Promise<{ suggestions: Suggestion[]; all: { id: string; displayName: string }[] }> {
  const { date, time } = amsterdamClock(lead.intakeAt);
  const dagdeel: Dagdeel = dagdeelOfTime(time.slice(0, 5));
  const people = await db
    .select(candidateColumns)
    .from(ambassadors)
    .where(eligibleSql())
    .orderBy(asc(ambassadors.displayName));
  const ids = people.map((p) => p.id);
  if (!ids.length) return { suggestions: [], all: [] };
  const [shiftsThen, escortsThen, availability] = await Promise.all([
    db
      .select({ ambassadorId: shiftAssignments.ambassadorId })
      .from(shiftAssignments)
      .where(and(eq(shiftAssignments.date, date), eq(shiftAssignments.dagdeel, dagdeel))),
    db
      .select({ ambassadorId: intakeEscorts.ambassadorId })
      .from(intakeEscorts)
      .where(and(eq(intakeEscorts.date, date), eq(intakeEscorts.dagdeel, dagdeel), eq(intakeEscorts.status, 'accepted'), ne(intakeEscorts.leadId, lead.id))),
    availabilityOf(db, ids, { from: date, to: date }),
  ]);
  const busy = new Set([...shiftsThen, ...escortsThen].map((r) => r.ambassadorId));
  const candidates = people
    .filter((p) => slotReasons(availability.get(p.id)!, date, dagdeel).length === 0)
    .map((p) => ({ ...p, busy: busy.has(p.id) }));
  const ranked = rankSuggestions({ kind: 'intake', targetLanguages: [lead.language], targetGroup: null, neighbourhoodId: lead.neighbourhoodId }, candidates);
  return { suggestions: ranked.filter((s) => s.score > 0).slice(0, 5), all: people.map((p) => ({ id: p.id, displayName: p.displayName })) };
}

export interface MyIntake {
  id: string;
  /** The resident's first name only: never the phone or the full name. */
  firstName: string;
  startsAt: Date;
  date: string;
  dagdeel: Dagdeel;
  place: string;
  status: EscortStatus;
  claimed: boolean;
}

/** The intakes an ambassador is asked to go along to, from `FEED`-like 60 days back, soonest first; their own only. */
export async function myIntakes(db: DbOrTx, ambassadorId: string, now: Date): Promise<MyIntake[]> {
  const rows = await db
    .select({
      id: intakeEscorts.id,
      name: leads.name,
      startsAt: intakeEscorts.startsAt,
      date: intakeEscorts.date,
      dagdeel: intakeEscorts.dagdeel,
      place: intakeEscorts.place,
      status: intakeEscorts.status,
      claimId: expenseClaims.id,
    })
    .from(intakeEscorts)
    .innerJoin(leads, eq(intakeEscorts.leadId, leads.id))
    .leftJoin(expenseClaims, and(eq(expenseClaims.intakeEscortId, intakeEscorts.id), eq(expenseClaims.ambassadorId, ambassadorId)))
    .where(and(eq(intakeEscorts.ambassadorId, ambassadorId), gte(intakeEscorts.date, addDays(todayLocal(now), -60)), isNull(leads.anonymisedAt)))
    .orderBy(asc(intakeEscorts.startsAt));
  return rows.map(({ name, claimId, ...r }) => ({ ...r, firstName: firstNameOf(name), claimed: claimId !== null }));
}

/** The intakes an ambassador agreed to go along to, for their calendar feed (no resident's name). */
export async function feedIntakesOf(db: DbOrTx, ambassadorId: string, now: Date) {
  const rows = await db
    .select({ id: intakeEscorts.id, date: intakeEscorts.date, dagdeel: intakeEscorts.dagdeel, place: intakeEscorts.place, startsAt: intakeEscorts.startsAt })
    .from(intakeEscorts)
    .where(and(eq(intakeEscorts.ambassadorId, ambassadorId), eq(intakeEscorts.status, 'accepted'), gte(intakeEscorts.date, addDays(todayLocal(now), -60))))
    .orderBy(asc(intakeEscorts.startsAt));
  return rows.map((r) => ({ ...r, time: amsterdamClock(r.startsAt).time.slice(0, 5), end: DAGDEEL_TIMES[r.dagdeel].end }));
}

/** How far ahead the coach sees (and may tick) the intakes an ambassador goes along to. */
export const COACH_WINDOW_DAYS = 14;

/**
 * The lead has an intake in [now, now + COACH_WINDOW_DAYS days) that an ambassador was asked to or
 * agreed to go along to: the only leads a coach may tick (and see, lib/intake/queries coachIntakes).
 */
export function escortedSoonSql(now: Date) {
  return sql`exists (select 1 from ${intakeEscorts} where ${intakeEscorts.leadId} = ${leads.id} and ${escortSoon(now)})`;
}

/** An escort row (asked or agreed) for an intake in [now, now + COACH_WINDOW_DAYS days). */
function escortSoon(now: Date) {
  const until = new Date(now.getTime() + COACH_WINDOW_DAYS * 24 * 3600 * 1000);
  return and(inArray(intakeEscorts.status, ['invited', 'accepted']), gte(intakeEscorts.startsAt, now), lt(intakeEscorts.startsAt, until));
}

export interface CoachIntake {
  leadId: string;
  /** The resident's first name only: the coach never sees the phone, the full name or other details. */
  firstName: string;
  startsAt: Date;
  place: string;
  ambassadorName: string;
  escortStatus: 'invited' | 'accepted';
  checklist: string[];
  checklistComplete: boolean;
}

/**
 * For the coach: the intakes of the next two weeks an ambassador was asked to or agreed to go along
 * to (the same rule as the coach's checklist save, escortedSoonSql), soonest first.
 */
export async function coachIntakes(db: DbOrTx, now: Date): Promise<CoachIntake[]> {
  const rows = await db
    .select({
      leadId: leads.id,
      name: leads.name,
      startsAt: intakeEscorts.startsAt,
      place: intakeEscorts.place,
      ambassadorName: ambassadors.displayName,
      escortStatus: intakeEscorts.status,
      checklist: leads.intakeChecklist,
    })
    .from(intakeEscorts)
    .innerJoin(leads, eq(intakeEscorts.leadId, leads.id))
    .innerJoin(ambassadors, eq(intakeEscorts.ambassadorId, ambassadors.id))
    .where(and(isNull(leads.mergedIntoId), isNull(leads.anonymisedAt), escortSoon(now)))
    .orderBy(asc(intakeEscorts.startsAt), asc(leads.id));
  return rows
    .filter((r): r is typeof r & { escortStatus: 'invited' | 'accepted' } => r.escortStatus !== 'declined')
    .map(({ name, checklist, ...r }) => ({ ...r, firstName: firstNameOf(name), checklist, checklistComplete: checklistComplete(checklist) }));
}
