'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction } from '@/lib/actions';
import { publicUrl } from '@/lib/security/origin';
import { AGREEMENT_VERSION } from './lifecycle';
import {
  acceptAgreement,
  createAmbassador,
  inviteAmbassador,
  moveAmbassador,
  recordInterview,
  saveClothing,
  savePass,
  saveVog,
  stopAmbassador,
  updateProfile,
} from './mutations';
import { agreementSchema, ambassadorIdSchema, clothingSchema, interviewSchema, moveSchema, passPhotoSchema, passSchema, profileSchema, stopSchema, vogSchema } from './schema';
import { setPassPhoto } from './pass';

/**
 * Thin server actions of the corps: authorize (`corps.manage`: the coordinator), validate, call
 * one mutation, then show the ambassador's page again with a short confirmation (`?done=<key>`),
 * which works without JavaScript too. The invite returns its link in the form's result instead:
 * it is shown once and never stored.
 */

function backTo(ambassadorId: string, done: string, anchor: string): never {
  revalidatePath('/staff/ambassadors');
  revalidatePath(`/staff/ambassadors/${ambassadorId}`);
  redirect(`/staff/ambassadors/${ambassadorId}?done=${done}#${anchor}`);
}

const HIDDEN = { formFields: ['ambassadorId'] } as const;

export const createAmbassadorAction = authorizedAction('corps.manage', profileSchema, async (input, { user }) => {
  const id = await createAmbassador(getDb(), user.id, input);
  backTo(id, 'created', 'profile');
});

export const updateProfileAction = authorizedAction(
  'corps.manage',
  profileSchema,
  async (input, { user }) => {
    if (!input.ambassadorId) throw new ActionError('corps.errors.notFound');
    await updateProfile(getDb(), user.id, input.ambassadorId, input);
    backTo(input.ambassadorId, 'profileSaved', 'profile');
  },
  HIDDEN,
);

export const moveAction = authorizedAction(
  'corps.manage',
  moveSchema,
  async (input, { user }) => {
    await moveAmbassador(getDb(), user.id, input);
    backTo(input.ambassadorId, 'moved', 'lifecycle');
  },
  HIDDEN,
);

export const stopAction = authorizedAction(
  'corps.manage',
  stopSchema,
  async (input, { user }) => {
    const { released } = await stopAmbassador(getDb(), user.id, input);
    revalidatePath('/staff/events', 'layout');
    revalidatePath('/ambassador', 'layout');
    backTo(input.ambassadorId, released ? `stopped&released=${released}` : 'stopped', 'lifecycle');
  },
  HIDDEN,
);

export const interviewAction = authorizedAction(
  'corps.manage',
  interviewSchema,
  async (input, { user }) => {
    await recordInterview(getDb(), user.id, input);
    backTo(input.ambassadorId, 'interviewSaved', 'interview');
  },
  HIDDEN,
);

export const vogAction = authorizedAction(
  'corps.manage',
  vogSchema,
  async (input, { user }) => {
    await saveVog(getDb(), user.id, input);
    backTo(input.ambassadorId, 'vogSaved', 'vog');
  },
  HIDDEN,
);

export const passAction = authorizedAction(
  'corps.manage',
  passSchema,
  async (input, { user }) => {
    await savePass(getDb(), user.id, input);
    backTo(input.ambassadorId, 'passSaved', 'equipment');
  },
  HIDDEN,
);

export const clothingAction = authorizedAction(
  'corps.manage',
  clothingSchema,
  async (input, { user }) => {
    await saveClothing(getDb(), user.id, input);
    backTo(input.ambassadorId, 'clothingSaved', 'equipment');
  },
  HIDDEN,
);

/** Creates the invite and hands its link back once, in the form's result (never stored, never logged). */
export const inviteAction = authorizedAction(
  'corps.manage',
  ambassadorIdSchema,
  async (input, { user }) => {
    const { token, expiresAt } = await inviteAmbassador(getDb(), user.id, input.ambassadorId);
    revalidatePath(`/staff/ambassadors/${input.ambassadorId}`);
    return { status: 'success', message: 'inviteCreated', data: { link: publicUrl(`/invite/${token}`), expiresAt: expiresAt.toISOString() } };
  },
  HIDDEN,
);

/** The ambassador accepts the volunteer agreement shown to them (its version is a hidden field). */
export const acceptAgreementAction = authorizedAction(
  'ambassador.self',
  agreementSchema,
  async (input, { user, ambassador }) => {
    await acceptAgreement(getDb(), { userId: user.id, ambassadorId: ambassador.id }, input.version, AGREEMENT_VERSION);
    revalidatePath('/ambassador');
    redirect('/ambassador/corps?done=accepted');
  },
  { profile: 'ambassador', formFields: ['version'] },
);

/** The coordinator uploads the ambassador's pass photo (and so issues the digital pass's check code). */
export const passPhotoAction = authorizedAction('corps.manage', passPhotoSchema, async (input, { user }) => {
  const bytes = new Uint8Array(await input.photo.arrayBuffer());
  await setPassPhoto(getDb(), user.id, input.ambassadorId, { size: input.photo.size, bytes });
  revalidatePath(`/staff/ambassadors/${input.ambassadorId}`);
  return { status: 'success', message: 'corps.passPhotoSaved' };
});
