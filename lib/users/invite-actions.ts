'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { audit } from '@/lib/audit';
import { newPasswordSchema } from './password-schema';
import { hit } from '@/lib/ratelimit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { INVITE_IP_WINDOW, acceptInvite } from './invites';

const acceptSchema = newPasswordSchema({
  token: z.string().trim().min(1, 'invite.errors.inviteInvalid').max(100, 'invite.errors.inviteInvalid'),
});

/**
 * Sets the password of a new account from an invite link (open to anyone holding the link). Counted
 * per client address like the login, before the token is checked; the password is never echoed
 * back or logged. On success: to the login page.
 */
export const acceptInviteAction = publicAction(
  acceptSchema,
  async ({ token, password }) => {
    const db = getDb();
    const ipHash = hashIp(clientIp(await headers()));
    const limit = await hit(db, `invite:ip:${ipHash}`, INVITE_IP_WINDOW);
    if (!limit.allowed) {
      await audit(db, { action: 'invite.refused', ipHash, details: { reason: 'throttled' } });
      throw new ActionError('invite.errors.throttled');
    }
    try {
      await acceptInvite(db, { token, password });
    } catch (e) {
      if (e instanceof ActionError && e.key === 'invite.errors.inviteInvalid') await audit(db, { action: 'invite.refused', ipHash, details: { reason: 'invalid' } });
      throw e;
    }
    redirect('/login?activated=1');
  },
  { formFields: ['token'] },
);
