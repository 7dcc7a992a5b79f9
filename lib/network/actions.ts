'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { logContact, saveOrganisation } from './mutations';
import { networkContactSchema, organisationSchema } from './schema';

export const saveOrganisationAction = authorizedAction('network.manage', organisationSchema, async (input, { user }) => {
  const id = await saveOrganisation(getDb(), user.id, input);
  revalidatePath('/staff/network');
  revalidatePath(`/staff/network/${id}`);
  return { status: 'success', message: input.id ? 'saved' : 'created', data: { id } };
});

export const logContactAction = authorizedAction('network.manage', networkContactSchema, async (input, { user }) => {
  await logContact(getDb(), user.id, input);
  revalidatePath('/staff/network');
  revalidatePath('/staff/network/rounds');
  revalidatePath(`/staff/network/${input.organisationId}`);
  return { status: 'success', message: 'contactLogged' };
});
