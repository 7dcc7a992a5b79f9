'use server';

import { existsSync } from 'node:fs';
import path from 'node:path';
import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { publicPageSettingsSchema } from './schema';
import { savePublicPageSettings } from './settings';

/** The administrator saves what the public page tells residents (/admin/public-page). */
export const savePublicPageSettingsAction = authorizedAction('publicPage.settings', publicPageSettingsSchema, async (input, { user }) => {
  // The logo must be a file the server already has (public/logos/…): nothing uploaded, no broken image.
  if (!existsSync(path.join(process.cwd(), 'public', input.logoPath))) {
    throw new ActionError('invalidForm', { logoPath: 'publicPageSettings.errors.logoMissing' });
  }
  await savePublicPageSettings(getDb(), user.id, input);
  revalidatePath('/', 'layout');
  return { status: 'success', message: 'saved' };
});
