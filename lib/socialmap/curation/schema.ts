import { z } from 'zod';
import { serviceStatusEnum } from '@/db/schema';
import { optionalUrlField } from '@/lib/security/url';
import { blankToUndefined, many, manyOf, optionalEmailLowerCase, optionalPhone, optionalText, optionalUuid, optionalWijkCode, requiredText, sitePath, uuid, wijkCode } from '@/lib/actions/validation';
import { normaliseTime, WEEKDAYS, type WeeklyHours } from '@/lib/socialmap/opening-hours';

export const SERVICE_STATUSES = serviceStatusEnum.enumValues;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Languages a service can be offered in (ISO 639-1 → the name stored in HSDS `language.name`). */
export const SERVICE_LANGUAGES = {
  nl: 'Nederlands',
  en: 'Engels',
  ar: 'Arabisch',
  tr: 'Turks',
  pl: 'Pools',
  uk: 'Oekraïens',
  ti: 'Tigrinya',
  so: 'Somalisch',
  fa: 'Perzisch',
  es: 'Spaans',
  fr: 'Frans',
  de: 'Duits',
} as const;
export type ServiceLanguage = keyof typeof SERVICE_LANGUAGES;
export const LANGUAGE_CODES = Object.keys(SERVICE_LANGUAGES) as ServiceLanguage[];


/** http, https, mailto or tel only (lib/security/url.ts): the same rule as the HSDS import. */
const optionalUrl = optionalUrlField;
const optionalId = optionalUuid('socialMapManage.errors.notFound');
const optionalTime = z
  .preprocess(blankToUndefined, z.string().trim().refine((v) => normaliseTime(v) !== null, 'socialMapManage.errors.timeInvalid').optional())
  .transform((v) => (v ? normaliseTime(v) : null));
const optionalCode = optionalWijkCode('socialMapManage.errors.unknownWijk');

/**
 * `base`: the curation section's path, a hidden field the page fills in (the section is mounted
 * at more than one URL; app/(app)/_socialmap/routes.ts knows where). The actions send the user
 * back under it; they know the section's own shape (organizations/…, services/…), no more.
 */
const base = sitePath;

export const organizationSchema = z.object({
  base,
  id: optionalId,
  name: requiredText(200),
  alternateName: optionalText(200),
  description: requiredText(4000),
  email: optionalEmailLowerCase,
  website: optionalUrl,
});
export type OrganizationInput = z.output<typeof organizationSchema>;

const hourFields = Object.fromEntries(WEEKDAYS.flatMap((d) => [[`opens_${d}`, optionalTime], [`closes_${d}`, optionalTime]])) as Record<
  `opens_${(typeof WEEKDAYS)[number]}` | `closes_${(typeof WEEKDAYS)[number]}`,
  typeof optionalTime
>;

export const serviceSchema = z
  .object({
    base,
    id: optionalId,
    organizationId: uuid('choiceRequired'),
    name: requiredText(200),
    description: optionalText(4000),
    status: z.enum(SERVICE_STATUSES, 'invalidChoice'),
    themes: many(uuid('socialMapManage.errors.unknownTheme')),
    wijken: many(wijkCode('socialMapManage.errors.unknownWijk')),
    languages: manyOf(LANGUAGE_CODES),
    phone1: optionalPhone,
    phone2: optionalPhone,
    email: optionalEmailLowerCase,
    referralEmail: optionalEmailLowerCase,
    url: optionalUrl,
    applicationProcess: optionalText(2000),
    fees: optionalText(1000),
    eligibility: optionalText(2000),
    locationName: optionalText(200),
    address1: optionalText(200),
    postalCode: z
      .preprocess(blankToUndefined, z.string().trim().toUpperCase().regex(/^[1-9][0-9]{3} ?[A-Z]{2}$/, 'invalidFormat').optional())
      .transform((v) => (v ? v.replace(/^(\d{4}) ?/, '$1 ') : null)),
    city: optionalText(100),
    locationWijk: optionalCode,
    ...hourFields,
  })
  .superRefine((v, ctx) => {
    if (v.address1 || v.postalCode || v.city) {
      for (const f of ['address1', 'postalCode', 'city'] as const)
        if (!v[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'socialMapManage.errors.addressIncomplete' });
    }
    for (const d of WEEKDAYS) {
      const o = v[`opens_${d}`];
      const c = v[`closes_${d}`];
      if (o && !c) ctx.addIssue({ code: 'custom', path: [`closes_${d}`], message: 'required' });
      if (c && !o) ctx.addIssue({ code: 'custom', path: [`opens_${d}`], message: 'required' });
      if (o && c && c <= o) ctx.addIssue({ code: 'custom', path: [`closes_${d}`], message: 'socialMapManage.errors.closesBeforeOpens' });
    }
  });
export type ServiceInput = z.output<typeof serviceSchema>;

export function hoursOf(input: ServiceInput): WeeklyHours {
  const out: WeeklyHours = {};
  for (const d of WEEKDAYS) {
    const o = input[`opens_${d}`];
    const c = input[`closes_${d}`];
    if (o && c) out[d] = { opens: o, closes: c };
  }
  return out;
}

export const idSchema = z.object({ base, id: uuid('socialMapManage.errors.notFound') });
export const importConfirmSchema = z.object({ base, token: uuid('socialMapManage.errors.importNotFound') });
