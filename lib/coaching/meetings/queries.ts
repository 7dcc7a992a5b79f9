import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, lt, lte, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, coachingBudgets, meetingAttendance, meetingObstacles, meetings } from '@/db/schema';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import type { Dagdeel } from '@/lib/dagdelen';
import type { Period } from '@/lib/targets/queries';
import { coachedMinutes } from '../log/queries';
import { DEFAULT_BUDGET, type MeetingKind, type ObstacleStatus } from './schema';

export interface MeetingRow {
  id: string;
  kind: MeetingKind;
  date: string;
  dagdeel: Dagdeel;
  place: string;
  agenda: string | null;
  present: number;
  absent: number;
  openObstacles: number;
}

// The outer meeting is named with its table: in a one-table select drizzle writes a bare "id",
// which inside the subquery would be the subquery's own row's id (obstacles have one).
const meetingId = sql.raw('"meetings"."id"');
const present = sql<number>`(select count(*) from ${meetingAttendance} ma where ma.meeting_id = ${meetingId} and ma.attended)`.mapWith(Number);
const absent = sql<number>`(select count(*) from ${meetingAttendance} ma where ma.meeting_id = ${meetingId} and not ma.attended)`.mapWith(Number);
const openObstacleCount = sql<number>`(select count(*) from ${meetingObstacles} mo where mo.meeting_id = ${meetingId} and mo.status <> 'resolved')`.mapWith(Number);

const meetingColumns = {
  id: meetings.id,
  kind: meetings.kind,
  date: meetings.date,
  dagdeel: meetings.dagdeel,
  place: meetings.place,
  agenda: meetings.agenda,
  present,
  absent,
  openObstacles: openObstacleCount,
};

export const PAST_MEETINGS = 30;

/** Meetings from today on (soonest first) and the latest past ones (latest first), with attendance counts. */
export async function listMeetings(db: DbOrTx, today: string): Promise<{ upcoming: MeetingRow[]; past: MeetingRow[] }> {
  const upcoming = await db
    .select(meetingColumns)
    .from(meetings)
    .where(gte(meetings.date, today))
    .orderBy(asc(meetings.date), asc(meetings.dagdeel), asc(meetings.id));
  const past = await db
    .select(meetingColumns)
    .from(meetings)
    .where(lt(meetings.date, today))
    .orderBy(desc(meetings.date), desc(meetings.dagdeel), asc(meetings.id))
    .limit(PAST_MEETINGS);
  return { upcoming, past };
}

export interface Attendee {
  ambassadorId: string;
  name: string;
  /** null = not marked */
  attended: boolean | null;
}

export interface ObstacleRow {
  id: string;
  meetingId: string;
  meetingDate: string;
  meetingKind: MeetingKind;
  text: string;
  status: ObstacleStatus;
  resolution: string | null;
  createdAt: Date;
}

const obstacleColumns = {
  id: meetingObstacles.id,
  meetingId: meetingObstacles.meetingId,
  meetingDate: meetings.date,
  meetingKind: meetings.kind,
  text: meetingObstacles.text,
  status: meetingObstacles.status,
  resolution: meetingObstacles.resolution,
  createdAt: meetingObstacles.createdAt,
};

/**
 * One meeting with its attendance list — the active ambassadors (lib/ambassadors/eligibility) and
 * anyone already marked, by name — and the obstacles raised at it.
 */
export async function getMeeting(db: DbOrTx, id: string): Promise<{ meeting: MeetingRow; attendees: Attendee[]; obstacles: ObstacleRow[] } | null> {
  const [meeting] = await db.select(meetingColumns).from(meetings).where(eq(meetings.id, id)).limit(1);
  if (!meeting) return null;
  const attendees = await db
    .select({ ambassadorId: ambassadors.id, name: ambassadors.displayName, attended: meetingAttendance.attended })
    .from(ambassadors)
    .leftJoin(meetingAttendance, and(eq(meetingAttendance.ambassadorId, ambassadors.id), eq(meetingAttendance.meetingId, id)))
    .where(or(ambassadorActiveSql(), sql`${meetingAttendance.meetingId} is not null`))
    .orderBy(asc(ambassadors.displayName), asc(ambassadors.id));
  const obstacles = await db
    .select(obstacleColumns)
    .from(meetingObstacles)
    .innerJoin(meetings, eq(meetingObstacles.meetingId, meetings.id))
    .where(eq(meetingObstacles.meetingId, id))
    .orderBy(asc(meetingObstacles.createdAt), asc(meetingObstacles.id));
  return { meeting, attendees, obstacles };
}

