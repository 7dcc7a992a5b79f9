'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { clientIp, hashIp } from '@/lib/security/ip';
import { countSignup } from './flood';
import { signupSchema } from './schema';
import { submitSignup } from './mutations';

/**
 * The public sign-up form. Open to anyone; flood control is counted per IP here, once per
 * request, so posting the action to any path counts (the proxy only answers plain form posts of
 * an address that is already over the limit with its 429 page).
 */
export const signupAction = publicAction(signupSchema, async (input) => {
  const ipHash = hashIp(clientIp(await headers()));
  if (!(await countSignup(getDb(), ipHash)).allowed) throw new ActionError('rateLimited');
  await submitSignup(getDb(), input, { ipHash });
  // Same answer for a new lead, a repeat sign-up and a honeypot hit: nothing leaks.
  return { status: 'success', data: { ref: input.ref } };
});
