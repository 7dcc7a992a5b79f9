import { type AnyColumn, type SQL, and, eq, gt, inArray, or } from 'drizzle-orm';
import { addDays, amsterdamClock, parseLocalDateTime, todayLocal } from './dates';

/** Half-day shifts ("dagdelen"), in the order of the day. */
export const DAGDELEN = ['morning', 'afternoon', 'evening'] as const;
export type Dagdeel = (typeof DAGDELEN)[number];

/**
 * The one dagdeel table: when each half-day shift starts and ends, Amsterdam time. The starts are
 * the programme's rule (the cancel deadline counts from them); the shift pages and the calendar
 * feed show both; an ambassador is on a dagdeel from its start until (not including) its end.
 */
export const DAGDEEL_TIMES: Record<Dagdeel, { start: string; end: string }> = {
  morning: { start: '09:00', end: '12:30' },
  afternoon: { start: '13:00', end: '17:00' },
  evening: { start: '18:00', end: '21:00' },
};

/** An ambassador may cancel a shift until this long before it starts (real elapsed time). */
export const CANCEL_NOTICE_MS = 24 * 60 * 60 * 1000;

function at(date: string, time: string): Date {
  const d = parseLocalDateTime(`${date}T${time}`);
  if (!d) throw new Error(`not a date: ${date}`);
  return d;
}

/** The Amsterdam date and the dagdeel under way at an instant; dagdeel is null outside shift hours. */
export function dagdeelAt(now: Date): { date: string; dagdeel: Dagdeel | null } {
  const { date, time } = amsterdamClock(now);
  const hhmm = time.slice(0, 5);
  const dagdeel = DAGDELEN.find((d) => DAGDEEL_TIMES[d].start <= hhmm && hhmm < DAGDEEL_TIMES[d].end) ?? null;
  return { date, dagdeel };
}

/** The instant a shift starts: its date at the dagdeel's start, Amsterdam time. */
export function shiftStart(date: string, dagdeel: Dagdeel): Date {
  return at(date, DAGDEEL_TIMES[dagdeel].start);
}

/** The instant a shift ends (Amsterdam time). */
export function shiftEnd(date: string, dagdeel: Dagdeel): Date {
  return at(date, DAGDEEL_TIMES[dagdeel].end);
}

/** The last moment an ambassador can still cancel: 24 hours before the start. */
export function cancelDeadline(date: string, dagdeel: Dagdeel): Date {
  return new Date(shiftStart(date, dagdeel).getTime() - CANCEL_NOTICE_MS);
}

/**
 * The 24-hour rule: cancelling is allowed while at least 24 real hours remain before the start.
 * Around a change to or from summer time the deadline is therefore 08:00 or 10:00 on the clock.
 */
export function canCancel(date: string, dagdeel: Dagdeel, now: Date): boolean {
  return now.getTime() <= cancelDeadline(date, dagdeel).getTime();
}

/** A shift that has not started yet (open for sign-up). */
export function isUpcoming(date: string, dagdeel: Dagdeel, now: Date): boolean {
  return now.getTime() < shiftStart(date, dagdeel).getTime();
}

/**
 * SQL: a half-day (a shift, a training session) that has not started at `now`, Amsterdam time: a
 * later day, or a dagdeel of today that has not begun yet.
 */
export function notStartedSql(dateColumn: AnyColumn, dagdeelColumn: AnyColumn, now: Date): SQL {
  const today = todayLocal(now);
  const laterToday = DAGDELEN.filter((d) => isUpcoming(today, d, now));
  return (laterToday.length ? or(gt(dateColumn, today), and(eq(dateColumn, today), inArray(dagdeelColumn, laterToday))) : gt(dateColumn, today))!;
}

/** Attendance can be marked once the shift has started (also at the end of the same day). */
export function canMarkAttendance(date: string, dagdeel: Dagdeel, now: Date): boolean {
  return !isUpcoming(date, dagdeel, now);
}

export { addDays, todayLocal };
