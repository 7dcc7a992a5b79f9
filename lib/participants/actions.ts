'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { giveParticipantLink, revokeParticipantLink } from './mutations';
import { participantLinkRevokeSchema, participantLinkSchema } from './schema';

export const giveParticipantLinkAction = authorizedAction('programme.manage', participantLinkSchema, async (input, { user }) => {
  await giveParticipantLink(getDb(), user.id, input.leadId);
  revalidatePath(`/staff/leads/${input.leadId}`);
  return { status: 'success', message: 'linkGiven' };
});

export const revokeParticipantLinkAction = authorizedAction('programme.manage', participantLinkRevokeSchema, async (input, { user }) => {
  await revokeParticipantLink(getDb(), user.id, input.leadId);
  revalidatePath(`/staff/leads/${input.leadId}`);
  return { status: 'success', message: 'linkRevoked' };
});
