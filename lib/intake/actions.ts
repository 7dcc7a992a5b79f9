'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import { answerEscort, bookSlot, createSlot, inviteEscort, saveChecklist } from './mutations';
import { answerSchema, bookSchema, checklistSchema, escortSchema, slotSchema } from './schema';

const saved: FormState = { status: 'success', message: 'saved' };

export const createSlotAction = authorizedAction('intake.desk', slotSchema, async (input, { user }) => {
  await createSlot(getDb(), user.id, input);
  revalidatePath('/staff/intake');
  return saved;
});

export const bookSlotAction = authorizedAction(
  'intake.desk',
  bookSchema,
  async (input, { user }) => {
    await bookSlot(getDb(), user.id, input);
    revalidatePath(`/staff/leads/${input.leadId}`);
    return saved;
  },
  { formFields: ['leadId', 'version'] },
);

export const inviteEscortAction = authorizedAction(
  'intake.desk',
  escortSchema,
  async (input, { user }) => {
    await inviteEscort(getDb(), user.id, input);
    revalidatePath(`/staff/leads/${input.leadId}`);
    return saved;
  },
  { formFields: ['leadId'] },
);

/** Staff tick any lead's checklist; a coach only one of an intake an ambassador goes along to soon (in the mutation's WHERE). */
export const saveChecklistAction = authorizedAction(
  'intake.checklist',
  checklistSchema,
  async (input, { user }) => {
    const coach = user.role === 'coach';
    await saveChecklist(getDb(), user.id, input, { scope: coach ? 'escortedSoon' : 'all' });
    revalidatePath(coach ? '/coach/intakes' : `/staff/leads/${input.leadId}`);
    return saved;
  },
  { formFields: ['leadId'] },
);

export const answerEscortAction = authorizedAction(
  'ambassador.self',
  answerSchema,
  async (input, { user, ambassador }) => {
    await answerEscort(getDb(), { userId: user.id, ambassadorId: ambassador.id }, input);
    revalidatePath('/ambassador/intake');
    return { status: 'success', message: input.answer === 'accept' ? 'accepted' : 'declined' };
  },
  { profile: 'ambassador', formFields: ['escortId', 'answer'] },
);
