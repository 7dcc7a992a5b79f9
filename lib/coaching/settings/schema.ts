import { z } from 'zod';
import { wholeNumber } from '@/lib/actions/validation';

/** The defaults while no one has saved settings yet. */
export const DEFAULT_COACHING_SETTINGS = { reviewIntervalDays: 14, coachingHoursTarget: 10 } as const;

const count = (min: number, max: number) =>
  wholeNumber(min, max, { format: 'coach.errors.wholeNumber', range: 'coach.errors.outOfRange' });

/** Days between reviews (7…90) and coaching hours per ambassador (1…200). */
export const coachingSettingsSchema = z.object({
  reviewIntervalDays: count(7, 90),
  coachingHoursTarget: count(1, 200),
});
export type CoachingSettings = z.output<typeof coachingSettingsSchema>;

