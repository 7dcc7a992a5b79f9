import 'server-only';
import type { DbOrTx } from '@/db/client';
import { hit, type HitResult, type Window } from '@/lib/ratelimit';

/** Survey responses allowed per IP address per window (a course group may fill it in on one phone). */
export const SURVEY_WINDOW: Window = {
  limit: Number(process.env.SURVEY_RATE_LIMIT ?? 30),
  windowSeconds: Number(process.env.SURVEY_RATE_WINDOW_SECONDS ?? 600),
};

/** Counts one submitted response from this address (the public action, once per final submit). */
export function countSurveyResponse(db: DbOrTx, ipHash: string): Promise<HitResult> {
  return hit(db, `survey:ip:${ipHash}`, SURVEY_WINDOW);
}
