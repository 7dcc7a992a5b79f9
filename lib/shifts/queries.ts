import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, events, neighbourhoods, shiftAssignments, shifts } from '@/db/schema';
import { eligibleSql, isAmbassadorActive } from '@/lib/ambassadors/eligibility';
import type { FeedShift } from './calendar';
import { type Candidate, type Suggestion, rankSuggestions } from './suggestions';
import { availabilityOf } from '@/lib/availability/queries';
import { type SlotReason, absenceOn, slotReasons } from '@/lib/availability/rules';
import { DAGDELEN, type Dagdeel, addDays, notStartedSql, todayLocal } from '@/lib/dagdelen';

export interface UpcomingShift {
  shiftId: string;
  date: string;
  dagdeel: 'morning' | 'afternoon' | 'evening';
  eventTitle: string;
  place: string;
  /** Display names of the other ambassadors on the same shift (the partner). */
  partners: string[];
}

/** Display names of the other ambassadors on each of these shifts (one query). */
async function partnersOf(db: DbOrTx, shiftIds: string[], ambassadorId: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(shiftIds.map((id) => [id, []]));
  if (!shiftIds.length) return out;
  const rows = await db
    .select({ shiftId: shiftAssignments.shiftId, name: ambassadors.displayName })
    .from(shiftAssignments)
    .innerJoin(ambassadors, eq(shiftAssignments.ambassadorId, ambassadors.id))
    .where(and(inArray(shiftAssignments.shiftId, shiftIds), ne(shiftAssignments.ambassadorId, ambassadorId)))
    .orderBy(asc(ambassadors.displayName));
  for (const r of rows) out.get(r.shiftId)!.push(r.name);
  return out;
}

/** An ambassador's own shifts from `today` (YYYY-MM-DD) on, with their partners' names. */
export async function upcomingShiftsOf(db: DbOrTx, ambassadorId: string, today: string, limit = 5): Promise<UpcomingShift[]> {
  const mine = await db
    .select({ shiftId: shifts.id, date: shifts.date, dagdeel: shifts.dagdeel, eventTitle: events.title, place: events.place })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), gte(shifts.date, today)))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel))
    .limit(limit);
  const partners = await partnersOf(db, mine.map((s) => s.shiftId), ambassadorId);
  return mine.map((s) => ({ ...s, partners: partners.get(s.shiftId) ?? [] }));
}

// ---------------------------------------------------------------------------------------------
// The coordinator's agenda
// ---------------------------------------------------------------------------------------------

export type EventRow = typeof events.$inferSelect & { wijkCode: string | null; wijkName: string | null };

export interface EventListItem extends EventRow {
  shiftCount: number;
  places: number;
  assigned: number;
}

const eventColumns = {
  id: events.id,
  title: events.title,
  kind: events.kind,
  startsOn: events.startsOn,
  endsOn: events.endsOn,
  place: events.place,
  neighbourhoodId: events.neighbourhoodId,
  targetLanguages: events.targetLanguages,
  targetGroup: events.targetGroup,
  notes: events.notes,
  source: events.source,
  sourceId: events.sourceId,
  createdAt: events.createdAt,
  wijkCode: neighbourhoods.code,
  wijkName: neighbourhoods.name,
};

async function withStats(db: DbOrTx, rows: EventRow[]): Promise<EventListItem[]> {
  if (!rows.length) return [];
  const taken = db
    .select({ shiftId: shiftAssignments.shiftId, n: count().as('n') })
    .from(shiftAssignments)
    .groupBy(shiftAssignments.shiftId)
    .as('taken');
  const stats = await db
    .select({
      eventId: shifts.eventId,
      shiftCount: sql<number>`count(*)::int`,
      places: sql<number>`coalesce(sum(${shifts.places}), 0)::int`,
      assigned: sql<number>`coalesce(sum(${taken.n}), 0)::int`,
    })
    .from(shifts)
    .leftJoin(taken, eq(taken.shiftId, shifts.id))
    .where(inArray(shifts.eventId, rows.map((r) => r.id)))
    .groupBy(shifts.eventId);
  const byId = new Map(stats.map((s) => [s.eventId, s]));
  return rows.map((r) => ({ ...r, shiftCount: byId.get(r.id)?.shiftCount ?? 0, places: byId.get(r.id)?.places ?? 0, assigned: byId.get(r.id)?.assigned ?? 0 }));
}

export const PAST_PAGE_SIZE = 20;

/**
 * The agenda: events that have not ended (soonest first), and a page of past events (latest
 * first) with their count.
 */
