/**
 * Weekly opening hours ⇄ HSDS schedules. The curation form asks, per weekday, when a service opens
 * and closes; HSDS (RFC 5545 style) stores them as schedules with freq=WEEKLY, byday=MO,TU,… and
 * opens_at / closes_at. Days with the same hours share one schedule.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface DayHours {
  /** "HH:MM" */
  opens: string;
  closes: string;
}
export type WeeklyHours = Partial<Record<Weekday, DayHours>>;

export interface ScheduleLike {
  freq?: string | null;
  byday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?$/;

/** "9:00", "09:00", "09:00:00" → "09:00"; anything else → null. */
export function normaliseTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(v);
  if (!m) return null;
  const hh = m[1]!.padStart(2, '0');
  const out = `${hh}:${m[2]}`;
  return TIME.test(out) ? out : null;
}

/** The weekday hours described by a list of schedules (only weekly ones with times count). */
export function hoursFromSchedules(schedules: readonly ScheduleLike[]): WeeklyHours {
  const out: WeeklyHours = {};
  for (const s of schedules) {
    if (s.freq && s.freq.toUpperCase() !== 'WEEKLY') continue;
    const opens = normaliseTime(s.opens_at);
    const closes = normaliseTime(s.closes_at);
    if (!opens || !closes || !s.byday) continue;
    for (const raw of s.byday.split(',')) {
      const day = raw.trim().toUpperCase().slice(-2) as Weekday;
      if ((WEEKDAYS as readonly string[]).includes(day) && !out[day]) out[day] = { opens, closes };
    }
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

/** "MO 09:00–17:00, TU 09:00–12:00" style text (CSV), with the day names given. */
export function describeHours(hours: WeeklyHours, dayName: (d: Weekday) => string = (d) => d): string {
  return WEEKDAYS.filter((d) => hours[d])
    .map((d) => `${dayName(d)} ${hours[d]!.opens}-${hours[d]!.closes}`)
    .join(', ');
}
