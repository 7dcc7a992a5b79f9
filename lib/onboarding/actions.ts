'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { logError } from '@/lib/log';
import { confirmOnboarding, previewOnboarding } from './mutations';
import { onboardingConfirmSchema, onboardingUploadSchema } from './schema';

/** Upload → preview: the checked rows are stored as a batch; nothing is imported yet. */
export const previewOnboardingAction = authorizedAction('onboarding.import', onboardingUploadSchema, async ({ kind, file }, { user }) => {
  const fields = await getTranslations('onboardingImport.fields');
  const out = await previewOnboarding(getDb(), { id: user.id }, kind, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, (f) =>
    fields.has(f as never) ? fields(f as never) : f,
  );
  redirect(`/admin/import/${out.batchId}`);
});

/** Confirm: imports the whole batch, once, or nothing. */
export const confirmOnboardingAction = authorizedAction(
  'onboarding.import',
  onboardingConfirmSchema,
  async ({ batchId }, { user }) => {
    try {
      await confirmOnboarding(getDb(), { id: user.id }, batchId);
    } catch (e) {
      if (e instanceof ActionError) throw e;
      logError('onboarding.import', e);
      throw new ActionError('onboardingImport.errors.importFailed');
    }
    redirect(`/admin/import/${batchId}`);
  },
  { formFields: ['batchId'] },
);