export async function listEvents(db: DbOrTx, today: string, pastPage = 1) {
  const upcoming = await db
    .select(eventColumns)
    .from(events)
    .leftJoin(neighbourhoods, eq(events.neighbourhoodId, neighbourhoods.id))
    .where(gte(events.endsOn, today))
    .orderBy(asc(events.startsOn), asc(events.title), asc(events.id));
  const [{ n: pastCount } = { n: 0 }] = await db.select({ n: count() }).from(events).where(lt(events.endsOn, today));
  const pageCount = Math.max(1, Math.ceil(pastCount / PAST_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(pastPage) || 1), pageCount);
  const past = await db
    .select(eventColumns)
    .from(events)
    .leftJoin(neighbourhoods, eq(events.neighbourhoodId, neighbourhoods.id))
    .where(lt(events.endsOn, today))
    .orderBy(desc(events.startsOn), asc(events.title), asc(events.id))
    .limit(PAST_PAGE_SIZE)
    .offset((page - 1) * PAST_PAGE_SIZE);
  return {
    upcoming: await withStats(db, upcoming),
    past: await withStats(db, past),
    pastCount,
    page,
    pageCount,
  };
}

export async function getEvent(db: DbOrTx, id: string): Promise<EventRow | null> {
  const [row] = await db
    .select(eventColumns)
    .from(events)
    .leftJoin(neighbourhoods, eq(events.neighbourhoodId, neighbourhoods.id))
    .where(eq(events.id, id));
  return row ?? null;
}

export interface ShiftAssignee {
  ambassadorId: string;
  name: string;
  attended: boolean | null;
  /** The ambassador marked it themselves; the coordinator has not confirmed it. */
  selfAttested: boolean;
}

export interface EventShift {
  id: string;
  date: string;
  dagdeel: Dagdeel;
  places: number;
  assignees: ShiftAssignee[];
}

/** The shifts of an event in the order of the day, with who is on them. */
export async function eventShifts(db: DbOrTx, eventId: string): Promise<EventShift[]> {
  const rows = await db
    .select({ id: shifts.id, date: shifts.date, dagdeel: shifts.dagdeel, places: shifts.places })
    .from(shifts)
    .where(eq(shifts.eventId, eventId))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel));
  if (!rows.length) return [];
  const people = await db
    .select({
      shiftId: shiftAssignments.shiftId,
      ambassadorId: shiftAssignments.ambassadorId,
      name: ambassadors.displayName,
      attended: shiftAssignments.attended,
      selfAttested: shiftAssignments.selfAttested,
    })
    .from(shiftAssignments)
    .innerJoin(ambassadors, eq(shiftAssignments.ambassadorId, ambassadors.id))
    .where(inArray(shiftAssignments.shiftId, rows.map((r) => r.id)))
    .orderBy(asc(shiftAssignments.createdAt), asc(ambassadors.displayName));
  return rows.map((r) => ({
    ...r,
    assignees: people.filter((p) => p.shiftId === r.id).map(({ shiftId: _s, ...p }) => p),
  }));
}

/** An eligible ambassador left out of one shift's suggestions by their availability, with why. */
export interface NotOfferedForShift {
  id: string;
  displayName: string;
  /** Absent on the date (assigning is refused), or not available on that weekday × dagdeel (assigning allowed, with a warning). */
  reasons: SlotReason[];
}

export interface ShiftOffers {
  /** Ranked suggestions per shift id. */
  suggestions: Map<string, Suggestion[]>;
  /** Per shift id: eligible, free ambassadors not offered because of their absence or weekly availability. */
  unavailable: Map<string, NotOfferedForShift[]>;
}

/** What the suggestion ranking (lib/shifts/suggestions) reads of a candidate ambassador: for shifts and for going along to an intake. */
export const candidateColumns = {
  id: ambassadors.id,
  displayName: ambassadors.displayName,
  status: ambassadors.status,
  languages: ambassadors.languages,
  countryOfOrigin: ambassadors.countryOfOrigin,
  hasChildren: ambassadors.hasChildren,
  neighbourhoodId: ambassadors.neighbourhoodId,
};

/**
 * Ranked suggestions for every shift of an event: eligible ambassadors free at the shift's date and
 * dagdeel, not absent that day and available on that weekday × dagdeel (lib/availability; nothing
 * set counts as available); and, per shift, those left out by their availability, with why.
 * Five queries for the whole page (ambassadors, their shifts around the event's dates, their
 * weekly availability and absences).
 */
