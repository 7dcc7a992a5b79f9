'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { createFieldSignal, createSignal, linkSignalLead, replyToSignal, setSignalHandled, signalToLead, signalToReferral, unlinkSignalLead } from './mutations';
import { fieldSignalSchema, signalLeadSchema, signalNewLeadSchema, signalReferralSchema, signalReplySchema, signalSchema, signalStatusSchema } from './schema';

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

/** An ambassador passes on a signal from the field (their own profile; no resident's details). */
export const createFieldSignalAction = authorizedAction(
  'ambassador.self',
  fieldSignalSchema,
  async (input, { user, ambassador }) => {
    if (ambassador.status !== 'active') return { status: 'error', formError: 'fieldSignal.errors.notActive' };
    await createFieldSignal(getDb(), { userId: user.id, ambassadorId: ambassador.id }, input);
    revalidatePath('/ambassador/signal');
    revalidatePath('/staff/signals');
    return { status: 'success', message: 'fieldSignal.saved' };
  },
  { profile: 'ambassador' },
);

export const signalToReferralAction = authorizedAction('associations.manage', signalReferralSchema, async (input, { user }) => {
  const referralId = await signalToReferral(getDb(), { id: user.id, role: user.role }, input);
  revalidateSignal(input.signalId);
  return { status: 'success', message: 'referralMade', data: { referralId } };
});

export const signalToLeadAction = authorizedAction('associations.manage', signalNewLeadSchema, async (input, { user }) => {
  const leadId = await signalToLead(getDb(), user.id, input);
  revalidateSignal(input.signalId);
  return { status: 'success', message: 'leadMade', data: { leadId } };
});
