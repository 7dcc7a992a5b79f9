'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { logError } from '@/lib/log';
import { importPackage, ImportRejected } from '@/lib/socialmap/hsds/import';
import { loadPending, removePending } from '@/lib/socialmap/hsds/pending';
import { markVerified, reactivateOrganization, retireOrganization, retireService, saveOrganization, saveService } from './mutations';
import { idSchema, importConfirmSchema, organizationSchema, serviceSchema } from './schema';

/** The section's path and the record's id are hidden fields: an error on one is the form's error. */
const HIDDEN = { formFields: ['base', 'id', 'token'] } as const;

/** The pages under the section's path show the change (the page gave the path: lib knows no routes). */
function revalidateSection(base: string) {
  revalidatePath(base, 'layout');
}

export const saveOrganizationAction = authorizedAction('socialmap.curate', organizationSchema, async ({ base, ...input }, { user }) => {
  const id = await saveOrganization(getDb(), user.id, input);
  revalidateSection(base);
  redirect(`${base}/organizations/${id}?saved=1`);
}, HIDDEN);

export const retireOrganizationAction = authorizedAction('socialmap.curate', idSchema, async ({ base, id }, { user }) => {
  await retireOrganization(getDb(), user.id, id);
  revalidateSection(base);
  redirect(`${base}/organizations/${id}?saved=retired`);
}, HIDDEN);

export const reactivateOrganizationAction = authorizedAction('socialmap.curate', idSchema, async ({ base, id }, { user }) => {
  await reactivateOrganization(getDb(), user.id, id);
  revalidateSection(base);
  redirect(`${base}/organizations/${id}?saved=1`);
}, HIDDEN);

export const saveServiceAction = authorizedAction('socialmap.curate', serviceSchema, async ({ base, ...input }, { user }) => {
  const id = await saveService(getDb(), user.id, input);
  revalidateSection(base);
  redirect(`${base}/services/${id}?saved=1`);
}, HIDDEN);

export const retireServiceAction = authorizedAction('socialmap.curate', idSchema, async ({ base, id }, { user }) => {
  await retireService(getDb(), user.id, id);
  revalidateSection(base);
  redirect(`${base}/services/${id}?saved=retired`);
}, HIDDEN);

export const markVerifiedAction = authorizedAction('socialmap.curate', idSchema, async ({ base, id }, { user }) => {
  await markVerified(getDb(), { id: user.id, email: user.email }, id);
  revalidateSection(base);
  return { status: 'success', message: 'verifiedToday' };
}, HIDDEN);

/** Imports a previewed package (all or nothing). */
export const confirmImportAction = authorizedAction('socialmap.curate', importConfirmSchema, async ({ base, token }, { user }) => {
  const pending = await loadPending(getDb(), token, user.id);
  if (!pending) throw new ActionError('socialMapManage.errors.importNotFound');
  let result: { organizations: number; services: number };
  try {
    result = await importPackage(getDb(), user.id, pending.payload);
  } catch (e) {
    if (e instanceof ImportRejected) throw new ActionError('socialMapManage.errors.importHasErrors');
    logError('socialmap.import', e);
    throw new ActionError('socialMapManage.errors.importFailed');
  }
  await removePending(getDb(), token, user.id);
  revalidateSection(base);
  redirect(`${base}?imported=${result.services}`);
}, HIDDEN);
