import 'server-only';
import type { DbOrTx } from '@/db/client';
import { hit, peek, type HitResult, type Window } from '@/lib/ratelimit';

/** Public sign-ups allowed per IP address per window; generous, since a community centre or an
 * ambassador's phone may send many in good faith. */
export const SIGNUP_WINDOW: Window = {
  limit: Number(process.env.SIGNUP_RATE_LIMIT ?? 30),
  windowSeconds: Number(process.env.SIGNUP_RATE_WINDOW_SECONDS ?? 600),
};

const signupKey = (ipHash: string) => `signup:ip:${ipHash}`;

/**
 * Counts one sign-up from this address. The sign-up action is the one place that calls this,
 * once per request, whatever path the action was posted to.
 */
export function countSignup(db: DbOrTx, ipHash: string): Promise<HitResult> {
  return hit(db, signupKey(ipHash), SIGNUP_WINDOW);
}

/**
 * For the proxy, on a plain (no-JavaScript) form post to a public page: when this address has
 * already used up its sign-ups, the post is counted here (it will never reach the action) and the
 * result says how long to wait, for the 429 page. Otherwise nothing is counted and null returned:
 * the action counts the post itself.
 */
export async function refusePlainPost(db: DbOrTx, ipHash: string): Promise<HitResult | null> {
  if ((await peek(db, signupKey(ipHash), SIGNUP_WINDOW)) < SIGNUP_WINDOW.limit) return null;
  const result = await hit(db, signupKey(ipHash), SIGNUP_WINDOW);
  return result.allowed ? null : result;
}
