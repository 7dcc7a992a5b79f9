'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { removeKeyFigure, saveAssociation, saveKeyFigure, submitContact } from './mutations';
import { associationSchema, contactSchema, keyFigureSchema, removeKeyFigureSchema } from './schema';

function revalidateAssociation(id: string) {
  revalidatePath('/staff/associations');
  revalidatePath(`/staff/associations/${id}`);
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

/** One contact: a lead for the project worker, attributed to the user's association. */
export const submitContactAction = authorizedAction(
  'association.self',
  contactSchema,
  async (input, { user, association }) => {
    await submitContact(getDb(), { id: user.id, associationId: association.id }, input);
    revalidatePath('/association');
    return { status: 'success', message: 'contactSaved', data: { name: input.name } };
  },
  { profile: 'association' },
);
