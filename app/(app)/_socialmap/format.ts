import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** "+31793699101" → "079 369 9101" (national format for Dutch numbers, international otherwise). */
export function displayPhone(e164: string): string {
  const p = parsePhoneNumberFromString(e164);
  if (!p) return e164;
  return p.country === 'NL' ? p.formatNational() : p.formatInternational();
}

export const badge = 'inline-block rounded px-2 py-0.5 text-sm font-semibold';
export const linkClass = 'font-semibold text-brand-700 underline';