/** Obstacles not resolved yet (open, or passed on to the project leader), oldest first. */
export async function unresolvedObstacles(db: DbOrTx): Promise<ObstacleRow[]> {
  return db
    .select(obstacleColumns)
    .from(meetingObstacles)
    .innerJoin(meetings, eq(meetingObstacles.meetingId, meetings.id))
    .where(ne(meetingObstacles.status, 'resolved'))
    .orderBy(asc(meetingObstacles.createdAt), asc(meetingObstacles.id));
}

export interface Budget {
  intervisionHalfDays: number;
  coachingHours: number;
  /** false: the period has no budget of its own, these are the contract's defaults */
  own: boolean;
}

/** The period's coaching budget, or the contract's defaults (20 half-days, 200 hours). */
export async function budgetOf(db: DbOrTx, periodId: string): Promise<Budget> {
  const [row] = await db
    .select({ intervisionHalfDays: coachingBudgets.intervisionHalfDays, coachingHours: coachingBudgets.coachingHours })
    .from(coachingBudgets)
    .where(eq(coachingBudgets.periodId, periodId))
    .limit(1);
  return row ? { ...row, own: true } : { ...DEFAULT_BUDGET, own: false };
}

export interface IntervisionUse {
  budget: Budget;
  /** intervision meetings held in the period up to today: each one half-day of the budget */
  used: number;
  /** intervision meetings planned later in the period */
  planned: number;
  /** per ambassador: intervision half-days attended and minutes of individual coaching in the
   * period (only those with either), by name */
  byAmbassador: { ambassadorId: string; name: string; halfDays: number; coachingMinutes: number }[];
  /** the sum of the ambassadors' half-days */
  attendedTotal: number;
  /** the sum of the coaching conversations' minutes in the period (the coaching log) */
  coachingMinutes: number;
}

/**
 * Intervision against the budget of a period: the half-days held (a meeting dated in the period
 * up to today), those still planned, and each ambassador's attended half-days with their total.
 */
export async function intervisionUse(db: DbOrTx, period: Pick<Period, 'id' | 'startsOn' | 'endsOn'>, today: string): Promise<IntervisionUse> {
  const inPeriod = and(eq(meetings.kind, 'intervision'), gte(meetings.date, period.startsOn), lte(meetings.date, period.endsOn));
  const [held] = await db.select({ n: count() }).from(meetings).where(and(inPeriod, lte(meetings.date, today)));
  const [later] = await db.select({ n: count() }).from(meetings).where(and(inPeriod, sql`${meetings.date} > ${today}`));
  const attended = await db
    .select({ ambassadorId: ambassadors.id, name: ambassadors.displayName, halfDays: count() })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetingAttendance.meetingId, meetings.id))
    .innerJoin(ambassadors, eq(meetingAttendance.ambassadorId, ambassadors.id))
    .where(and(inPeriod, eq(meetingAttendance.attended, true)))
    .groupBy(ambassadors.id, ambassadors.displayName)
    .orderBy(asc(ambassadors.displayName), asc(ambassadors.id));
  const minutes = await coachedMinutes(db, { from: period.startsOn, to: period.endsOn });
  const coachedOnly = [...minutes.keys()].filter((id) => !attended.some((a) => a.ambassadorId === id));
  const names = coachedOnly.length
    ? await db.select({ ambassadorId: ambassadors.id, name: ambassadors.displayName }).from(ambassadors).where(inArray(ambassadors.id, coachedOnly))
    : [];
  const byAmbassador = [...attended, ...names.map((n) => ({ ...n, halfDays: 0 }))]
    .map((a) => ({ ...a, coachingMinutes: minutes.get(a.ambassadorId) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl') || a.ambassadorId.localeCompare(b.ambassadorId));
  return {
    budget: await budgetOf(db, period.id),
    used: held!.n,
    planned: later!.n,
    byAmbassador,
    attendedTotal: byAmbassador.reduce((s, a) => s + a.halfDays, 0),
    coachingMinutes: [...minutes.values()].reduce((s, m) => s + m, 0),
  };
}
