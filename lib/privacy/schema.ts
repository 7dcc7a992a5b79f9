import { z } from 'zod';
import { choice, many, optionalEmail, optionalPhone, optionalText, phone, requiredText, uuid } from '@/lib/actions/validation';
import { IMPORT_PREVIEW_HOURS_MAX, INCOMING_KINDS, REGISTER_FIELDS, RETENTION_KINDS } from './defaults';

/** The search on the privacy page: a phone number or a whole name (GET, so a plain form). */
export const personSearchSchema = z.object({
  phone: z.string().trim().max(32).optional().catch(undefined),
  name: z.string().trim().max(200).optional().catch(undefined),
});

/** The first pair of eyes: the leads found (ids) and the number searched by. */
export const erasureRequestSchema = z.object({
  leadIds: many(uuid()).pipe(z.array(z.string()).min(1, 'privacyRights.errors.nobodyFound')),
  phone: z.string().trim().max(32).optional(),
});

/** A request that came in by phone, desk or letter: its kind and the person's number or whole name. */
export const registerRequestSchema = z
  .object({
    kind: choice(INCOMING_KINDS),
    phone: z.string().trim().max(32).optional(),
    name: z.string().trim().max(200).optional(),
  })
  .refine((v) => !!(v.phone || v.name), { message: 'privacyRights.errors.phoneOrName', path: ['phone'] });

export const requestIdSchema = z.object({ requestId: uuid() });

/** The public withdrawal form. */
export const withdrawalSchema = z.object({ phone });

const months = z.coerce.number('invalidNumber').int('invalidNumber').min(1, 'privacyRights.errors.months').max(240, 'privacyRights.errors.months');

const hours = z.coerce.number('invalidNumber').int('invalidNumber').min(1, 'privacyRights.errors.hours').max(IMPORT_PREVIEW_HOURS_MAX, 'privacyRights.errors.hours');

export const privacySettingsSchema = z.object({
  ...Object.fromEntries(RETENTION_KINDS.map((k) => [`retention_${k}`, months])),
  importPreviewHours: hours,
  ...Object.fromEntries(REGISTER_FIELDS.map((f) => [`register_${f}`, requiredText(2000)])),
  officerName: optionalText(120),
  officerEmail: optionalEmail,
  officerPhone: optionalPhone,
}) as z.ZodType<Record<string, string | number | null | undefined>>;
