import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Normalises a Dutch or international phone number to E.164 (+31612345678).
 * Numbers without a country code are read as Dutch. Returns null when it is not a valid number.
 */
export function normalizePhone(input: string): string | null {
  const cleaned = input.trim();
  if (!cleaned || cleaned.length > 32) return null;
  const withPlus = cleaned.startsWith('00') ? `+${cleaned.slice(2)}` : cleaned;
  const parsed = parsePhoneNumberFromString(withPlus, { defaultCountry: 'NL', extract: false });
  if (!parsed || !parsed.isValid() || parsed.ext) return null;
  return parsed.number;
}
