'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { linkSignalLead, removeKeyFigure, replyToSignal, saveAssociation, saveKeyFigure, setSignalHandled, unlinkSignalLead } from './mutations';
import { associationSchema, keyFigureSchema, removeKeyFigureSchema, signalLeadSchema, signalReplySchema, signalStatusSchema } from './schema';

function revalidateAssociation(id: string) {
  revalidatePath('/staff/associations');
  revalidatePath(`/staff/associations/${id}`);
}
function revalidateSignal(id: string) {
  revalidatePath('/staff/signals');
  revalidatePath(`/staff/signals/${id}`);
  revalidatePath('/association', 'layout');
}

export const saveAssociationAction = authorizedAction('associations.manage', associationSchema, async (input, { user }) => {
  const id = await saveAssociation(getDb(), user.id, input);
  revalidateAssociation(id);
  return { status: 'success', message: input.id ? 'saved' : 'created', data: { id } };
});

export const saveKeyFigureAction = authorizedAction('associations.manage', keyFigureSchema, async (input, { user }) => {
  await saveKeyFigure(getDb(), user.id, input);
  revalidateAssociation(input.associationId);
  return { status: 'success', message: input.id ? 'keyFigureSaved' : 'keyFigureAdded' };
});

export const removeKeyFigureAction = authorizedAction('associations.manage', removeKeyFigureSchema, async (input, { user }) => {
  await removeKeyFigure(getDb(), user.id, input);
  revalidateAssociation(input.associationId);
  return { status: 'success', message: 'keyFigureRemoved' };
});

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
