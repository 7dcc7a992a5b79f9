'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { type AmbassadorProfile, authorizedAction } from '@/lib/actions';
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
  undoUnassign,
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

function backToEvent(eventId: string, done: string, anchor?: string, extra?: Record<string, string>): never {
  revalidatePath('/staff/events');
  revalidatePath(`/staff/events/${eventId}`);
  revalidatePath('/ambassador/shifts');
  const query = new URLSearchParams({ done, ...extra });
  redirect(`/staff/events/${eventId}?${query}${anchor ? `#${anchor}` : ''}`);
}

function backToMyShifts(done: string): never {
  revalidatePath('/ambassador');
  revalidatePath('/ambassador/shifts');
  redirect(`/ambassador/shifts?done=${done}`);
}

/** The ambassador of the session (the wrapper's profile): their own rows only, whatever the form says. */
function self({ user, ambassador }: { user: CurrentUser; ambassador: AmbassadorProfile }): Self {
  return { userId: user.id, ambassadorId: ambassador.id };
}

/** An ambassador's own actions: the profile from the session; the shift id is a hidden field. */
const OWN = { profile: 'ambassador', formFields: ['shiftId'] } as const;

// Coordinator ------------------------------------------------------------------------------------

/** The event form; its checkboxes (target languages) come back ticked after an error (the wrapper keeps every value). */
export const saveEventAction = authorizedAction('shifts.manage', eventSchema, async (input, { user }) => {
  const id = await saveEvent(getDb(), user.id, input);
  backToEvent(id, input.eventId ? 'eventSaved' : 'eventCreated');
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

/** After a removal the page says who was removed and offers the undo (the ids in the address; the undo checks them again). */
export const unassignAction = authorizedAction('shifts.manage', assignmentSchema, async (input, { user }) => {
  const eventId = await unassignAmbassador(getDb(), user.id, input);
  backToEvent(eventId, 'unassigned', undefined, { shift: input.shiftId, ambassador: input.ambassadorId });
});

/** Puts a removed ambassador back: only the coordinator who removed them, only shortly after (undoUnassign checks both). */
export const undoUnassignAction = authorizedAction(
  'shifts.manage',
  assignmentSchema,
  async (input, { user }) => {
    const eventId = await undoUnassign(getDb(), user.id, input);
    backToEvent(eventId, 'reassigned', `shift-${input.shiftId}`);
  },
  { formFields: ['shiftId', 'ambassadorId'] },
);

export const swapAction = authorizedAction('shifts.manage', swapSchema, async (input, { user }) => {
  const eventId = await swapAssignments(getDb(), user.id, input);
  backToEvent(eventId, 'swapped', `shift-${input.shiftId}`);
});

export const attendanceAction = authorizedAction('shifts.manage', attendanceSchema, async (input, { user }) => {
  const eventId = await setAttendance(getDb(), user.id, input);
  backToEvent(eventId, 'attendanceSaved', `shift-${input.shiftId}`);
});

// Ambassador (own shifts only) -----------------------------------------------------------------

export const signUpAction = authorizedAction(
  'ambassador.self',
  shiftIdSchema,
  async (input, ctx) => {
    await signUp(getDb(), self(ctx), input.shiftId);
    backToMyShifts('signedUp');
  },
  OWN,
);

export const cancelOwnShiftAction = authorizedAction(
  'ambassador.self',
  shiftIdSchema,
  async (input, ctx) => {
    await cancelOwnShift(getDb(), self(ctx), input.shiftId);
    backToMyShifts('cancelled');
  },
  OWN,
);

export const ownAttendanceAction = authorizedAction(
  'ambassador.self',
  ownAttendanceSchema,
  async (input, ctx) => {
    await setOwnAttendance(getDb(), self(ctx), input);
    backToMyShifts('attendanceSaved');
  },
  OWN,
);

export const renewCalendarAction = authorizedAction(
  'ambassador.self',
  emptySchema,
  async (_input, ctx) => {
    await renewCalendarToken(getDb(), self(ctx));
    backToMyShifts('calendarRenewed');
  },
  { profile: 'ambassador' },
);
