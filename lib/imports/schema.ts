import { z } from 'zod';

/** Upload limits: refused with a clear message beyond these. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

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
