import { z } from 'zod';
import corpsEn from '@/lib/i18n/messages/en/corps.json';
import corpsNl from '@/lib/i18n/messages/nl/corps.json';
import networkEn from '@/lib/i18n/messages/en/network.json';
import networkNl from '@/lib/i18n/messages/nl/network.json';
import sourcesEn from '@/lib/i18n/messages/en/sources.json';
import sourcesNl from '@/lib/i18n/messages/nl/sources.json';
import stepsEn from '@/lib/i18n/messages/en/steps.json';
import stepsNl from '@/lib/i18n/messages/nl/steps.json';
import type { MessageValues } from '@/lib/actions/form-state';
import { isIsoDate } from '@/lib/dates';
import { fieldErrorsOf, optionalEmail, optionalPhone, optionalText, phone, requiredText } from '@/lib/actions/validation';
import { AMBASSADOR_STATUSES } from '@/lib/ambassadors/lifecycle';
import type { ParsedRow } from '@/lib/imports/parse';
import { type FailedRow, UNKNOWN_LANGUAGE, languageCode, neighbourhoodCode, unknownLanguageValues } from '@/lib/imports/validate';
import { normaliseHeader } from '@/lib/imports/parse';
import { LANGUAGE_CODES } from '@/lib/languages';
import { SIGNED_STATUSES, STEPS } from '@/lib/leads/journey/steps';
import { NETWORK_KINDS } from '@/lib/network/schema';
import { MAX_VISIT_EVERY_WEEKS } from '@/lib/network/rounds';
import type { KindField, OnboardingKind } from './kinds';

/**
 * Rows of an onboarding file → rows to import (their stored, string-only form) and failed rows
 * with a reason per field, the same shape as the association import's (`FailedRow`). Pure: the
 * caller passes what the database knows (wijken, the names and codes rows may refer to, the
 * existing keys). Every problem of a row is reported, and every failed row: the file is then
 * imported all or nothing (lib/onboarding/mutations.ts).
 */

export type StoredRow = Record<string, string | null>;

export interface ValidationContext {
  wijken: readonly { code: string; name: string }[];
  /** Upper-cased referral code → ambassador id (all ambassadors). */
  ambassadorByCode?: ReadonlyMap<string, string>;
  /** Lower-cased e-mail → ambassador ids. */
  ambassadorsByEmail?: ReadonlyMap<string, readonly string[]>;
  /** nameKey → ids (associations may share a name; a name with two is ambiguous). */
  associationsByName?: ReadonlyMap<string, readonly string[]>;
  networkByName?: ReadonlyMap<string, string>;
}

export const E = {
  duplicateInFile: 'onboardingImport.errors.duplicateInFile',
  keyRequired: 'onboardingImport.errors.keyRequired',
  referralCodeFormat: 'onboardingImport.errors.referralCodeFormat',
  keyConflict: 'onboardingImport.errors.keyConflict',
  emailAmbiguous: 'onboardingImport.errors.emailAmbiguous',
  statusNotImportable: 'onboardingImport.errors.statusNotImportable',
  stepNotImportable: 'onboardingImport.errors.stepNotImportable',
  planDateRequired: 'onboardingImport.errors.planDateRequired',
  unknownAmbassador: 'onboardingImport.errors.unknownAmbassador',
  unknownAssociation: 'onboardingImport.errors.unknownAssociation',
  ambiguousAssociation: 'onboardingImport.errors.ambiguousAssociation',
  unknownNetwork: 'onboardingImport.errors.unknownNetwork',
  attributionRequired: 'onboardingImport.errors.attributionRequired',
  consentRefused: 'onboardingImport.errors.consentRefused',
  dateInFuture: 'onboardingImport.errors.dateInFuture',
  visitEvery: 'network.errors.visitEvery',
} as const;

/** "  Stichting  De Brug " → "stichting de brug": how names are compared (the key of organisations). */
export function nameKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

/** A code, or its Dutch or English name (any case, accents, spacing) → the code; unknown → null. */
function codeFrom<T extends string>(codes: readonly T[], ...names: Record<string, unknown>[]): (value: string) => T | null {
  const m = new Map<string, T>();
  for (const c of codes) m.set(normaliseHeader(c), c);
  for (const n of names) for (const c of codes) if (typeof n[c] === 'string') m.set(normaliseHeader(n[c] as string), c);
  return (value) => m.get(normaliseHeader(value)) ?? null;
}

