import { z } from 'zod';
import { MAX_FILE_BYTES } from '@/lib/imports/schema';
import { ONBOARDING_KINDS } from './kinds';

/** The upload form: what is in the file, and the file (the association import's limits). */
export const onboardingUploadSchema = z.object({
  kind: z.enum(ONBOARDING_KINDS, 'onboardingImport.errors.kindRequired'),
  file: z
    .file('associationImport.errors.fileRequired')
    .min(1, 'associationImport.errors.fileRequired')
    .max(MAX_FILE_BYTES, 'associationImport.errors.fileTooLarge'),
});

/** Checked again by the mutation (a malformed or unknown id is "not found"). */
export const onboardingConfirmSchema = z.object({
  batchId: z.string().max(64),
});
