'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { addGoalNote, logSession, saveGoal } from './mutations';
import { goalNoteSchema, goalSchema, sessionSchema } from './schema';

function revalidate(ambassadorId: string) {
  revalidatePath('/coach');
  revalidatePath(`/coach/ambassadors/${ambassadorId}`);
}

export const logSessionAction = authorizedAction(
  'coaching.manage',
  sessionSchema,
  async (input, { user }) => {
    await logSession(getDb(), user.id, input);
    revalidate(input.ambassadorId);
    return { status: 'success', message: 'sessionLogged' };
  },
  { formFields: ['ambassadorId'] },
);

export const saveGoalAction = authorizedAction(
  'coaching.manage',
  goalSchema,
  async (input, { user }) => {
    await saveGoal(getDb(), user.id, input);
    revalidate(input.ambassadorId);
    return { status: 'success', message: 'goalSaved' };
  },
  { formFields: ['ambassadorId'] },
);

export const addGoalNoteAction = authorizedAction(
  'coaching.manage',
  goalNoteSchema,
  async (input, { user }) => {
    await addGoalNote(getDb(), user.id, input);
    revalidate(input.ambassadorId);
    return { status: 'success', message: 'goalNoteAdded' };
  },
  { formFields: ['ambassadorId'] },
);
