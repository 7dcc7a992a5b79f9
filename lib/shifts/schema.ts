import { z } from 'zod';
import { choice, isUuid, isoDate, manyOf, optionalText, optionalUuid, requiredText, uuid } from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';
import { DAGDELEN } from '@/lib/dagdelen';

/**
 * Zod schemas of the events-and-shifts actions. Field messages are keys of the `errors` namespace
 * (see lib/actions/form-state.ts); rules that need the database (dates inside the event, end after
 * start) are checked in ./mutations.ts and come back as `shifts.errors.*` keys.
 */

export const EVENT_KINDS = ['school', 'market', 'festival', 'home_visit', 'community', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Languages an event can target: the residents' languages, without Dutch and "other". */
export const TARGET_LANGUAGES = LANGUAGE_CODES.filter((c) => c !== 'nl' && c !== 'other');

export const MAX_PLACES = 10;

const id = uuid();

export const eventSchema = z.object({
  /** Present when editing. */
  eventId: optionalUuid(),
  title: requiredText(120),
  kind: choice(EVENT_KINDS),
  startsOn: isoDate,
  endsOn: isoDate,
  place: requiredText(160),
  /** A wijk code, or empty for "not in one wijk". */
  neighbourhood: z.string().trim().max(40, 'invalidChoice').optional().transform((v) => v || null),
  targetLanguages: manyOf(TARGET_LANGUAGES),
  targetGroup: optionalText(120),
  notes: optionalText(1000),
});
export type EventInput = z.output<typeof eventSchema>;

export const shiftSchema = z.object({
  eventId: id,
  date: isoDate,
  dagdeel: choice(DAGDELEN),
  places: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || '2')
    .pipe(z.string().regex(/^\d{1,2}$/, 'invalidFormat'))
    .transform(Number)
    .refine((n) => n >= 1 && n <= MAX_PLACES, 'invalidFormat'),
});
export type ShiftInput = z.output<typeof shiftSchema>;

export const shiftIdSchema = z.object({ shiftId: id });

export const assignmentSchema = z.object({ shiftId: id, ambassadorId: id });

/** How long the coordinator who took someone off a shift may put them back with one click (the page's "undo"). */
export const UNDO_UNASSIGN_MS = 5 * 60 * 1000;

/** The other side of a swap arrives as one select value: "<shiftId>:<ambassadorId>". */
export const swapSchema = z.object({
  shiftId: id,
  ambassadorId: id,
  with: z
    .string()
    .trim()
    .min(1, 'choiceRequired')
    .transform((v, ctx) => {
      const [shiftId, ambassadorId] = v.split(':');
      const ok = isUuid(shiftId) && isUuid(ambassadorId);
      if (!ok) {
        ctx.addIssue({ code: 'custom', message: 'invalidChoice' });
        return z.NEVER;
      }
      return { shiftId: shiftId!, ambassadorId: ambassadorId! };
    }),
});
export type SwapInput = z.output<typeof swapSchema>;

const attended = z.enum(['true', 'false'], { error: 'invalidChoice' }).transform((v) => v === 'true');

/** The coordinator marks anyone on a shift. */
export const attendanceSchema = z.object({ shiftId: id, ambassadorId: id, attended });

/** An ambassador marks their own attendance: the ambassador comes from the session, never the form. */
export const ownAttendanceSchema = z.object({ shiftId: id, attended });

export const emptySchema = z.object({});
