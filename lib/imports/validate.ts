import enLanguages from '@/lib/i18n/messages/en/languages.json';
import type { MessageValues } from '@/lib/actions/form-state';
import nlLanguages from '@/lib/i18n/messages/nl/languages.json';
import { fieldErrorsOf } from '@/lib/actions/validation';
import { LANGUAGE_CODES } from '@/lib/languages';
import { contactRowSchema } from '@/lib/associations/schema';
import { type ImportField, type ParsedRow, normaliseHeader } from './parse';

/**
 * Rows of a file → valid contacts and failed rows with a reason per field. The same rules as the
 * single form (./schema.ts `contactFields`); in a file the language may also be written as its
 * Dutch or English name and the wijk as its name. Pure: the caller passes the wijken.
 */

export interface ValidRow {
  row: number;
  name: string;
  /** E.164 */
  phone: string;
  language: string;
  /** A neighbourhood code, or "other". */
  neighbourhood: string;
  note: string | null;
  /** This association already passed this number on (an open lead of its own): imported anyway, shown as a warning. */
  known?: boolean;
}

export interface FailedRow {
  row: number;
  values: Record<string, string>;
  /** field → message key (a bare key is one of the shared `errors.*`) */
  errors: Record<string, string>;
  /** the ICU arguments of messages that have any, by message key (the row a number repeats) */
  errorValues?: Record<string, MessageValues>;
}

const key = (text: string) => normaliseHeader(text);

/** A number the file already had in an earlier row (`{row}`). */
const DUPLICATE = 'associationImport.errors.duplicateInFile';

/** "Dari", "dari", "prs", "Berbers (Tamazight)", "Berbers", "Tamazight", "Turkish" → code. */
const LANGUAGE_BY_NAME: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = key(name);
    if (k && !m.has(k)) m.set(k, code);
  };
  for (const code of LANGUAGE_CODES) add(code, code);
  for (const names of [nlLanguages, enLanguages] as Record<string, string>[]) {
    for (const [code, name] of Object.entries(names)) {
      if (!(LANGUAGE_CODES as readonly string[]).includes(code)) continue;
      add(name, code);
      // "Berbers (Tamazight)" → also "Berbers" and "Tamazight".
      const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(name);
      if (paren) {
        add(paren[1]!, code);
        add(paren[2]!, code);
      }
    }
  }
  for (const [name, code] of Object.entries({
    anders: 'other', andere: 'other', overig: 'other', overige: 'other', other: 'other',
    perzisch: 'fa', persian: 'fa', pashto: 'ps', pasjto: 'ps', nederlandsdutch: 'nl', dutch: 'nl',
    amazigh: 'ber', koerdischkurmanci: 'ku', kurdish: 'ku', tigrinja: 'ti', arabic: 'ar', turkish: 'tr',
  })) add(name, code);
  return m;
})();

export function languageCode(value: string): string {
  return LANGUAGE_BY_NAME.get(key(value)) ?? value.trim();
}

/** The message for a language a file names that we do not know (a shared `errors.*` key). */
export const UNKNOWN_LANGUAGE = 'unknownLanguage';

/** The languages a file may name, as one line: the Dutch names ("Berbers", not "Berbers (Tamazight)"), then "anders". */
const ACCEPTED_LANGUAGES = [
  ...(LANGUAGE_CODES as readonly string[]).filter((c) => c !== 'other').map((c) => (nlLanguages as Record<string, string>)[c]!.replace(/\s*\(.*\)$/, '')),
  'anders',
].join(', ');

/**
 * The arguments of `UNKNOWN_LANGUAGE` for a value no language matches: the value as written
 * (shortened) and the names we accept, so the user can fix the file without asking anyone.
 */
export function unknownLanguageValues(value: string): MessageValues {
  const v = value.trim();
  return { value: v.length > 40 ? `${v.slice(0, 40)}…` : v, accepted: ACCEPTED_LANGUAGES };
}

