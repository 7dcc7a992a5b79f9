import { z } from 'zod';
import { LANGUAGE_CODES } from '@/lib/languages';
import { choice, neighbourhoodCode, phone, requiredText } from '@/lib/actions/validation';
import { MAX_NAME, WANTS } from './constants';

/**
 * A contact registered by an ambassador in the field: six fields, nothing more. Messages are
 * keys of the `errors` namespace (the contact form may word them for the ambassador).
 */
export const fieldContactSchema = z.object({
  name: requiredText(MAX_NAME),
  /** Normalised to E.164; MAX_PHONE characters as typed at most. */
  phone,
  language: choice(LANGUAGE_CODES),
  /** A wijk code, or "other"; checked against the database by the mutation. */
  neighbourhood: neighbourhoodCode,
  wants: choice(WANTS),
  /** "This person agreed that I pass on their details." */
  consent: z.literal('on', { error: 'fieldContact.errors.consentGiven' }),
});
export type FieldContactInput = z.output<typeof fieldContactSchema>;
