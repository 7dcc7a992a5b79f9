'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { logError } from '@/lib/log';
import { confirmImport, createSignal, previewImport, submitContact } from './mutations';
import { confirmSchema, contactSchema, issueKeys, signalSchema, uploadSchema } from './schema';

/** One contact: a lead for the project worker, attributed to the user's association. */
export const submitContactAction = authorizedAction('association.self', contactSchema, async (input, { user }) => {
  await submitContact(getDb(), user, input);
  revalidatePath('/association');
  return { status: 'success', message: 'contactSaved', data: { name: input.name } };
});

/**
 * Upload → preview. Nothing is imported: the checked rows are stored as a batch and the user is
 * sent to its page to look at them and confirm.
 */
export const previewImportAction = authorizedAction('association.self', z.object({}).loose(), async (_input, { user, formData }) => {
  const parsed = uploadSchema.safeParse({ file: formData.get('file') ?? undefined, consent: formData.get('consent') ?? undefined });
  if (!parsed.success) throw new ActionError('invalidForm', issueKeys(parsed.error));
  const { file } = parsed.data;
  const out = await previewImport(getDb(), user, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  redirect(`/association/import/${out.batchId}`);
});

/** Confirm: imports the batch's valid rows, once. */
export const confirmImportAction = authorizedAction('association.self', confirmSchema, async ({ batchId }, { user }) => {
  try {
    await confirmImport(getDb(), user, batchId);
  } catch (e) {
    if (e instanceof ActionError) throw e;
    // A database failure halfway: the transaction left nothing behind; say so plainly.
    logError('association.import', e);
    throw new ActionError('importFailed');
  }
  revalidatePath('/association');
  redirect(`/association/import/${batchId}`);
});

export const createSignalAction = authorizedAction('association.self', signalSchema, async (input, { user }) => {
  await createSignal(getDb(), user, input);
  revalidatePath('/association/signals');
  return { status: 'success', message: 'signalSaved' };
});
