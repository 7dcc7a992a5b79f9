import { z } from 'zod';
import { choice, manyOf, phoneAsTyped, requiredText } from '@/lib/actions/validation';
import { CHILDCARE_CHOICES, COST_CHOICES, LESSON_DAYS, LESSON_TIMES, LOGO_PATH } from './defaults';

/** The administrator's public-page settings form (/admin/public-page). */
export const publicPageSettingsSchema = z.object({
  municipalityName: requiredText(120),
  logoPath: requiredText(80).pipe(z.string().regex(LOGO_PATH, 'publicPageSettings.errors.logoPath')),
  phone: phoneAsTyped,
  cost: choice(COST_CHOICES),
  lessonDays: manyOf(LESSON_DAYS).refine((l) => l.length > 0, 'publicPageSettings.errors.lessonDays'),
  lessonTimes: manyOf(LESSON_TIMES).refine((l) => l.length > 0, 'publicPageSettings.errors.lessonTimes'),
  lessonPlace: requiredText(160),
  childcare: choice(CHILDCARE_CHOICES),
});
