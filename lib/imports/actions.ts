'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { logError } from '@/lib/log';
import { confirmImport, previewImport } from './mutations';
import { confirmSchema, uploadSchema } from './schema';

/**
 * Upload → preview. Nothing is imported: the checked rows are stored as a batch and the user is
 * sent to its page to look at them and confirm.
 */
export const previewImportAction = authorizedAction(
  'association.self',
  uploadSchema,
  async ({ file }, { user, association }) => {
    const actor = { id: user.id, associationId: association.id };
    const columns = await getTranslations('associationImport.columnNames');
    const out = await previewImport(getDb(), actor, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, (field) => columns(field));
    redirect(`/association/import/${out.batchId}`);
  },
  { profile: 'association' },
);

/** Confirm: imports the batch's valid rows, once. */
export const confirmImportAction = authorizedAction(
  'association.self',
  confirmSchema,
  async ({ batchId }, { user, association }) => {
    try {
      await confirmImport(getDb(), { id: user.id, associationId: association.id }, batchId);
    } catch (e) {
      if (e instanceof ActionError) throw e;
      // A database failure halfway: the transaction left nothing behind; say so plainly.
      logError('association.import', e);
      throw new ActionError('associationImport.errors.importFailed');
    }
    revalidatePath('/association');
    redirect(`/association/import/${batchId}`);
  },
  { profile: 'association', formFields: ['batchId'] },
);
