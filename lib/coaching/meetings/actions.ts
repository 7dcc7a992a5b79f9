'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { addObstacle, createMeeting, recordMeetingAttendance, saveBudget, updateObstacle } from './mutations';
import { budgetSchema, meetingAttendanceSchema, meetingSchema, obstacleSchema, obstacleStatusSchema } from './schema';

/**
 * Thin server actions of the coaching pages (meetings, attendance, obstacles, budget). The page
 * puts its own path in the hidden field `base`; the actions revalidate and redirect under it, so
 * the same pages work wherever they are mounted.
 */

const HIDDEN = { formFields: ['base', 'meetingId', 'obstacleId', 'periodId'] } as const;

function refresh(base: string | undefined) {
  if (base) revalidatePath(base, 'layout');
  revalidatePath('/ambassador/expenses');
}

export const createMeetingAction = authorizedAction(
  'coaching.manage',
  meetingSchema,
  async ({ base, ...input }, { user }) => {
    const id = await createMeeting(getDb(), user.id, input);
    refresh(base);
    redirect(`${base}/meetings/${id}?done=meetingCreated`);
  },
  HIDDEN,
);

export const meetingAttendanceAction = authorizedAction(
  'coaching.manage',
  meetingAttendanceSchema,
  async (input, { user }) => {
    await recordMeetingAttendance(getDb(), user.id, input);
    refresh(input.base);
    return { status: 'success', message: 'attendanceSaved' };
  },
  HIDDEN,
);

export const addObstacleAction = authorizedAction(
  'coaching.manage',
  obstacleSchema,
  async ({ base, ...input }, { user }) => {
    await addObstacle(getDb(), user.id, input);
    refresh(base);
    redirect(`${base}/meetings/${input.meetingId}?done=obstacleAdded#obstacles`);
  },
  HIDDEN,
);

export const updateObstacleAction = authorizedAction(
  'coaching.manage',
  obstacleStatusSchema,
  async ({ base, ...input }, { user }) => {
    await updateObstacle(getDb(), user.id, input);
    refresh(base);
    return { status: 'success', message: 'obstacleUpdated' };
  },
  HIDDEN,
);

export const saveBudgetAction = authorizedAction(
  'coaching.manage',
  budgetSchema,
  async ({ base, ...input }, { user }) => {
    await saveBudget(getDb(), user.id, input);
    refresh(base);
    return { status: 'success', message: 'budgetSaved' };
  },
  HIDDEN,
);
