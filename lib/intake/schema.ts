import { z } from 'zod';
import { checkbox, chosenId, isoDate, manyOf, requiredText, uuid, wholeNumber } from '@/lib/actions/validation';
import { INTAKE_CHECKLIST } from './rules';

/** Zod schemas of the intake desk. Messages are keys of `intake.errors` or the shared `errors`. */

const E = {
  time: 'intake.errors.time',
  slotNotFound: 'intake.errors.slotNotFound',
  escortNotFound: 'intake.errors.escortNotFound',
  ambassadorRequired: 'intake.errors.ambassadorRequired',
} as const;

export const MAX_CAPACITY = 20;

export const slotSchema = z.object({
  date: isoDate,
  startTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, E.time),
  place: requiredText(120),
  capacity: wholeNumber(1, MAX_CAPACITY),
});

export const bookSchema = z.object({
  leadId: uuid(),
  version: z.coerce.number().int().min(1),
  slotId: uuid(E.slotNotFound),
  accompanied: checkbox,
});

export const escortSchema = z.object({
  leadId: uuid(),
  ambassadorId: chosenId(E.ambassadorRequired),
});

export const answerSchema = z.object({
  escortId: uuid(E.escortNotFound),
  answer: z.enum(['accept', 'decline'], 'invalidChoice'),
});

export const checklistSchema = z.object({
  leadId: uuid(),
  items: manyOf(INTAKE_CHECKLIST),
});
