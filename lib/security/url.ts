import { z } from 'zod';

/**
 * The one rule for a URL we store and publish (curation forms, the HSDS import, the open API):
 * only http, https, mailto and tel. Everything else — javascript:, data:, vbscript:, file:, and
 * the tricks browsers "repair" (mixed case, tabs or line breaks inside the scheme, entities like
 * `&#106;` or `&colon;`, a scheme hidden after leading junk) — is refused.
 */
export const ALLOWED_URL_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;
export const MAX_URL_LENGTH = 2000;

/** Control characters, any kind of white space, and invisible format characters (zero-width …). */
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;
/** Character references a browser would decode in HTML: `&#106;`, `&#x6A;`, `&colon;`, `&Tab;`. */
const ENTITY = /&(#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** The scheme must be written plainly at the start. */
const PLAIN_SCHEME = /^(https?|mailto|tel):/i;

/** The URL (trimmed) when it is allowed, else null. */
export function safeUrl(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  if (!text || text.length > MAX_URL_LENGTH) return null;
  if (UNSAFE_CHARS.test(text) || ENTITY.test(text) || text.includes('\\')) return null;
  const scheme = PLAIN_SCHEME.exec(text);
  if (!scheme) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!(ALLOWED_URL_SCHEMES as readonly string[]).includes(url.protocol)) return null;
  // The parser must agree with what is written (no scheme a browser would read differently).
  if (url.protocol !== `${scheme[1]!.toLowerCase()}:`) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    // A web address has a host name with a dot (www.example.nl), and no user:password@ part.
    if (!url.hostname.includes('.') || url.username || url.password) return null;
  } else if (url.protocol === 'mailto:') {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+/.test(decodeURIComponent(url.pathname))) return null;
  } else if (!/^\+?[0-9][0-9 ()./-]{2,30}$/.test(decodeURIComponent(url.pathname))) {
    return null;
  }
  return text;
}

export const isSafeUrl = (input: unknown): boolean => safeUrl(input) !== null;

/**
 * An optional URL form field: empty → null; otherwise it must pass `safeUrl`, else the field
 * error `urlInvalid` (the message key the forms already translate).
 */
export const optionalUrlField = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .max(500, 'tooLong')
      .refine((v) => isSafeUrl(v), 'urlInvalid')
      .optional(),
  )
  .transform((v) => v ?? null);
