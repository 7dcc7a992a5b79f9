import { z } from 'zod';
import { normalizePhone } from '@/lib/phone';
import { LANGUAGE_CODES } from './languages';

const required = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const phoneField = required(32).transform((value, ctx) => {
  const e164 = normalizePhone(value);
  if (!e164) {
    ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
    return z.NEVER;
  }
  return e164;
});

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined || iss.input === '' ? 'required' : 'invalidChoice') });

export const signupSchema = z.object({
  name: required(100),
  phone: phoneField,
  email: z
    .string()
    .trim()
    .max(254, 'tooLong')
    .optional()
    .transform((v) => v || null)
    .pipe(z.union([z.null(), z.email('emailInvalid')])),
  language: choice(LANGUAGE_CODES),
  /** A neighbourhood code, or "other"; checked against the database by the mutation. */
  neighbourhood: z.string().trim().min(1, 'required').max(40, 'invalidChoice'),
  forWhom: choice(['self', 'other'] as const),
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
