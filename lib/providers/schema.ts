import { z } from 'zod';
import {
  checkbox,
  choice,
  chosenId,
  isoDate,
  manyOf,
  optionalEmail,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  optionalUuid,
  requiredText,
  uuid,
  wholeNumber,
} from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';

/** Zod schemas of the language provider's actions and the course catalogue. */

/** The levels a course can be at (CEFR, A0 for literacy). */
export const COURSE_LEVELS = ['A0', 'A1', 'A2', 'B1', 'B2'] as const;

const leadId = uuid();
const version = z.coerce.number().int().min(1);

/** A course in the catalogue, new (`courseId` blank) or edited. `providerId` counts only for the project worker. */
export const courseSchema = z.object({
  courseId: optionalUuid('providers.errors.courseNotFound'),
  providerId: optionalUuid('invalidChoice'),
  name: requiredText(120),
  level: choice(COURSE_LEVELS),
  place: requiredText(160),
  schedule: requiredText(160),
  childcare: checkbox,
  free: checkbox,
  placesLeft: wholeNumber(0, 999),
  active: z.preprocess((v) => (v === undefined ? 'true' : v), z.enum(['true', 'false'])).transform((v) => v === 'true'),
});

/** Offer made: the course from the own catalogue, the day of the offer and the start. */
export const offerSchema = z
  .object({ leadId, version, courseId: chosenId('providers.errors.courseNotFound'), offerOn: isoDate, courseStartOn: optionalIsoDate })
  .superRefine((v, ctx) => {
    if (v.courseStartOn && v.courseStartOn < v.offerOn) ctx.addIssue({ code: 'custom', path: ['courseStartOn'], message: 'providers.errors.startBeforeOffer' });
  });

/** Course plan signed, on a day. */
export const signedSchema = z.object({ leadId, version, planSignedOn: isoDate });

/** Course started or completed. */
export const progressSchema = z.object({ leadId, version, step: choice(['started', 'completed'] as const) });

/** Dropped out, with the reason in the provider's words. */
export const droppedSchema = z.object({ leadId, version, reason: requiredText(500) });

/** A candidate ambassador the provider nominates: name, a way to reach them (with their consent), motivation. */
export const nominateSchema = z
  .object({
    name: requiredText(120),
    phone: optionalPhone,
    email: optionalEmail,
    languages: manyOf(LANGUAGE_CODES),
    motivation: requiredText(2000),
    consent: checkbox,
  })
  .superRefine((v, ctx) => {
    if (!v.phone && !v.email) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'providers.errors.contactRequired' });
    if (!v.consent) ctx.addIssue({ code: 'custom', path: ['consent'], message: 'providers.errors.consentRequired' });
  });
