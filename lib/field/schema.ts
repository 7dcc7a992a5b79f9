import { z } from 'zod';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import { phoneField } from '@/lib/leads/schema';
import { MAX_NAME, WANTS } from './constants';

const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (iss) => (iss.input === undefined || iss.input === '' ? 'required' : 'invalidChoice') });

/**
 * A contact registered by an ambassador in the field: six fields, nothing more. Messages are
 * keys of the `errors` namespace (the contact form may word them for the ambassador).
 */
export const fieldContactSchema = z.object({
  name: z.string().trim().min(1, 'required').max(MAX_NAME, 'tooLong'),
  /** Normalised to E.164; MAX_PHONE characters as typed at most. */
  phone: phoneField,
  language: choice(LANGUAGE_CODES),
  /** A wijk code, or "other"; checked against the database by the mutation. */
  neighbourhood: z.string().trim().min(1, 'required').max(40, 'invalidChoice'),
  wants: choice(WANTS),
  /** "This person agreed that I pass on their details." */
  consent: z.literal('on', { error: 'consentGiven' }),
});
export type FieldContactInput = z.output<typeof fieldContactSchema>;