const statusCode = codeFrom(AMBASSADOR_STATUSES, corpsNl.status, corpsEn.status);
const stepCode = codeFrom([...STEPS, 'closed'] as const, stepsNl, stepsEn);
const sourceCode = codeFrom(['public', 'ambassador', 'association', 'network', 'desk'] as const, sourcesNl, sourcesEn);
const networkKindCode = codeFrom(NETWORK_KINDS, networkNl.kinds, networkEn.kinds);

const YES = new Set(['ja', 'yes', 'j', 'y', 'true', 'waar', '1', 'actief', 'active']);
const NO = new Set(['nee', 'no', 'n', 'false', 'onwaar', '0', 'geen', 'neen', 'inactief', 'inactive']);

/** 2026-03-01, 1-3-2026 or 01/03/2026 → 2026-03-01; anything else null. */
export function dayOf(value: string): string | null {
  const v = value.trim();
  if (isIsoDate(v)) return v;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const REFERRAL_CODE = /^[A-Z0-9-]{2,20}$/;

type Check = { values: StoredRow; errors: Record<string, string>; errorValues?: Record<string, MessageValues> };

/** Field-level checks with zod (the forms' own vocabulary), on the row's raw text. */
function zodCheck(schema: z.ZodType, input: Record<string, unknown>): { data: Record<string, unknown> | null; errors: Record<string, string> } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { data: parsed.data as Record<string, unknown>, errors: {} } : { data: null, errors: fieldErrorsOf(parsed.error) };
}

const ambassadorSchema = z.object({ name: requiredText(120), email: optionalEmail, phone: optionalPhone });
const associationSchema = z.object({ name: requiredText(120), community: requiredText(80), contactPerson: optionalText(120), phone: optionalPhone, email: optionalEmail });
const networkSchema = z.object({ name: requiredText(120), contactPerson: optionalText(120), phone: optionalPhone, email: optionalEmail });
const providerSchema = z.object({ name: requiredText(200) });
const leadSchema = z.object({ name: requiredText(100), phone, email: optionalEmail, consentBasis: requiredText(100) });

function wijkOf(raw: string | undefined, ctx: ValidationContext, errors: Record<string, string>, required: boolean): string | null {
  const code = neighbourhoodCode(raw ?? '', ctx.wijken);
  if (!code) {
    if (required) errors.wijk = 'required';
    return required ? null : null;
  }
  if (code !== 'other' && !ctx.wijken.some((w) => w.code === code)) errors.wijk = 'invalidChoice';
  return code;
}

