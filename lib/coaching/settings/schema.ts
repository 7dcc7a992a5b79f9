import { z } from 'zod';

/** The defaults while no one has saved settings yet. */
export const DEFAULT_COACHING_SETTINGS = { reviewIntervalDays: 14, coachingHoursTarget: 10 } as const;

const wholeNumber = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'number' ? String(v) : v == null ? '' : v),
    z
      .string()
      .trim()
      .min(1, 'required')
      .regex(/^\d+$/, 'coach.errors.wholeNumber')
      .transform(Number)
      .refine((n) => n >= min && n <= max, 'coach.errors.outOfRange'),
  );

/** Days between reviews (7…90) and coaching hours per ambassador (1…200). */
export const coachingSettingsSchema = z.object({
  reviewIntervalDays: wholeNumber(7, 90),
  coachingHoursTarget: wholeNumber(1, 200),
});
export type CoachingSettings = z.output<typeof coachingSettingsSchema>;

export { wholeNumber };
