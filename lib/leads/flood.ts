import { getDb } from '@/db/client';
import { hit, type HitResult, type Window } from '@/lib/ratelimit';

/** Public sign-ups allowed per IP address per window; generous, since a community centre or an
 * ambassador's phone may send many in good faith. */
export const SIGNUP_WINDOW: Window = {
  limit: Number(process.env.SIGNUP_RATE_LIMIT ?? 30),
  windowSeconds: Number(process.env.SIGNUP_RATE_WINDOW_SECONDS ?? 600),
};

/** Request header the proxy sets (and strips from incoming requests) when the limit is exceeded. */
export const RATE_LIMITED_HEADER = 'x-wijkwerf-rate-limited';

export function countPublicPost(ipHash: string): Promise<HitResult> {
  return hit(getDb(), `signup:ip:${ipHash}`, SIGNUP_WINDOW);
}
