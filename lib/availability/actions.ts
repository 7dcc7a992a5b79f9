'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { type AmbassadorProfile, authorizedAction } from '@/lib/actions';
import type { CurrentUser } from '@/lib/auth/gate';
import { type Self, addAbsence, removeAbsence, saveWeek } from './mutations';
import { absenceIdSchema, absenceSchema, weekSchema } from './schema';

/**
 * The ambassador's own availability (permission `ambassador.self`, the profile from the session:
 * their own rows only, whatever the form says). After a success the page is shown again with a
 * short confirmation (`?done=<key>`), which also works without JavaScript.
 */

function self({ user, ambassador }: { user: CurrentUser; ambassador: AmbassadorProfile }): Self {
  return { userId: user.id, ambassadorId: ambassador.id };
}

function back(done: string): never {
  revalidatePath('/ambassador/availability');
  redirect(`/ambassador/availability?done=${done}`);
}

export const saveWeekAction = authorizedAction(
  'ambassador.self',
  weekSchema,
  async (slots, ctx) => {
    await saveWeek(getDb(), self(ctx), slots);
    back('weekSaved');
  },
  { profile: 'ambassador' },
);

export const addAbsenceAction = authorizedAction(
  'ambassador.self',
  absenceSchema,
  async (input, ctx) => {
    await addAbsence(getDb(), self(ctx), input);
    back('absenceAdded');
  },
  { profile: 'ambassador' },
);

export const removeAbsenceAction = authorizedAction(
  'ambassador.self',
  absenceIdSchema,
  async (input, ctx) => {
    await removeAbsence(getDb(), self(ctx), input.absenceId);
    back('absenceRemoved');
  },
  { profile: 'ambassador', formFields: ['absenceId'] },
);
