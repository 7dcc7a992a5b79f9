import { z } from 'zod';
import { wholeNumber } from '@/lib/actions/validation';
import { STAFF_IDLE_RANGE } from '@/lib/auth/idle-settings';

/** The administrator's session settings form (/admin). */
export const sessionSettingsSchema = z.object({
  staffIdleMinutes: wholeNumber(STAFF_IDLE_RANGE.min, STAFF_IDLE_RANGE.max, { format: 'admin.errors.idleMinutes', range: 'admin.errors.idleMinutes' }),
});
