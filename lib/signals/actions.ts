'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { createSignal, linkSignalLead, replyToSignal, setSignalHandled, unlinkSignalLead } from './mutations';
import { signalLeadSchema, signalReplySchema, signalSchema, signalStatusSchema } from './schema';

function revalidateSignal(id: string) {
  revalidatePath('/staff/signals');
  revalidatePath(`/staff/signals/${id}`);
  revalidatePath('/association', 'layout');
}

export const createSignalAction = authorizedAction(
  'association.self',
  signalSchema,
  async (input, { user, association }) => {
    await createSignal(getDb(), { id: user.id, associationId: association.id }, input);
    revalidatePath('/association/signals');
    return { status: 'success', message: 'signalSaved' };
  },
  { profile: 'association' },
);

export const replyToSignalAction = authorizedAction('associations.manage', signalReplySchema, async (input, { user }) => {
  await replyToSignal(getDb(), user.id, input);
  revalidateSignal(input.signalId);
  return { status: 'success', message: input.handle ? 'repliedAndHandled' : 'replied' };
});

export const setSignalHandledAction = authorizedAction('associations.manage', signalStatusSchema, async (input, { user }) => {
  await setSignalHandled(getDb(), user.id, input.signalId, input.handled);
  revalidateSignal(input.signalId);
  return { status: 'success', message: input.handled ? 'handled' : 'reopened' };
});

export const linkSignalLeadAction = authorizedAction('associations.manage', signalLeadSchema, async (input, { user }) => {
  await linkSignalLead(getDb(), user.id, input.signalId, input.leadId);
  revalidateSignal(input.signalId);
  return { status: 'success', message: 'linked' };
});

export const unlinkSignalLeadAction = authorizedAction('associations.manage', signalLeadSchema, async (input, { user }) => {
  await unlinkSignalLead(getDb(), user.id, input.signalId, input.leadId);
  revalidateSignal(input.signalId);
  return { status: 'success', message: 'unlinked' };
});