export async function shiftOffers(
  db: DbOrTx,
  event: Pick<EventRow, 'kind' | 'targetLanguages' | 'targetGroup' | 'neighbourhoodId' | 'startsOn' | 'endsOn'>,
  list: Pick<EventShift, 'id' | 'date' | 'dagdeel'>[],
): Promise<ShiftOffers> {
  const out: ShiftOffers = { suggestions: new Map(), unavailable: new Map() };
  if (!list.length) return out;
  const people = await db
    .select(candidateColumns)
    .from(ambassadors)
    // Only those who may take a shift (lib/ambassadors/eligibility): active, account not
    // deactivated, VOG received, and every further rule; the page lists the others with why.
    .where(eligibleSql());
  const from = addDays(list.reduce((m, s) => (s.date < m ? s.date : m), event.startsOn), -14);
  const to = addDays(list.reduce((m, s) => (s.date > m ? s.date : m), event.endsOn), 14);
  const around = await db
    .select({ shiftId: shiftAssignments.shiftId, ambassadorId: shiftAssignments.ambassadorId, date: shiftAssignments.date, dagdeel: shiftAssignments.dagdeel })
    .from(shiftAssignments)
    .where(and(gte(shiftAssignments.date, from), lte(shiftAssignments.date, to)));
  const availability = await availabilityOf(db, people.map((p) => p.id), { from, to });
  for (const s of list) {
    const candidates: Candidate[] = [];
    const unavailable: NotOfferedForShift[] = [];
    for (const p of people) {
      const theirs = around.filter((a) => a.ambassadorId === p.id);
      const busy = theirs.some((a) => a.shiftId === s.id || (a.date === s.date && a.dagdeel === s.dagdeel));
      const reasons = slotReasons(availability.get(p.id)!, s.date, s.dagdeel);
      if (reasons.length) {
        // Busy at that half-day anyway: not worth a line of its own.
        if (!busy) unavailable.push({ id: p.id, displayName: p.displayName, reasons });
        continue;
      }
      candidates.push({ ...p, busy, load: theirs.filter((a) => a.date >= addDays(s.date, -14) && a.date <= addDays(s.date, 14)).length });
    }
    out.suggestions.set(s.id, rankSuggestions(event, candidates));
    out.unavailable.set(s.id, unavailable.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl', { sensitivity: 'base' })));
  }
  return out;
}

/** The ranked suggestions of `shiftOffers` alone. */
export async function suggestionsForShifts(
  db: DbOrTx,
  event: Pick<EventRow, 'kind' | 'targetLanguages' | 'targetGroup' | 'neighbourhoodId' | 'startsOn' | 'endsOn'>,
  list: Pick<EventShift, 'id' | 'date' | 'dagdeel'>[],
): Promise<Map<string, Suggestion[]>> {
  return (await shiftOffers(db, event, list)).suggestions;
}

// ---------------------------------------------------------------------------------------------
// The ambassador's own shifts
// ---------------------------------------------------------------------------------------------

export interface MyShift {
  shiftId: string;
  date: string;
  dagdeel: Dagdeel;
  eventTitle: string;
  eventKind: string;
  place: string;
  attended: boolean | null;
  /** The ambassador marked it themselves (false: not marked, or marked by the coordinator). */
  selfAttested: boolean;
  partners: string[];
}

/** An ambassador's own shifts on or after `fromDate`, oldest first, with partners. */
export async function myShifts(db: DbOrTx, ambassadorId: string, fromDate: string): Promise<MyShift[]> {
  const rows = await db
    .select({
      shiftId: shifts.id,
      date: shifts.date,
      dagdeel: shifts.dagdeel,
      eventTitle: events.title,
      eventKind: events.kind,
      place: events.place,
      attended: shiftAssignments.attended,
      selfAttested: shiftAssignments.selfAttested,
    })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), gte(shifts.date, fromDate)))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel));
  const partners = await partnersOf(db, rows.map((r) => r.shiftId), ambassadorId);
  return rows.map((r) => ({ ...r, partners: partners.get(r.shiftId) ?? [] }));
}

export interface OpenShift {
  shiftId: string;
  date: string;
  dagdeel: Dagdeel;
  eventTitle: string;
  eventKind: string;
  place: string;
  wijkName: string | null;
  free: number;
  /** The ambassador already has a shift at this date and dagdeel. */
  clash: boolean;
  /** The ambassador is away that day (an absence period of theirs; signing up is refused). */
  away: boolean;
}

