import { z } from 'zod';
import { many, optionalText, uuid } from '@/lib/actions/validation';

export const MAX_AGREEMENTS = 10;
export const MAX_AGREEMENT_LENGTH = 300;
export const MAX_NOTES_LENGTH = 4000;

/**
 * A review: the agreements, one per line (blank lines dropped, at most 10 of 300 characters), the
 * coach's private notes, and which of the previous agreements were done (ticked; the rest of the
 * open ones count as not done). The figures are not in the form: the server computes them.
 */
export const reviewSchema = z.object({
  ambassadorId: uuid('coach.errors.notFound'),
  agreements: z
    .preprocess((v) => (v == null ? '' : v), z.string())
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .refine((l) => l.length <= MAX_AGREEMENTS, 'coach.errors.tooManyAgreements')
    .refine((l) => l.every((a) => a.length <= MAX_AGREEMENT_LENGTH), 'coach.errors.agreementTooLong'),
  notes: optionalText(MAX_NOTES_LENGTH),
  done: many(uuid('coach.errors.notFound')),
});
export type ReviewInput = z.output<typeof reviewSchema>;
