'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import {
  addContactAttempt,
  addNote,
  addProvider,
  assignLead,
  changeStep,
  createStaffLead,
  mergeLeads,
  setBarriers,
  setIntake,
  setPlan,
  setNetworkCredit,
  setProviderActive,
  updateLeadDetails,
} from './mutations';
import {
  assignSchema,
  barriersSchema,
  contactAttemptSchema,
  intakeSchema,
  leadDetailsSchema,
  mergeSchema,
  networkCreditSchema,
  noteSchema,
  planSchema,
  providerActiveSchema,
  providerSchema,
  staffCreateSchema,
  stepSchema,
} from './schema';

const saved: FormState = { status: 'success', message: 'saved' };

/** Runs a lead write; on a version conflict the page is refreshed so the newest data shows beside the kept input. */
async function onLead<T>(leadId: string, fn: () => Promise<T>): Promise<FormState> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ActionError && e.key === 'conflict') revalidatePath(`/staff/leads/${leadId}`);
    throw e;
  }
  revalidatePath(`/staff/leads/${leadId}`);
  return saved;
}

export const updateLeadDetailsAction = authorizedAction('leads.work', leadDetailsSchema, (input, { user }) =>
  onLead(input.leadId, () => updateLeadDetails(getDb(), user.id, input)),
);

export const setNetworkCreditAction = authorizedAction('leads.work', networkCreditSchema, (input, { user }) =>
  onLead(input.leadId, () => setNetworkCredit(getDb(), user.id, input)),
);

export const changeStepAction = authorizedAction('leads.work', stepSchema, (input, { user }) =>
  onLead(input.leadId, () => changeStep(getDb(), user.id, input)),
);

export const setIntakeAction = authorizedAction('leads.work', intakeSchema, (input, { user }) =>
  onLead(input.leadId, () => setIntake(getDb(), user.id, input)),
);

export const setPlanAction = authorizedAction('leads.work', planSchema, (input, { user }) =>
  onLead(input.leadId, () => setPlan(getDb(), user.id, input)),
);

export const setBarriersAction = authorizedAction('leads.work', barriersSchema, (input, { user }) =>
  onLead(input.leadId, () => setBarriers(getDb(), user.id, input)),
);

export const assignLeadAction = authorizedAction('leads.work', assignSchema, (input, { user }) =>
  onLead(input.leadId, () => assignLead(getDb(), user.id, input)),
);

export const addContactAttemptAction = authorizedAction('leads.work', contactAttemptSchema, (input, { user }) =>
  onLead(input.leadId, () => addContactAttempt(getDb(), user.id, input)),
);

export const addNoteAction = authorizedAction('leads.work', noteSchema, (input, { user }) =>
  onLead(input.leadId, () => addNote(getDb(), user.id, input)),
);

export const mergeLeadsAction = authorizedAction('leads.merge', mergeSchema, async (input, { user }) => {
  const keepId = await mergeLeads(getDb(), user.id, input);
  revalidatePath(`/staff/leads/${keepId}`);
  redirect(`/staff/leads/${keepId}?done=merged`);
});

export const createStaffLeadAction = authorizedAction('leads.work', staffCreateSchema, async (input, { user }) => {
  const id = await createStaffLead(getDb(), user.id, input);
  redirect(`/staff/leads/${id}`);
});

export const addProviderAction = authorizedAction('programme.manage', providerSchema, async (input, { user }) => {
  await addProvider(getDb(), user.id, input.name);
  revalidatePath('/staff/providers');
  return saved;
});

export const setProviderActiveAction = authorizedAction('programme.manage', providerActiveSchema, async (input, { user }) => {
  await setProviderActive(getDb(), user.id, input.providerId, input.active === 'true');
  revalidatePath('/staff/providers');
  return saved;
});
