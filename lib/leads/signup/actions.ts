'use server';

import { headers } from 'next/headers';
import { redirect, RedirectType } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { publicAction } from '@/lib/actions';
import { localePath } from '@/lib/i18n/routing';
import { clientIp, hashIp } from '@/lib/security/ip';
import { signupSchema } from './schema';
import { signUp } from './mutations';

/**
 * The public sign-up form with JavaScript: the form calls this action and gets a small success
 * state, and shows the thanks itself. Without JavaScript the form posts to the route handler
 * app/[locale]/(public)/aanmelden instead (same schema, same handler `signUp`, none of the
 * framework's action machinery). Open to anyone; flood control is counted per IP by `signUp`,
 * once per request, so posting the action to any path counts (the proxy only answers plain form
 * posts of an address that is already over the limit with its 429 page).
 *
 * A plain post of this action (a page from before the form had its own address, or a hand-made
 * post: no `Next-Action` header) still answers a successful sign-up with 303 to the thank-you
 * page /bedankt (Post/Redirect/Get).
 */
export const signupAction = publicAction(signupSchema, async (input) => {
  const h = await headers();
  await signUp(getDb(), input, hashIp(clientIp(h)));
  // Same answer for a new lead, a repeat sign-up and a honeypot hit: nothing leaks.
  if (!h.has('next-action')) {
    const thanks = localePath(await getLocale(), '/bedankt');
    redirect(input.ref ? `${thanks}?ref=${encodeURIComponent(input.ref)}` : thanks, RedirectType.push);
  }
  return { status: 'success', data: { ref: input.ref } };
});
