/**
 * Amsterdam time, the one place for it. The programme runs in Zoetermeer: "today", midnight, the
 * times staff type and the hours a shift or a service keeps are Amsterdam wall-clock time, summer
 * time included. Calendar days are strings "YYYY-MM-DD"; instants are `Date`s. The SQL fragments
 * at the end do the same sums in the database. Pure (no I/O); imported with relative paths by the
 * seed scripts, so no `@/` imports here.
 */
import { type AnyColumn, type SQL, sql } from 'drizzle-orm';

export const TIME_ZONE = 'Europe/Amsterdam';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** A day of the week as RFC 5545 / HSDS writes it ("MO" … "SU"). */
export type Weekday = (typeof WEEKDAYS)[number];

/** An instant read on an Amsterdam clock. */
export interface AmsterdamClock {
  weekday: Weekday;
  /** "HH:MM:SS", Amsterdam wall-clock time */
  time: string;
  /** "YYYY-MM-DD", Amsterdam date */
  date: string;
}

const SHORT_TO_CODE: Record<string, Weekday> = { Mon: 'MO', Tue: 'TU', Wed: 'WE', Thu: 'TH', Fri: 'FR', Sat: 'SA', Sun: 'SU' };

const clockFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The date, wall-clock time and weekday in Amsterdam at an instant (DST included). */
export function amsterdamClock(instant: Date): AmsterdamClock {
  const parts = clockFormat.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return {
    weekday: SHORT_TO_CODE[get('weekday')]!,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
    date: `${get('year')}-${get('month')}-${get('day')}`,
  };
}

/** Amsterdam's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const c = amsterdamClock(instant);
  const [y, mo, d] = c.date.split('-').map(Number) as [number, number, number];
  const [h, mi, s] = c.time.split(':').map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

/**
 * "2026-11-30T10:00" (an <input type="datetime-local"> value, Amsterdam time) → the instant.
 * A time that does not exist (the hour skipped in March) moves on by an hour; the hour that
 * happens twice (October) is read as its first, summer-time, occurrence.
 */
export function parseLocalDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (h > 23 || mi > 59) return null;
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(guess)) return null;
  const check = new Date(guess);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  let instant = new Date(guess - offsetMinutes(new Date(guess)) * 60000);
  // Around a DST change the offset at the guess can differ from the offset at the result.
  instant = new Date(guess - offsetMinutes(instant) * 60000);
  return instant;
}

/** The instant → "YYYY-MM-DDTHH:mm" in Amsterdam time (for a datetime-local input). */
export function toLocalDateTimeInput(instant: Date): string {
  const c = amsterdamClock(instant);
  return `${c.date}T${c.time.slice(0, 5)}`;
}

/** The Amsterdam date of an instant (today's by default) as YYYY-MM-DD. */
export function todayLocal(now = new Date()): string {
  return amsterdamClock(now).date;
}

/** The instant a calendar day starts in Amsterdam (its midnight, 23:00 or 22:00 UTC). */
export function amsterdamMidnight(day: string): Date | null {
  return parseLocalDateTime(`${day}T00:00`);
}

/** A valid calendar date "YYYY-MM-DD". */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day `days` from `day` (YYYY-MM-DD); calendar days, so DST does not matter. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The same day `months` later (the month's last day when it has no such day): 31 Jan + 1 → 28/29 Feb. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** How many calendar days `to` is after `from` (negative when before). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The weekday of a calendar day. */
export function weekdayOf(day: string): Weekday {
  return WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!;
}

/** The Monday of the (ISO, Monday-first) week a calendar day is in. */
export function weekStartOf(day: string): string {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOf(day)));
}

// --- The same in SQL -----------------------------------------------------------------------------

/** The zone as a SQL literal (inlined, so equal expressions stay equal for GROUP BY). */
const ZONE = sql.raw(`'${TIME_ZONE}'`);

/** SQL: the instant (timestamptz) a calendar day (+ `plusDays`) starts in Amsterdam. */
export function sqlAmsterdamDayStart(day: string | SQL, plusDays = 0): SQL {
  return sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${ZONE})`;
}

/** SQL: a timestamptz read on an Amsterdam clock (a timestamp without zone: date, year, hour …). */
export function sqlInAmsterdam(instant: AnyColumn | SQL): SQL {
  return sql`(${instant} at time zone ${ZONE})`;
}
