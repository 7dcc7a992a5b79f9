'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { saveStepNames } from './mutations';
import { stepNamesSchema } from './schema';

export const saveStepNamesAction = authorizedAction('settings.manage', stepNamesSchema, async (input, { user }) => {
  await saveStepNames(getDb(), user.id, input);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'saved' };
});
