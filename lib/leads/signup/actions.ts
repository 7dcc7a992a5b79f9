'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { localePath } from '@/lib/i18n/routing';
import { clientIp, hashIp } from '@/lib/security/ip';
import { countSignup } from './flood';
import { signupSchema } from './schema';
import { submitSignup } from './mutations';

/**
 * The public sign-up form. Open to anyone; flood control is counted per IP here, once per
 * request, so posting the action to any path counts (the proxy only answers plain form posts of
 * an address that is already over the limit with its 429 page).
 *
 * Without JavaScript (a plain form post, no `Next-Action` header) a successful sign-up answers
 * 303 to the thank-you page /bedankt (Post/Redirect/Get): the page is not rendered again for the
 * POST, and reloading the thanks does not send the form twice. With JavaScript the form gets a
 * small success state and shows the same thanks itself.
 */
export const signupAction = publicAction(signupSchema, async (input) => {
  const h = await headers();
  const ipHash = hashIp(clientIp(h));
  if (!(await countSignup(getDb(), ipHash)).allowed) throw new ActionError('rateLimited');
  await submitSignup(getDb(), input, { ipHash });
  // Same answer for a new lead, a repeat sign-up and a honeypot hit: nothing leaks.
  if (!h.has('next-action')) {
    const thanks = localePath(await getLocale(), '/bedankt');
    redirect(input.ref ? `${thanks}?ref=${encodeURIComponent(input.ref)}` : thanks, RedirectType.push);
  }
  return { status: 'success', data: { ref: input.ref } };
});
