import { type Dagdeel, DAGDELEN } from '@/lib/dagdelen';
import { WEEKDAYS, type Weekday, addDays, weekdayOf } from '@/lib/dates';

/**
 * The availability rules, pure (no I/O): an ambassador's weekly half-days and absence periods
 * against a shift's date and dagdeel. Used by the suggestions, the shift screens' "not offered
 * for this shift" list, and the refusals of sign-up and assignment (lib/shifts).
 *
 * - No weekly availability set at all → available every dagdeel (they have not said otherwise).
 * - Absent (a period that holds the date, both ends included) → never offered; the coordinator
 *   cannot assign them and they cannot sign up themselves.
 * - Not available on that weekday × dagdeel → not suggested; the coordinator may still assign
 *   them (the shift screen warns), they may still sign up themselves.
 */

export const ABSENCE_REASONS = ['holiday', 'other'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export interface WeekSlot {
  weekday: Weekday;
  dagdeel: Dagdeel;
}

export interface AbsencePeriod {
  id: string;
  startsOn: string;
  endsOn: string;
  reason: AbsenceReason;
}

export interface Availability {
  slots: WeekSlot[];
  absences: AbsencePeriod[];
}

/** Why someone is not offered for one shift: a message key and its arguments (raw: the page formats them). */
export type SlotReason =
  | { key: 'availability.errors.absentUntil'; until: string }
  | { key: 'availability.errors.notAvailableOn'; weekday: Weekday; dagdeel: Dagdeel };

/** Every weekday × dagdeel, in week order. */
export const WEEK: WeekSlot[] = WEEKDAYS.flatMap((weekday) => DAGDELEN.map((dagdeel) => ({ weekday, dagdeel })));

/** The absence period that holds this day, or null. */
export function absenceOn(absences: readonly AbsencePeriod[], date: string): AbsencePeriod | null {
  return absences.find((a) => a.startsOn <= date && date <= a.endsOn) ?? null;
}

/** Available by the weekly pattern: nothing set means available. */
export function availableAt(slots: readonly WeekSlot[], date: string, dagdeel: Dagdeel): boolean {
  if (!slots.length) return true;
  const weekday = weekdayOf(date);
  return slots.some((s) => s.weekday === weekday && s.dagdeel === dagdeel);
}

/**
 * Why this ambassador is not offered for a shift at `date`/`dagdeel` (empty: offered). An
 * absence comes first; "until" is the last day of the absence, running on through periods that
 * follow on directly (15–20 and 21–25 read "until the 25th").
 */
export function slotReasons(av: Availability, date: string, dagdeel: Dagdeel): SlotReason[] {
  const out: SlotReason[] = [];
  const absent = absenceOn(av.absences, date);
  if (absent) out.push({ key: 'availability.errors.absentUntil', until: lastDayAway(av.absences, absent) });
  if (!availableAt(av.slots, date, dagdeel)) out.push({ key: 'availability.errors.notAvailableOn', weekday: weekdayOf(date), dagdeel });
  return out;
}

function lastDayAway(absences: readonly AbsencePeriod[], from: AbsencePeriod): string {
  let until = from.endsOn;
  for (;;) {
    const next = absences.find((a) => a.startsOn <= addDays(until, 1) && a.endsOn > until);
    if (!next) return until;
    until = next.endsOn;
  }
}

/** Two periods share at least one day (both ends included). */
export function overlaps(a: Pick<AbsencePeriod, 'startsOn' | 'endsOn'>, b: Pick<AbsencePeriod, 'startsOn' | 'endsOn'>): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

/** The absence under way on `today`, else the first one after it (null: none planned). */
export function currentOrNextAbsence(absences: readonly AbsencePeriod[], today: string): AbsencePeriod | null {
  return [...absences].filter((a) => a.endsOn >= today).sort((a, b) => (a.startsOn < b.startsOn ? -1 : 1))[0] ?? null;
}
