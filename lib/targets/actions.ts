'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { createPeriod, setPersonalTarget } from './mutations';
import { periodSchema, personalTargetSchema } from './schema';

function revalidateTargets(periodId?: string) {
  revalidatePath('/staff');
  revalidatePath('/staff/targets');
  revalidatePath('/staff/ambassadors');
  if (periodId) revalidatePath(`/staff/targets/${periodId}`);
}

export const createPeriodAction = authorizedAction('programme.manage', periodSchema, async (input, { user }) => {
  const id = await createPeriod(getDb(), user.id, input);
  revalidateTargets(id);
  return { status: 'success', message: 'periodCreated', data: { id } };
});

/** The ids are hidden fields: a wrong one is the form's error. */
export const setPersonalTargetAction = authorizedAction(
  'programme.manage',
  personalTargetSchema,
  async (input, { user }) => {
    await setPersonalTarget(getDb(), user.id, input);
    revalidateTargets(input.periodId);
    return { status: 'success', message: input.intent === 'set' ? 'targetSaved' : 'targetCleared' };
  },
  { formFields: ['periodId', 'ambassadorId', 'intent'] },
);
