import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { coachingSettings } from '@/db/schema';
import { type CoachingSettings, DEFAULT_COACHING_SETTINGS } from './schema';

export const SETTINGS_ID = 'default';

/** The review interval and the coaching hours per ambassador: the saved row, else the defaults. */
export async function getCoachingSettings(db: DbOrTx): Promise<CoachingSettings> {
  const [row] = await db
    .select({ reviewIntervalDays: coachingSettings.reviewIntervalDays, coachingHoursTarget: coachingSettings.coachingHoursTarget })
    .from(coachingSettings)
    .where(eq(coachingSettings.id, SETTINGS_ID))
    .limit(1);
  return row ?? { ...DEFAULT_COACHING_SETTINGS };
}
