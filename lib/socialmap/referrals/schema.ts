import { z } from 'zod';
import { contactPreferenceEnum, referralStatusEnum } from '@/db/schema';
import { choice, optionalText, optionalUuid, uuid } from '@/lib/actions/validation';
import { normalizePhone } from '@/lib/phone';

export const REFERRAL_STATUSES = referralStatusEnum.enumValues;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const CONTACT_PREFERENCES = contactPreferenceEnum.enumValues;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

/** Open referrals: waiting for news. They expire after EXPIRE_DAYS without an update. */
export const OPEN_REFERRAL_STATUSES = ['sent', 'in_contact'] as const satisfies readonly ReferralStatus[];
export const EXPIRE_DAYS = 30;

/**
 * The closed loop: sent → in contact → helped / couldn't help (reason required) / no longer
 * interested. "expired" is set by the system after 30 days without news; late news can still be
 * recorded. Helped, couldn't help and not interested are final.
 */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['in_contact', 'helped', 'not_helped', 'not_interested'],
  in_contact: ['helped', 'not_helped', 'not_interested'],
  expired: ['in_contact', 'helped', 'not_helped', 'not_interested'],
  helped: [],
  not_helped: [],
  not_interested: [],
};

export function canMove(from: ReferralStatus, to: ReferralStatus): boolean {
  return REFERRAL_TRANSITIONS[from].includes(to);
}

const optionalId = optionalUuid('invalidChoice');

/**
 * A referral: one of the referrer's leads (who=lead) or a first name + phone (who=person). The
 * resident's consent is always required: their details go to another organisation.
 */
export const referralCreateSchema = z
  .object({
    serviceId: uuid('invalidChoice'),
    who: choice(['lead', 'person'] as const),
    leadId: optionalId,
    firstName: optionalText(100),
    phone: optionalText(32),
    consent: z.literal('on', { error: 'consentRequired' }),
    themeId: optionalId,
    wijkId: optionalId,
    contactPreference: choice(CONTACT_PREFERENCES),
  })
  .transform((v, ctx) => {
    if (v.who === 'lead') {
      if (!v.leadId) ctx.addIssue({ code: 'custom', path: ['leadId'], message: 'required' });
      return { ...v, firstName: null, phone: null };
    }
    if (!v.firstName) ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'required' });
    const e164 = v.phone ? normalizePhone(v.phone) : null;
    if (!v.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'required' });
    else if (!e164) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'phoneInvalid' });
    return { ...v, leadId: null, phone: e164 };
  });
export type ReferralCreateInput = z.output<typeof referralCreateSchema>;

export const referralUpdateSchema = z.object({
  referralId: uuid('invalidChoice'),
  /** The status the user saw: a change by someone else in between is a conflict. */
  from: z.enum(REFERRAL_STATUSES),
  to: choice(REFERRAL_STATUSES),
  note: optionalText(500),
});
export type ReferralUpdateInput = z.output<typeof referralUpdateSchema>;

/** Filters of the staff referral list (?status=&theme=&wijk=&page=); a bad value is ignored. */
const emptyToUndefined = (v: unknown) => (Array.isArray(v) ? v[0] : typeof v === 'string' && v.trim() === '' ? undefined : v);
const field = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional()).catch(undefined);
export const referralFilterSchema = z.object({
  status: field(z.enum(REFERRAL_STATUSES)),
  theme: field(uuid()),
  wijk: field(uuid()),
  page: field(z.coerce.number().int().min(1).max(100_000)),
});
export interface ReferralFilters {
  status: ReferralStatus | null;
  theme: string | null;
  wijk: string | null;
  page: number;
}
export function parseReferralFilters(params: Record<string, string | string[] | undefined>): ReferralFilters {
  const p = referralFilterSchema.parse(params);
  return { status: p.status ?? null, theme: p.theme ?? null, wijk: p.wijk ?? null, page: p.page ?? 1 };
}

/** The organisation's answer through its signed link (no login). */
export const referralResponseSchema = z.object({
  token: z.string().min(10, 'notifications.errors.invalidLink').max(200, 'notifications.errors.invalidLink'),
  answer: z.enum(['contacted', 'declined'], 'invalidChoice'),
  reason: optionalText(1000),
});
