import { z } from 'zod';
import { attendanceListSchema, checkbox, choice, isoDate, optionalText, optionalUuid, requiredText, uuid } from '@/lib/actions/validation';
import { DAGDELEN } from '@/lib/dagdelen';

/**
 * Zod schemas of the training actions. Field messages are keys of the shared `errors` namespace;
 * rules that need the database come back from ./mutations.ts as `training.errors.*` keys.
 */

const id = uuid();

export const moduleSchema = z.object({
  /** Present when editing. */
  moduleId: optionalUuid(),
  nameNl: requiredText(120),
  nameEn: requiredText(120),
  descriptionNl: optionalText(500),
  descriptionEn: optionalText(500),
  required: checkbox,
  active: checkbox,
});
export type ModuleInput = z.output<typeof moduleSchema>;

export const sessionSchema = z.object({
  moduleId: uuid('invalidChoice'),
  date: isoDate,
  dagdeel: choice(DAGDELEN),
  room: requiredText(120),
  trainer: requiredText(120),
});
export type SessionInput = z.output<typeof sessionSchema>;

export { ATTENDANCE_MARKS, type AttendanceMark } from '@/lib/actions/validation';
/** The attendance form's field per ambassador: `a-<ambassador id>`. */
export const attendanceField = (ambassadorId: string) => `a-${ambassadorId}`;

/** The attendance list: one mark per ambassador on it (fields `a-<id>`); the ambassadors are checked in the mutation. */
export const attendanceSchema = attendanceListSchema('sessionId', 'training.errors.invalidAttendance').transform(({ id, marks }) => ({
  sessionId: id,
  marks,
}));
export type AttendanceInput = z.output<typeof attendanceSchema>;

export const issueSchema = z.object({ ambassadorId: id });
export const revokeSchema = z.object({ certificateId: id });
export const emptySchema = z.object({});
