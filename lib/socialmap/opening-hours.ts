/**
 * Weekly opening hours from HSDS schedule rows (freq=WEEKLY, byday=MO,TU,…, opens_at/closes_at),
 * read in Amsterdam time. Pure (no I/O): the search page, the service page, the printed note and
 * the tests share it. The search's "open now" filter does the same test in SQL, with the clock
 * computed here (`amsterdamClock`), so an injected time works in both.
 */
import { TIME_ZONE } from '@/lib/dates';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ScheduleRow {
  freq?: string | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  valid_from?: string | null;
  valid_to?: string | null;
  description?: string | null;
}

export interface Interval {
  /** "HH:MM" */
  opens: string;
  /** "HH:MM" */
  closes: string;
}

export interface AmsterdamClock {
  weekday: Weekday;
  /** "HH:MM:SS", Amsterdam wall-clock time */
  time: string;
  /** "YYYY-MM-DD", Amsterdam date */
  date: string;
}

const SHORT_TO_CODE: Record<string, Weekday> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

/** The weekday, wall-clock time and date in Amsterdam at an instant (DST included). */
export function amsterdamClock(now: Date): AmsterdamClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return {
    weekday: SHORT_TO_CODE[get('weekday')]!,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

/** "MO, we,FR" → ['MO','WE','FR']; unknown tokens are ignored. */
export function parseByday(byday: string | null | undefined): Weekday[] {
  if (!byday) return [];
  return byday
    .split(',')
    .map((d) => d.trim().toUpperCase())
    .filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
}

const hhmm = (t: string) => t.slice(0, 5);
const hhmmss = (t: string) => (t.length === 5 ? `${t}:00` : t.slice(0, 8));

function appliesOn(row: ScheduleRow, weekday: Weekday, date?: string): boolean {
  if (row.freq && row.freq.toUpperCase() !== 'WEEKLY') return false;
  if (!row.opens_at || !row.closes_at) return false;
  if (date && row.valid_from && row.valid_from > date) return false;
  if (date && row.valid_to && row.valid_to < date) return false;
  return parseByday(row.byday).includes(weekday);
}

/** The opening intervals on a weekday, earliest first (optionally only rows valid on `date`). */
export function hoursOn(rows: readonly ScheduleRow[], weekday: Weekday, date?: string): Interval[] {
  return rows
    .filter((r) => appliesOn(r, weekday, date))
    .map((r) => ({ opens: hhmm(r.opens_at!), closes: hhmm(r.closes_at!) }))
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
  return rows.some((r) => appliesOn(r, c.weekday, c.date) && hhmmss(r.opens_at!) <= c.time && c.time < hhmmss(r.closes_at!));
}

/** The whole week, Monday first, for the service page and the printed note. */
export function weekHours(rows: readonly ScheduleRow[], date?: string): { day: Weekday; hours: Interval[] }[] {
  return WEEKDAYS.map((day) => ({ day, hours: hoursOn(rows, day, date) }));
}
