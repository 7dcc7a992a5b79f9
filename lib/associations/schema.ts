import { z } from 'zod';
import { checkbox, choice, neighbourhoodCode, optionalEmailLowerCase, optionalPhone, optionalText, optionalUuid, phone, requiredText, uuid } from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';

/** An association: new (no id) or edited. */
export const associationSchema = z.object({
  id: optionalUuid(),
  name: requiredText(120),
  community: requiredText(80),
  contactPerson: optionalText(120),
  contactPhone: optionalPhone,
  contactEmail: optionalEmailLowerCase,
  subsidyNote: optionalText(1000),
  active: checkbox,
});
export type AssociationInput = z.output<typeof associationSchema>;

/** A key figure ("sleutelfiguur") of an association: new (no id) or edited. */
export const keyFigureSchema = z.object({
  associationId: uuid('associationsAdmin.errors.notFound'),
  id: optionalUuid(),
  name: requiredText(120),
  role: optionalText(120),
  phone: optionalPhone,
  email: optionalEmailLowerCase,
});
export type KeyFigureInput = z.output<typeof keyFigureSchema>;

export const removeKeyFigureSchema = z.object({ associationId: uuid('associationsAdmin.errors.notFound'), id: uuid('associationsAdmin.errors.notFound') });

/** The consent text version stored on every lead an association passes on. */
export const ASSOCIATION_CONSENT_VERSION = 'association-2026-11-v1';

export const MAX_NAME = 100;
export const MAX_NOTE = 1000;

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
  /** "Pass it on anyway": the user saw that the association passed this number on before. */
  confirmKnown: checkbox,
});
export type ContactInput = z.output<typeof contactSchema>;
