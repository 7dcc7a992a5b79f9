import { z } from 'zod';
import { LANGUAGE_CODES } from '@/lib/leads/languages';
import { choice, neighbourhoodCode, optionalText, phone, requiredText } from '@/lib/actions/validation';

/** The consent text version stored on every lead an association passes on. */
export const ASSOCIATION_CONSENT_VERSION = 'association-2026-11-v1';

export const MAX_NAME = 100;
export const MAX_NOTE = 1000;
export const MAX_SIGNAL_TEXT = 2000;
/** Upload limits: refused with a clear message beyond these. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

export const SIGNAL_KINDS = ['potential_participants', 'community_development', 'concern'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];


/**
 * The fields of one contact, shared by the single form and every row of a file, so both are
 * checked by exactly the same rules.
 */
export const contactFields = {
  name: requiredText(MAX_NAME),
  phone,
  language: choice(LANGUAGE_CODES),
  /** A neighbourhood code, or "other"; checked against the database (form) or the list (file). */
  neighbourhood: neighbourhoodCode,
  note: optionalText(MAX_NOTE),
};

export const contactRowSchema = z.object(contactFields);
export type ContactRow = z.output<typeof contactRowSchema>;

/** The single-contact form: the fields plus "this person agreed to be contacted". */
export const contactSchema = z.object({
  ...contactFields,
  consent: z.literal('on', { error: 'consentGiven' }),
});
export type ContactInput = z.output<typeof contactSchema>;

/** The upload form: a file, and one confirmation covering every row in it. */
export const uploadSchema = z.object({
  file: z
    .file('associationImport.errors.fileRequired')
    .min(1, 'associationImport.errors.fileRequired')
    .max(MAX_FILE_BYTES, 'associationImport.errors.fileTooLarge'),
  consent: z.literal('on', { error: 'associationImport.errors.consentAllGiven' }),
});

/** Checked again by the mutation (a malformed or foreign id is "not found"). */
export const confirmSchema = z.object({
  batchId: z.string().max(64),
});

export const signalSchema = z.object({
  kind: choice(SIGNAL_KINDS),
  text: requiredText(MAX_SIGNAL_TEXT),
});
export type SignalInput = z.output<typeof signalSchema>;
