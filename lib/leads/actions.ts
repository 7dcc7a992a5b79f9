'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { clientIp, hashIp } from '@/lib/security/ip';
import { RATE_LIMITED_HEADER } from './flood';
import { signupSchema } from './schema';
import { submitSignup } from './signup';

/** The public sign-up form. Open to anyone; flood control is counted per IP by the proxy. */
export const signupAction = publicAction(signupSchema, async (input) => {
  const h = await headers();
  if (h.get(RATE_LIMITED_HEADER) === '1') throw new ActionError('rateLimited');
  await submitSignup(getDb(), input, { ipHash: hashIp(clientIp(h)) });
  // Same answer for a new lead, a repeat sign-up and a honeypot hit: nothing leaks.
  return { status: 'success', data: { ref: input.ref } };
});
