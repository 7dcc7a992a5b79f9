import { randomBytes } from 'node:crypto';

/**
 * Verification codes of certificates: 12 characters from a 32-letter alphabet without look-alikes
 * (no 0/O, 1/I), drawn from the system's random source — 60 bits, not sequential, not derived from
 * anything about the holder. Shown in groups of four (ABCD-EFGH-JKLM); read in any case, with or
 * without the dashes and spaces.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const CODE_LENGTH = 12;

export function newVerificationCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  // 256 is a multiple of 32: every letter is equally likely.
  return Array.from(bytes, (b) => CODE_ALPHABET[b % 32]).join('');
}

/** ABCD-EFGH-JKLM */
export function formatCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** A code as typed or linked → the stored form, or null when it cannot be one. */
export function normalizeCode(input: string): string | null {
  const clean = input.replace(/[\s-]/g, '').toUpperCase();
  if (clean.length !== CODE_LENGTH) return null;
  for (const c of clean) if (!CODE_ALPHABET.includes(c)) return null;
  return clean;
}
