'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import { fieldErrorsOf, formValues } from '@/lib/actions/validation';
import type { CurrentUser } from '@/lib/auth/gate';
import {
  type Self,
  assignAmbassador,
  cancelOwnShift,
  createShift,
  deleteShift,
  renewCalendarToken,
  saveEvent,
  setAttendance,
  setOwnAttendance,
  signUp,
  swapAssignments,
  unassignAmbassador,
} from './mutations';
import {
  assignmentSchema,
  attendanceSchema,
  emptySchema,
  eventSchema,
  ownAttendanceSchema,
  shiftIdSchema,
  shiftSchema,
  swapSchema,
} from './schema';

/**
 * Thin server actions: authorize (inside authorizedAction), validate, call one mutation. After a
 * success the page is shown again with a short confirmation (`?done=<key>`), which also works
 * without JavaScript; refusals come back as form errors with what was typed.
 */

function backToEvent(eventId: string, done: string, anchor?: string): never {
  revalidatePath('/staff/events');
  revalidatePath(`/staff/events/${eventId}`);
  revalidatePath('/ambassador/shifts');
  redirect(`/staff/events/${eventId}?done=${done}${anchor ? `#${anchor}` : ''}`);
}

function backToMyShifts(done: string): never {
  revalidatePath('/ambassador');
  revalidatePath('/ambassador/shifts');
  redirect(`/ambassador/shifts?done=${done}`);
}

/** The ambassador of the session: their own rows only, whatever the form says. */
function selfOf(user: CurrentUser): Self {
  if (!user.ambassadorId) throw new ActionError('notFound');
  return { userId: user.id, ambassadorId: user.ambassadorId };
}

// Coordinator ------------------------------------------------------------------------------------

/**
 * The event form arrives raw: its checkboxes (target languages) are sent back as one
 * comma-separated value after an error, so the form can tick them again.
 */
export const saveEventAction = authorizedAction('shifts.manage', z.record(z.string(), z.unknown()), async (raw, { user, formData }) => {
  const values = { ...formValues(formData), targetLanguages: formData.getAll('targetLanguages').map(String).join(',') };
  const parsed = eventSchema.safeParse(raw);
  if (!parsed.success) return { status: 'error', fieldErrors: fieldErrorsOf(parsed.error), values } satisfies FormState;
  let id: string;
  try {
    id = await saveEvent(getDb(), user.id, parsed.data);
  } catch (e) {
    if (e instanceof ActionError) return { status: 'error', formError: e.key, fieldErrors: e.fieldErrors, values } satisfies FormState;
    throw e;
  }
  backToEvent(id, parsed.data.eventId ? 'eventSaved' : 'eventCreated');
});

export const createShiftAction = authorizedAction('shifts.manage', shiftSchema, async (input, { user }) => {
  const id = await createShift(getDb(), user.id, input);
  backToEvent(input.eventId, 'shiftCreated', `shift-${id}`);
});

export const deleteShiftAction = authorizedAction('shifts.manage', shiftIdSchema, async (input, { user }) => {
  const eventId = await deleteShift(getDb(), user.id, input.shiftId);
  backToEvent(eventId, 'shiftDeleted');
});

export const assignAction = authorizedAction('shifts.manage', assignmentSchema, async (input, { user }) => {
  const eventId = await assignAmbassador(getDb(), user.id, input);
  backToEvent(eventId, 'assigned', `shift-${input.shiftId}`);
});

export const unassignAction = authorizedAction('shifts.manage', assignmentSchema, async (input, { user }) => {
  const eventId = await unassignAmbassador(getDb(), user.id, input);
  backToEvent(eventId, 'unassigned', `shift-${input.shiftId}`);
});

export const swapAction = authorizedAction('shifts.manage', swapSchema, async (input, { user }) => {
  const eventId = await swapAssignments(getDb(), user.id, input);
  backToEvent(eventId, 'swapped', `shift-${input.shiftId}`);
});

export const attendanceAction = authorizedAction('shifts.manage', attendanceSchema, async (input, { user }) => {
  const eventId = await setAttendance(getDb(), user.id, input);
  backToEvent(eventId, 'attendanceSaved', `shift-${input.shiftId}`);
});

// Ambassador (own shifts only) -----------------------------------------------------------------

export const signUpAction = authorizedAction('ambassador.self', shiftIdSchema, async (input, { user }) => {
  await signUp(getDb(), selfOf(user), input.shiftId);
  backToMyShifts('signedUp');
});

export const cancelOwnShiftAction = authorizedAction('ambassador.self', shiftIdSchema, async (input, { user }) => {
  await cancelOwnShift(getDb(), selfOf(user), input.shiftId);
  backToMyShifts('cancelled');
});

export const ownAttendanceAction = authorizedAction('ambassador.self', ownAttendanceSchema, async (input, { user }) => {
  await setOwnAttendance(getDb(), selfOf(user), input);
  backToMyShifts('attendanceSaved');
});

export const renewCalendarAction = authorizedAction('ambassador.self', emptySchema, async (_input, { user }) => {
  await renewCalendarToken(getDb(), selfOf(user));
  backToMyShifts('calendarRenewed');
});
