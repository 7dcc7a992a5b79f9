'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { fieldErrorsOf, formDataToObject } from '@/lib/actions/validation';
import { logError } from '@/lib/log';
import { importPackage, ImportRejected } from '@/lib/socialmap/hsds/import';
import { loadPending, removePending } from '@/lib/socialmap/hsds/pending';
import { markVerified, reactivateOrganization, retireOrganization, retireService, saveOrganization, saveService } from './mutations';
import { idSchema, importConfirmSchema, MANAGE_ERROR_KEYS, manageBase, organizationSchema, serviceSchema } from './schema';

/** Zod errors → field keys, keeping this feature's own keys (closesBeforeOpens, …). */
function parseOrThrow<S extends z.ZodType>(schema: S, formData: FormData): z.output<S> {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (parsed.success) return parsed.data;
  const out = fieldErrorsOf(parsed.error);
  const seen = new Set<string>();
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    if (seen.has(field)) continue;
    seen.add(field);
    if ((MANAGE_ERROR_KEYS as readonly string[]).includes(issue.message)) out[field] = issue.message;
  }
  throw new ActionError('invalidForm', out);
}

function revalidateBoth() {
  revalidatePath('/staff/social-map/manage', 'layout');
  revalidatePath('/admin/social-map', 'layout');
}

const loose = z.object({}).loose();

export const saveOrganizationAction = authorizedAction('socialmap.curate', loose, async (_i, { user, formData }) => {
  const { area, ...input } = parseOrThrow(organizationSchema, formData);
  const id = await saveOrganization(getDb(), user.id, input);
  revalidateBoth();
  redirect(`${manageBase(area)}/organizations/${id}?saved=1`);
});

export const retireOrganizationAction = authorizedAction('socialmap.curate', idSchema, async ({ area, id }, { user }) => {
  await retireOrganization(getDb(), user.id, id);
  revalidateBoth();
  redirect(`${manageBase(area)}/organizations/${id}?saved=retired`);
});

export const reactivateOrganizationAction = authorizedAction('socialmap.curate', idSchema, async ({ area, id }, { user }) => {
  await reactivateOrganization(getDb(), user.id, id);
  revalidateBoth();
  redirect(`${manageBase(area)}/organizations/${id}?saved=1`);
});

export const saveServiceAction = authorizedAction('socialmap.curate', loose, async (_i, { user, formData }) => {
  const { area, ...input } = parseOrThrow(serviceSchema, formData);
  const id = await saveService(getDb(), user.id, input);
  revalidateBoth();
  redirect(`${manageBase(area)}/services/${id}?saved=1`);
});

export const retireServiceAction = authorizedAction('socialmap.curate', idSchema, async ({ area, id }, { user }) => {
  await retireService(getDb(), user.id, id);
  revalidateBoth();
  redirect(`${manageBase(area)}/services/${id}?saved=retired`);
});

export const markVerifiedAction = authorizedAction('socialmap.curate', idSchema, async ({ id }, { user }) => {
  await markVerified(getDb(), { id: user.id, email: user.email }, id);
  revalidateBoth();
  return { status: 'success', message: 'verifiedToday' };
});

/** Imports a previewed package (all or nothing). */
export const confirmImportAction = authorizedAction('socialmap.curate', importConfirmSchema, async ({ area, token }, { user }) => {
  const pending = await loadPending(getDb(), token, user.id);
  if (!pending) throw new ActionError('importNotFound');
  let result: { organizations: number; services: number };
  try {
    result = await importPackage(getDb(), user.id, pending.payload);
  } catch (e) {
    if (e instanceof ImportRejected) throw new ActionError('importHasErrors');
    logError('socialmap.import', e);
    throw new ActionError('importFailed');
  }
  await removePending(getDb(), token, user.id);
  revalidateBoth();
  redirect(`${manageBase(area)}?imported=${result.services}`);
});
