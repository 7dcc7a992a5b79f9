'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { saveCoachingSettings } from './mutations';
import { coachingSettingsSchema } from './schema';

export const saveCoachingSettingsAction = authorizedAction('coaching.manage', coachingSettingsSchema, async (input, { user }) => {
  await saveCoachingSettings(getDb(), user.id, input);
  revalidatePath('/coach', 'layout');
  revalidatePath('/staff/ambassadors');
  return { status: 'success', message: 'settingsSaved' };
});
