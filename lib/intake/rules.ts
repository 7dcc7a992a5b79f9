/**
 * The intake desk's pure rules: the checklist, the dagdeel of a clock time, the first name shown to
 * an ambassador. No I/O, so they are unit-tested on their own.
 */
import { DAGDEEL_TIMES, type Dagdeel } from '@/lib/dagdelen';

/** What a resident brings to the intake; ticked beforehand on the lead. */
export const INTAKE_CHECKLIST = ['id', 'residencePermit', 'addressProof', 'diplomas'] as const;
export type ChecklistItem = (typeof INTAKE_CHECKLIST)[number];

export function checklistComplete(ticked: readonly string[]): boolean {
  return INTAKE_CHECKLIST.every((item) => ticked.includes(item));
}

/**
 * The dagdeel an appointment at this Amsterdam clock time ("HH:MM") falls in, for the ambassador's
 * allowance: before the afternoon starts it is the morning, before the evening the afternoon.
 */
export function dagdeelOfTime(hhmm: string): Dagdeel {
  if (hhmm < DAGDEEL_TIMES.afternoon.start) return 'morning';
  if (hhmm < DAGDEEL_TIMES.evening.start) return 'afternoon';
  return 'evening';
}

/** The first name only: what an ambassador going along sees of the resident. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}