function ambassadorRow(v: Partial<Record<KindField<'ambassadors'>, string>>, ctx: ValidationContext): Check {
  const { data, errors } = zodCheck(ambassadorSchema, { name: v.name ?? '', email: v.email ?? '', phone: v.phone ?? '' });
  const languages = (v.languages ?? '')
    .split(/[,;/|+]/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(languageCode);
  const unknownLanguage = languages.find((l) => !(LANGUAGE_CODES as readonly string[]).includes(l));
  let errorValues: Check['errorValues'];
  if (unknownLanguage !== undefined) {
    errors.languages = UNKNOWN_LANGUAGE;
    errorValues = { [UNKNOWN_LANGUAGE]: unknownLanguageValues(unknownLanguage) };
  }
  const wijk = wijkOf(v.wijk, ctx, errors, false);
  let status: string = 'candidate';
  if (v.status?.trim()) {
    const s = statusCode(v.status);
    if (!s) errors.status = 'invalidChoice';
    else if (s === 'stopped') errors.status = E.statusNotImportable;
    else status = s;
  }
  const code = (v.referralCode ?? '').trim().toUpperCase();
  if (code && !REFERRAL_CODE.test(code)) errors.referralCode = E.referralCodeFormat;
  const email = (data?.email as string | null | undefined)?.toLowerCase() ?? null;
  if (!code && !email && !errors.email) errors.email = E.keyRequired;
  // The key: the referral code when given, else the e-mail address. Both given and pointing to
  // two different ambassadors is a conflict the city must resolve in its file.
  let existingId: string | null = null;
  if (!errors.referralCode && !errors.email) {
    const byCode = code ? (ctx.ambassadorByCode?.get(code) ?? null) : null;
    const byEmail = email ? (ctx.ambassadorsByEmail?.get(email) ?? []) : [];
    if (byCode) {
      if (email && byEmail.length && !byEmail.includes(byCode)) errors.email = E.keyConflict;
      existingId = byCode;
    } else if (!code && byEmail.length > 1) errors.email = E.emailAmbiguous;
    else if (!code && byEmail.length === 1) existingId = byEmail[0]!;
    else if (code && byEmail.length) errors.referralCode = E.keyConflict;
  }
  return {
    ...(errorValues ? { errorValues } : {}),
    errors,
    values: {
      name: (data?.name as string) ?? null,
      email,
      phone: (data?.phone as string | null) ?? null,
      languages: [...new Set(languages)].join(','),
      wijk: wijk === 'other' ? null : wijk,
      status,
      referralCode: code || null,
      existingId,
      key: code ? `code:${code}` : `email:${email}`,
    },
  };
}

function associationRow(v: Partial<Record<KindField<'associations'>, string>>, ctx: ValidationContext): Check {
  const { data, errors } = zodCheck(associationSchema, { name: v.name ?? '', community: v.community ?? '', contactPerson: v.contactPerson ?? '', phone: v.phone ?? '', email: v.email ?? '' });
  const key = nameKey(v.name ?? '');
  const ids = ctx.associationsByName?.get(key) ?? [];
  if (ids.length > 1) errors.name = E.ambiguousAssociation;
  return {
    errors,
    values: {
      name: (data?.name as string) ?? null,
      community: (data?.community as string) ?? null,
      contactPerson: (data?.contactPerson as string | null) ?? null,
      phone: (data?.phone as string | null) ?? null,
      email: (data?.email as string | null)?.toLowerCase() ?? null,
      key,
    },
  };
}

function networkRow(v: Partial<Record<KindField<'network'>, string>>, ctx: ValidationContext): Check {
  const { data, errors } = zodCheck(networkSchema, { name: v.name ?? '', contactPerson: v.contactPerson ?? '', phone: v.phone ?? '', email: v.email ?? '' });
  const kind = networkKindCode(v.kind ?? '');
  if (!v.kind?.trim()) errors.kind = 'required';
  else if (!kind) errors.kind = 'invalidChoice';
  const wijk = wijkOf(v.wijk, ctx, errors, false);
  let every = '1';
  if (v.visitEveryWeeks?.trim()) {
    const n = Number(v.visitEveryWeeks.trim());
    if (!Number.isInteger(n) || n < 1 || n > MAX_VISIT_EVERY_WEEKS) errors.visitEveryWeeks = E.visitEvery;
    else every = String(n);
  }
  return {
    errors,
    values: {
      name: (data?.name as string) ?? null,
      kind,
      wijk: wijk === 'other' ? null : wijk,
      contactPerson: (data?.contactPerson as string | null) ?? null,
      phone: (data?.phone as string | null) ?? null,
      email: (data?.email as string | null)?.toLowerCase() ?? null,
      visitEveryWeeks: every,
      key: nameKey(v.name ?? ''),
    },
  };
}

function providerRow(v: Partial<Record<KindField<'providers'>, string>>): Check {
  const { data, errors } = zodCheck(providerSchema, { name: v.name ?? '' });
  let active = '1';
  if (v.active?.trim()) {
    const k = normaliseHeader(v.active);
    if (YES.has(k)) active = '1';
    else if (NO.has(k)) active = '0';
    else errors.active = 'invalidChoice';
  }
  return { errors, values: { name: (data?.name as string) ?? null, active, key: nameKey(v.name ?? '') } };
}

function leadRow(v: Partial<Record<KindField<'leads'>, string>>, ctx: ValidationContext, today: string): Check {
  const { data, errors } = zodCheck(leadSchema, { name: v.name ?? '', phone: v.phone ?? '', email: v.email ?? '', consentBasis: v.consentBasis ?? '' });
  const language = languageCode(v.language ?? '');
  if (!language) errors.language = 'required';
  let errorValues: Check['errorValues'];
  if (language && !(LANGUAGE_CODES as readonly string[]).includes(language)) {
    errors.language = UNKNOWN_LANGUAGE;
    errorValues = { [UNKNOWN_LANGUAGE]: unknownLanguageValues(v.language ?? '') };
  }
  const wijk = wijkOf(v.wijk, ctx, errors, true);
  if (!errors.consentBasis && NO.has(normaliseHeader(v.consentBasis ?? ''))) errors.consentBasis = E.consentRefused;

  let step: string = 'new';
  if (v.step?.trim()) {
    const s = stepCode(v.step);
    if (!s) errors.step = 'invalidChoice';
    else if (s === 'closed') errors.step = E.stepNotImportable;
    else step = s;
  }
  let planSignedOn: string | null = null;
  if (v.planSignedOn?.trim()) {
    planSignedOn = dayOf(v.planSignedOn);
    if (!planSignedOn) errors.planSignedOn = 'invalidDate';
  } else if ((SIGNED_STATUSES as readonly string[]).includes(step)) errors.planSignedOn = E.planDateRequired;
  let signedUpOn = today;
  if (v.signedUpOn?.trim()) {
    const d = dayOf(v.signedUpOn);
    if (!d) errors.signedUpOn = 'invalidDate';
    else if (d > today) errors.signedUpOn = E.dateInFuture;
    else signedUpOn = d;
  }

  // Source and attribution: who gets the credit, as the city recorded it.
  const source = v.source?.trim() ? sourceCode(v.source) : null;
  if (!v.source?.trim()) errors.source = 'required';
  else if (!source) errors.source = 'invalidChoice';
  const code = (v.referralCode ?? '').trim().toUpperCase();
  let ambassadorId: string | null = null;
  if (code) {
    ambassadorId = ctx.ambassadorByCode?.get(code) ?? null;
    if (!ambassadorId) errors.referralCode = E.unknownAmbassador;
  }
  let associationId: string | null = null;
  if (v.association?.trim()) {
    const ids = ctx.associationsByName?.get(nameKey(v.association)) ?? [];
    if (ids.length === 0) errors.association = E.unknownAssociation;
    else if (ids.length > 1) errors.association = E.ambiguousAssociation;
    else associationId = ids[0]!;
  }
  let networkOrganisationId: string | null = null;
  if (v.networkOrganisation?.trim()) {
    networkOrganisationId = ctx.networkByName?.get(nameKey(v.networkOrganisation)) ?? null;
    if (!networkOrganisationId) errors.networkOrganisation = E.unknownNetwork;
  }
  if (source === 'ambassador' && !code && !errors.referralCode) errors.referralCode = E.attributionRequired;
  if (source === 'association' && !v.association?.trim()) errors.association = E.attributionRequired;
  if (source === 'network' && !v.networkOrganisation?.trim()) errors.networkOrganisation = E.attributionRequired;

  return {
    ...(errorValues ? { errorValues } : {}),
    errors,
    values: {
      name: (data?.name as string) ?? null,
      phone: (data?.phone as string) ?? null,
      email: (data?.email as string | null) ?? null,
      language,
      wijk,
      step,
      planSignedOn,
      signedUpOn,
      source,
      referralCode: code || null,
      ambassadorId,
      associationId,
      networkOrganisationId,
      consentBasis: (data?.consentBasis as string) ?? null,
      key: data ? `${data.phone as string}|${nameKey(data.name as string)}` : null,
    },
  };
}

/** The field a duplicate key is reported on. */
const KEY_FIELD: Record<OnboardingKind, string> = { ambassadors: 'email', associations: 'name', network: 'name', leads: 'phone', providers: 'name' };

export function validateOnboardingRows(
  kind: OnboardingKind,
  rows: readonly ParsedRow<string>[],
  ctx: ValidationContext,
  today: string,
): { valid: StoredRow[]; failed: FailedRow[] } {
  const valid: StoredRow[] = [];
  const failed: FailedRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  for (const { row, values } of rows) {
    const check =
      kind === 'ambassadors'
        ? ambassadorRow(values, ctx)
        : kind === 'associations'
          ? associationRow(values, ctx)
          : kind === 'network'
            ? networkRow(values, ctx)
            : kind === 'providers'
              ? providerRow(values)
              : leadRow(values, ctx, today);
    const { errors } = check;
    let errorValues: FailedRow['errorValues'] = check.errorValues;
    const key = check.values.key;
    if (key && Object.keys(errors).length === 0) {
      const earlier = firstRowOfKey.get(key);
      if (earlier !== undefined) {
        const field = kind === 'ambassadors' && key.startsWith('code:') ? 'referralCode' : KEY_FIELD[kind];
        errors[field] = E.duplicateInFile;
        errorValues = { [E.duplicateInFile]: { row: String(earlier) } };
      } else firstRowOfKey.set(key, row);
    }
    if (Object.keys(errors).length === 0) valid.push({ row: String(row), ...check.values });
    else {
      const kept: Record<string, string> = {};
      for (const [f, text] of Object.entries(values)) if (text !== undefined) kept[f] = text.slice(0, 2000);
      failed.push({ row, values: kept, errors, ...(errorValues ? { errorValues } : {}) });
    }
  }
  return { valid, failed };
}
