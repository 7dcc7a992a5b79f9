import { z } from 'zod';
import { attendanceListSchema, choice, isoDate, optionalText, requiredText, uuid, wholeNumber } from '@/lib/actions/validation';
import { DAGDELEN } from '@/lib/dagdelen';

/**
 * Zod schemas of the meetings (group meetings, intervision), their attendance, the obstacles
 * raised in them and the coaching budget. Field messages are the shared `errors.*` keys; rules that
 * need the database come back from ./mutations.ts as `meetings.errors.*` keys.
 */

/**
 * `base`: the coaching section's path, a hidden field the page fills in (the pages are mounted
 * under /staff/coaching and, for the coach, /coach/coaching); actions send the user back under it,
 * only ever one of those two.
 */
export const COACHING_MOUNTS = ['/staff/coaching', '/coach/coaching'] as const;
const base = z.enum(COACHING_MOUNTS);

export const MEETING_KINDS = ['group', 'intervision'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const OBSTACLE_STATUSES = ['open', 'passed_on', 'resolved'] as const;
export type ObstacleStatus = (typeof OBSTACLE_STATUSES)[number];

/** The contract's budget when a period has none of its own: 20 intervision half-days, 200 coaching hours. */
export const DEFAULT_BUDGET = { intervisionHalfDays: 20, coachingHours: 200 } as const;

export const meetingSchema = z.object({
  base,
  kind: choice(MEETING_KINDS),
  date: isoDate,
  dagdeel: choice(DAGDELEN),
  place: requiredText(120),
  agenda: optionalText(2000),
});
export type MeetingInput = Omit<z.output<typeof meetingSchema>, 'base'>;

/** The attendance list of a meeting: `meetingId` and `a-<ambassador id>` = present / absent / none. */
export const meetingAttendanceSchema = attendanceListSchema('meetingId', 'meetings.errors.invalidAttendance').transform(({ id, base, marks }) => ({
  meetingId: id,
  base,
  marks,
}));
export type MeetingAttendanceInput = Omit<z.output<typeof meetingAttendanceSchema>, 'base'>;

export const obstacleSchema = z.object({
  base,
  meetingId: uuid('meetings.errors.notFound'),
  text: requiredText(1000),
});
export type ObstacleInput = Omit<z.output<typeof obstacleSchema>, 'base'>;

/** A new status for an obstacle; resolving one needs the resolution. */
export const obstacleStatusSchema = z
  .object({
    base,
    obstacleId: uuid('meetings.errors.obstacleNotFound'),
    status: choice(OBSTACLE_STATUSES),
    resolution: optionalText(1000),
  })
  .refine((v) => v.status !== 'resolved' || !!v.resolution, { message: 'meetings.errors.resolutionRequired', path: ['resolution'] });
export type ObstacleStatusInput = Omit<z.output<typeof obstacleStatusSchema>, 'base'>;

const count = (max: number) => wholeNumber(0, max, { format: 'meetings.errors.wholeNumber' });

/** The budget of a target period: intervision half-days and coaching hours. */
export const budgetSchema = z.object({
  base,
  periodId: uuid('meetings.errors.periodNotFound'),
  intervisionHalfDays: count(1000),
  coachingHours: count(10000),
});
export type BudgetInput = Omit<z.output<typeof budgetSchema>, 'base'>;
