'use server';

import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { broadcastToAmbassadors, savePreferences } from './mutations';
import { broadcastSchema, preferencesSchema } from './schema';

/** One's own message preferences. */
export const savePreferencesAction = authorizedAction('notifications.self', preferencesSchema, async (input, { user }) => {
  await savePreferences(getDb(), user, input);
  return { status: 'success', message: 'account.messages.saved' };
});

/** The coordinator's message to all or selected ambassadors (/staff/events). */
export const broadcastAction = authorizedAction('notifications.broadcast', broadcastSchema, async (input, { user }) => {
  await broadcastToAmbassadors(getDb(), user, input);
  return { status: 'success', message: 'notifications.broadcast.sent' };
});