const OTHER_WIJK = new Set(['other', 'anders', 'andere', 'anderewijk', 'overig', 'buitenzoetermeer', 'elders', 'outsidezoetermeer']);

/** A wijk's code, name (any case/accents) or "anders" → code or "other"; unknown stays as typed. */
export function neighbourhoodCode(value: string, wijken: readonly { code: string; name: string }[]): string {
  const k = key(value);
  if (!k) return '';
  if (OTHER_WIJK.has(k)) return 'other';
  const hit = wijken.find((w) => key(w.code) === k || key(w.name) === k);
  return hit ? hit.code : value.trim();
}

const NO = new Set(['nee', 'no', 'n', 'false', 'onwaar', '0', 'geen', 'neen']);

const VALUE_FIELDS: ImportField[] = ['name', 'phone', 'language', 'neighbourhood', 'note', 'consent'];

export function validateRows(rows: readonly ParsedRow[], ctx: { wijken: readonly { code: string; name: string }[] }): { valid: ValidRow[]; failed: FailedRow[] } {
  const valid: ValidRow[] = [];
  const failed: FailedRow[] = [];
  const firstRowOfPhone = new Map<string, number>();
  const wijkCodes = new Set(ctx.wijken.map((w) => w.code));

  for (const { row, values } of rows) {
    const input = {
      name: values.name ?? '',
      phone: values.phone ?? '',
      language: languageCode(values.language ?? ''),
      neighbourhood: neighbourhoodCode(values.neighbourhood ?? '', ctx.wijken),
      note: values.note ?? '',
    };
    const parsed = contactRowSchema.safeParse(input);
    const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(parsed.error);
    let errorValues: FailedRow['errorValues'];
    if (!errors.neighbourhood && input.neighbourhood !== 'other' && !wijkCodes.has(input.neighbourhood)) {
      errors.neighbourhood = 'invalidChoice';
    }
    if (values.consent && NO.has(key(values.consent))) errors.consent = 'associationImport.errors.consentRefused';
    // A file has no select: an empty cell is "fill this in", a language we do not know says which.
    if (errors.language === 'choiceRequired') errors.language = 'required';
    if (errors.neighbourhood === 'choiceRequired') errors.neighbourhood = 'required';
    if (errors.language === 'invalidChoice') {
      errors.language = UNKNOWN_LANGUAGE;
      errorValues = { [UNKNOWN_LANGUAGE]: unknownLanguageValues(values.language ?? '') };
    }
    if (parsed.success) {
      const earlier = firstRowOfPhone.get(parsed.data.phone);
      if (earlier !== undefined) {
        errors.phone = DUPLICATE;
        errorValues = { ...errorValues, [DUPLICATE]: { row: String(earlier) } }; // as written: row 1234, not 1.234
      }
    }
    if (parsed.success && Object.keys(errors).length === 0) {
      firstRowOfPhone.set(parsed.data.phone, row);
      valid.push({ row, ...parsed.data });
    } else {
      const kept: Record<string, string> = {};
      for (const f of VALUE_FIELDS) if (values[f] !== undefined) kept[f] = values[f]!.slice(0, 2000);
      failed.push({ row, values: kept, errors, ...(errorValues ? { errorValues } : {}) });
    }
  }
  return { valid, failed };
}


/** The jsonb form stored in import_batches.rows (string values only). */
export function toStored(r: ValidRow): Record<string, string | null> {
  return {
    row: String(r.row),
    name: r.name,
    phone: r.phone,
    language: r.language,
    neighbourhood: r.neighbourhood,
    note: r.note,
    known: r.known ? '1' : null,
  };
}

export function fromStored(r: Record<string, string | null>): ValidRow {
  return {
    row: Number(r.row),
    name: r.name as string,
    phone: r.phone as string,
    language: r.language as string,
    neighbourhood: r.neighbourhood as string,
    note: r.note ?? null,
    known: r.known === '1',
  };
}
