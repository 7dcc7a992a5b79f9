import { z } from 'zod';
import { requiredText } from '@/lib/actions/validation';
import { STEPS } from '@/lib/leads/journey/steps';

/** The display names of the journey's steps, per portal language (edited in /admin/steps). */
export const stepNamesSchema = z.object(
  Object.fromEntries(
    [...STEPS, 'closed'].flatMap((s) => [
      [`nl_${s}`, requiredText(60)],
      [`en_${s}`, requiredText(60)],
    ]),
  ) as Record<string, ReturnType<typeof requiredText>>,
);
