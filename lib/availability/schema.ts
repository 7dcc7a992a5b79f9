import { z } from 'zod';
import { choice, isoDate, manyOf, uuid } from '@/lib/actions/validation';
import { DAGDELEN } from '@/lib/dagdelen';
import { WEEKDAYS } from '@/lib/dates';
import { ABSENCE_REASONS, type WeekSlot } from './rules';

/**
 * The ambassador's own availability forms. The week is one checkbox group per weekday (field
 * name = the weekday code, values = dagdelen); rules that need today or the other periods (not in
 * the past, no overlap) are checked in ./mutations.ts.
 */

export const weekSchema = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, manyOf(DAGDELEN)])) as Record<(typeof WEEKDAYS)[number], ReturnType<typeof manyOf<(typeof DAGDELEN)[number]>>>)
  .transform((week): WeekSlot[] => WEEKDAYS.flatMap((weekday) => (week[weekday] ?? []).map((dagdeel) => ({ weekday, dagdeel }))));
export type WeekInput = z.output<typeof weekSchema>;

export const absenceSchema = z
  .object({
    startsOn: isoDate,
    endsOn: isoDate,
    reason: choice(ABSENCE_REASONS),
  })
  .superRefine((v, ctx) => {
    if (v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'availability.errors.endBeforeStart' });
  });
export type AbsenceInput = z.output<typeof absenceSchema>;

/** A period to remove: its id from a hidden field (checked against the owner in the mutation). */
export const absenceIdSchema = z.object({ absenceId: uuid('availability.errors.notFound') });
