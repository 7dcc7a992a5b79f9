import { z } from 'zod';
import { checkbox, choice, neighbourhoodCode, optionalEmail, phone, requiredText } from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';

export const signupSchema = z.object({
  name: requiredText(100),
  phone,
  email: optionalEmail,
  language: choice(LANGUAGE_CODES),
  /** A neighbourhood code, or "other"; checked against the database by the mutation. */
  neighbourhood: neighbourhoodCode,
  forWhom: choice(['self', 'other'] as const),
  /** "An ambassador who speaks my language comes with me" to the intake. */
  escort: checkbox,
  consent: z.literal('on', { error: 'consentRequired' }),
  /** An ambassador's referral code from ?ref=; an unusable code is ignored, never an error. */
  ref: z
    .string()
    .optional()
    .transform((v) => {
      const code = v?.trim().toUpperCase();
      return code && /^[A-Z0-9-]{2,32}$/.test(code) ? code : null;
    }),
  /** Honeypot: a field people never see; bots fill it in. */
  website: z.string().max(1000).optional(),
});
export type SignupInput = z.output<typeof signupSchema>;