/** Shifts that have not started, with a free place, that this ambassador is not on (soonest first). */
export async function openShiftsFor(db: DbOrTx, ambassadorId: string, now: Date, limit = 40): Promise<OpenShift[]> {
  const taken = db
    .select({ shiftId: shiftAssignments.shiftId, n: count().as('n') })
    .from(shiftAssignments)
    .groupBy(shiftAssignments.shiftId)
    .as('taken');
  const rows = await db
    .select({
      shiftId: shifts.id,
      date: shifts.date,
      dagdeel: shifts.dagdeel,
      eventTitle: events.title,
      eventKind: events.kind,
      place: events.place,
      wijkName: neighbourhoods.name,
      free: sql<number>`(${shifts.places} - coalesce(${taken.n}, 0))::int`,
    })
    .from(shifts)
    .innerJoin(events, eq(shifts.eventId, events.id))
    .leftJoin(neighbourhoods, eq(events.neighbourhoodId, neighbourhoods.id))
    .leftJoin(taken, eq(taken.shiftId, shifts.id))
    .where(
      and(
        notStartedSql(shifts.date, shifts.dagdeel, now),
        sql`${shifts.places} > coalesce(${taken.n}, 0)`,
        sql`not exists (select 1 from ${shiftAssignments} where ${shiftAssignments.shiftId} = ${shifts.id} and ${shiftAssignments.ambassadorId} = ${ambassadorId})`,
      ),
    )
    .orderBy(asc(shifts.date), asc(shifts.dagdeel), asc(events.title))
    .limit(limit);
  const open = rows;
  if (!open.length) return [];
  const mine = await db
    .select({ date: shiftAssignments.date, dagdeel: shiftAssignments.dagdeel })
    .from(shiftAssignments)
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), inArray(shiftAssignments.date, [...new Set(open.map((r) => r.date))])));
  const dates = open.map((r) => r.date).sort();
  const { absences } = (await availabilityOf(db, [ambassadorId], { from: dates[0], to: dates[dates.length - 1] })).get(ambassadorId)!;
  return open.map((r) => ({ ...r, clash: mine.some((m) => m.date === r.date && m.dagdeel === r.dagdeel), away: absenceOn(absences, r.date) !== null }));
}

// ---------------------------------------------------------------------------------------------
// Calendar feed
// ---------------------------------------------------------------------------------------------

/** How far back the feed reaches. */
export const FEED_PAST_DAYS = 60;

/** The ambassador's own shifts for the feed: no partners, no other people's data. */
export async function feedShiftsOf(db: DbOrTx, ambassadorId: string, now: Date): Promise<FeedShift[]> {
  return db
    .select({
      shiftId: shifts.id,
      date: shifts.date,
      dagdeel: shifts.dagdeel,
      eventTitle: events.title,
      eventKind: events.kind,
      place: events.place,
    })
    .from(shiftAssignments)
    .innerJoin(shifts, eq(shiftAssignments.shiftId, shifts.id))
    .innerJoin(events, eq(shifts.eventId, events.id))
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), gte(shifts.date, addDays(todayLocal(now), -FEED_PAST_DAYS))))
    .orderBy(asc(shifts.date), asc(shifts.dagdeel));
}

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The ambassador a calendar token belongs to, or null. The token is the only authorization of the
 * feed: malformed tokens never reach the database, the match is confirmed with a constant-time
 * comparison, and ambassadors who are not active (stopped, or their account deactivated) have no feed.
 */
export async function ambassadorByCalendarToken(db: DbOrTx, token: string): Promise<{ id: string } | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const [row] = await db
    .select({ id: ambassadors.id, token: ambassadors.calendarToken })
    .from(ambassadors)
    .where(eq(ambassadors.calendarToken, token))
    .limit(1);
  if (!row) return null;
  const a = Buffer.from(row.token);
  const b = Buffer.from(token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
  // Stopped, or the account deactivated: no feed, and the same 404 as an unknown token.
  if (!(await isAmbassadorActive(db, row.id))) return null;
  return { id: row.id };
}

export async function calendarTokenOf(db: DbOrTx, ambassadorId: string): Promise<string | null> {
  const [row] = await db.select({ token: ambassadors.calendarToken }).from(ambassadors).where(eq(ambassadors.id, ambassadorId));
  return row?.token ?? null;
}

/**
 * The removal the event page may offer to undo: the shift (of this event) and the ambassador's
 * name, or null when the ids in the address do not fit. The undo itself checks who removed them
 * and when (undoUnassign).
 */
export async function removedFromShift(db: DbOrTx, eventId: string, shiftId: string, ambassadorId: string): Promise<{ shiftId: string; ambassadorId: string; name: string } | null> {
  const [shift] = await db.select({ id: shifts.id }).from(shifts).where(and(eq(shifts.id, shiftId), eq(shifts.eventId, eventId)));
  if (!shift) return null;
  const [a] = await db.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors).where(eq(ambassadors.id, ambassadorId));
  return a ? { shiftId: shift.id, ambassadorId: a.id, name: a.name } : null;
}
