'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import type { FormState } from '@/lib/actions/form-state';
import { confirmDropped, confirmOffer, confirmProgress, confirmSigned, nominateAmbassador, saveCourse, type ProviderActor } from './mutations';
import { courseSchema, droppedSchema, nominateSchema, offerSchema, progressSchema, signedSchema } from './schema';

/** The journey's step errors, said in the provider's words (`providers.errors.*`). */
const STEP_ERRORS = ['leadNotFound', 'conflict', 'notForward', 'notOpen', 'signedDateRequired'];

/** Runs a confirmation for one resident; the provider's pages (and the staff's lead page) show the new step. */
async function confirm(leadId: string, fn: () => Promise<unknown>): Promise<FormState> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof ActionError && STEP_ERRORS.includes(e.key)) {
      revalidatePath(`/provider/residents/${leadId}`);
      throw new ActionError(`providers.errors.${e.key}`, e.fieldErrors);
    }
    throw e;
  }
  revalidatePath('/provider');
  revalidatePath(`/provider/residents/${leadId}`);
  revalidatePath(`/staff/leads/${leadId}`);
  return { status: 'success', message: 'providers.confirmed' };
}

const actorOf = (user: { id: string }, provider: { id: string }): ProviderActor => ({ userId: user.id, providerId: provider.id });

export const confirmOfferAction = authorizedAction('provider.self', offerSchema, (input, { user, provider }) =>
  confirm(input.leadId, () => confirmOffer(getDb(), actorOf(user, provider), input)),
  { profile: 'provider', formFields: ['leadId', 'version'] },
);

export const confirmSignedAction = authorizedAction('provider.self', signedSchema, (input, { user, provider }) =>
  confirm(input.leadId, () => confirmSigned(getDb(), actorOf(user, provider), input)),
  { profile: 'provider', formFields: ['leadId', 'version'] },
);

export const confirmProgressAction = authorizedAction('provider.self', progressSchema, (input, { user, provider }) =>
  confirm(input.leadId, () => confirmProgress(getDb(), actorOf(user, provider), input)),
  { profile: 'provider', formFields: ['leadId', 'version', 'step'] },
);

export const confirmDroppedAction = authorizedAction('provider.self', droppedSchema, (input, { user, provider }) =>
  confirm(input.leadId, () => confirmDropped(getDb(), actorOf(user, provider), input)),
  { profile: 'provider', formFields: ['leadId', 'version'] },
);

/** A provider's own course (new or edited). */
export const saveOwnCourseAction = authorizedAction(
  'provider.self',
  courseSchema,
  async (input, { user, provider }) => {
    await saveCourse(getDb(), { userId: user.id, providerId: provider.id }, input);
    revalidatePath('/provider/courses');
    return { status: 'success', message: 'providers.courseSaved' };
  },
  { profile: 'provider', formFields: ['courseId'] },
);

/** The project worker keeps every provider's catalogue. */
export const saveCourseAction = authorizedAction(
  'programme.manage',
  courseSchema,
  async (input, { user }) => {
    await saveCourse(getDb(), { userId: user.id, providerId: null }, input);
    revalidatePath('/staff/providers');
    return { status: 'success', message: 'providers.courseSaved' };
  },
  { formFields: ['courseId'] },
);

export const nominateAmbassadorAction = authorizedAction(
  'provider.self',
  nominateSchema,
  async (input, { user, provider }) => {
    await nominateAmbassador(getDb(), actorOf(user, provider), input);
    revalidatePath('/staff/ambassadors');
    return { status: 'success', message: 'providers.nominated' };
  },
  { profile: 'provider' },
);
