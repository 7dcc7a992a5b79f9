/**
 * Weekly opening hours, the one place they are read and written: HSDS schedule rows
 * (freq=WEEKLY, byday=MO,TU,…, opens_at/closes_at) ⇄ the hours per weekday, read in Amsterdam
 * time. Pure (no I/O): the search page, the service page, the printed note, the curation form, the
 * HSDS import/export and the tests share it. The search's "open now" filter does the same test in
 * SQL, with the clock computed by `amsterdamClock` (lib/dates), so an injected time works in both.
 */
import { WEEKDAYS, type Weekday, amsterdamClock } from '@/lib/dates';

export { WEEKDAYS, type Weekday };

export interface ScheduleRow {
  freq?: string | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  description?: string | null;
}

/** What the curation form and the HSDS mapping hand in: a schedule row with any field missing. */
export type ScheduleLike = Partial<Pick<ScheduleRow, 'freq' | 'byday' | 'opens_at' | 'closes_at'>>;

export interface Interval {
  /** "HH:MM" */
  opens: string;
  /** "HH:MM" */
  closes: string;
}
export type DayHours = Interval;
export type WeeklyHours = Partial<Record<Weekday, DayHours>>;

const BYDAY = /^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$/;

/** "MO, we,FR" (RFC 5545 also allows "1MO") → ['MO','WE','FR']; unknown tokens are ignored. */
export function parseByday(byday: string | null | undefined): Weekday[] {
  if (!byday) return [];
  return byday
    .split(',')
    .map((d) => BYDAY.exec(d.trim().toUpperCase())?.[1] as Weekday | undefined)
    .filter((d): d is Weekday => !!d);
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

/** "9:00", "09:00", "09:00:00" → "09:00"; anything else → null. */
export function normaliseTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const out = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return TIME.test(out) ? out : null;
}

/** A weekly schedule row with both times: its days and its hours, or null for any other row. */
function weekly(row: ScheduleLike): { days: Weekday[]; opens: string; closes: string } | null {
  if (row.freq && row.freq.toUpperCase() !== 'WEEKLY') return null;
  const opens = normaliseTime(row.opens_at);
  const closes = normaliseTime(row.closes_at);
  if (!opens || !closes) return null;
  return { days: parseByday(row.byday), opens, closes };
}

function validOn(row: ScheduleRow, date?: string): boolean {
  if (date && row.valid_from && row.valid_from > date) return false;
  if (date && row.valid_to && row.valid_to < date) return false;
  return true;
}

/** The opening intervals on a weekday, earliest first (optionally only rows valid on `date`). */
export function hoursOn(rows: readonly ScheduleRow[], weekday: Weekday, date?: string): Interval[] {
  return rows
    .filter((r) => validOn(r, date))
    .map(weekly)
    .filter((w): w is NonNullable<typeof w> => !!w && w.days.includes(weekday))
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => a.opens.localeCompare(b.opens) || a.closes.localeCompare(b.closes));
}

/** Today's opening intervals in Amsterdam. */
export function hoursToday(rows: readonly ScheduleRow[], now: Date): Interval[] {
  const c = amsterdamClock(now);
  return hoursOn(rows, c.weekday, c.date);
}

/** Open at this instant: a row for today's weekday with opens_at <= now < closes_at (Amsterdam time). */
export function isOpenAt(rows: readonly ScheduleRow[], now: Date): boolean {
  const c = amsterdamClock(now);
  const hhmm = c.time.slice(0, 5);
  return hoursOn(rows, c.weekday, c.date).some((i) => i.opens <= hhmm && hhmm < i.closes);
}

/** The whole week, Monday first, for the service page and the printed note. */
export function weekHours(rows: readonly ScheduleRow[], date?: string): { day: Weekday; hours: Interval[] }[] {
  return WEEKDAYS.map((day) => ({ day, hours: hoursOn(rows, day, date) }));
}

/** The weekday hours described by a list of schedules (the first weekly one with times for a day wins). */
export function hoursFromSchedules(schedules: readonly ScheduleLike[]): WeeklyHours {
  const out: WeeklyHours = {};
  for (const s of schedules) {
    const w = weekly(s);
    if (!w) continue;
    for (const day of w.days) if (!out[day]) out[day] = { opens: w.opens, closes: w.closes };
  }
  return out;
}

/** Schedules for weekday hours: one per distinct opening time, days in week order. */
export function schedulesFromHours(hours: WeeklyHours): { freq: 'WEEKLY'; byday: string; opens_at: string; closes_at: string }[] {
  const groups = new Map<string, Weekday[]>();
  for (const day of WEEKDAYS) {
    const h = hours[day];
    if (!h) continue;
    const key = `${h.opens}-${h.closes}`;
    groups.set(key, [...(groups.get(key) ?? []), day]);
  }
  return [...groups.entries()].map(([key, days]) => {
    const [opens_at, closes_at] = key.split('-') as [string, string];
    return { freq: 'WEEKLY' as const, byday: days.join(','), opens_at, closes_at };
  });
}

/** "MO 09:00-17:00, TU 09:00-12:00" style text (CSV), with the day names given. */
export function describeHours(hours: WeeklyHours, dayName: (d: Weekday) => string = (d) => d): string {
  return WEEKDAYS.filter((d) => hours[d])
    .map((d) => `${dayName(d)} ${hours[d]!.opens}-${hours[d]!.closes}`)
    .join(', ');
}
