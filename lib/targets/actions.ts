'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { createPeriod, setPersonalTarget } from './mutations';
import { personalTargetSchema, targetFieldErrors } from './schema';

function revalidateTargets(periodId?: string) {
  revalidatePath('/staff');
  revalidatePath('/staff/targets');
  revalidatePath('/staff/ambassadors');
  if (periodId) revalidatePath(`/staff/targets/${periodId}`);
}

/** The form's fields arrive as strings; `createPeriod` validates them with `periodSchema`. */
const rawForm = z.record(z.string(), z.unknown());

export const createPeriodAction = authorizedAction('programme.manage', rawForm, async (raw, { user }) => {
  const id = await createPeriod(getDb(), user.id, raw);
  revalidateTargets(id);
  return { status: 'success', message: 'periodCreated', data: { id } };
});

export const setPersonalTargetAction = authorizedAction('programme.manage', rawForm, async (raw, { user }) => {
  const parsed = personalTargetSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = targetFieldErrors(parsed.error);
    throw new ActionError(fieldErrors.target ?? 'invalidForm', fieldErrors);
  }
  await setPersonalTarget(getDb(), user.id, parsed.data);
  revalidateTargets(parsed.data.periodId);
  return { status: 'success', message: parsed.data.intent === 'set' ? 'targetSaved' : 'targetCleared' };
});
