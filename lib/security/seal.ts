import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A small value sealed for one purpose: encrypted and authenticated (AES-256-GCM) with a key
 * derived from AUTH_SECRET for that purpose only (HKDF-SHA256), with an expiry inside. For what
 * the server hands a browser to give back a moment later and that nobody else may read or change
 * (the public sign-up's typed values after a plain post with errors: lib/leads/signup/flash.ts).
 */
function keyFor(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is required');
  return Buffer.from(hkdfSync('sha256', secret, '', `wijkwerf-seal:${purpose}`, 32));
}

/** `value` (JSON) sealed for `purpose`, valid `seconds` from `now`; base64url, safe in a cookie. */
export function seal(purpose: string, value: unknown, seconds: number, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(purpose), iv);
  const plain = Buffer.from(JSON.stringify({ exp: Math.floor(now / 1000) + seconds, v: value }));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The value sealed for `purpose`, or null when the text is not one (changed, another purpose or key) or has expired. */
export function unseal(purpose: string, sealed: string, now = Date.now()): unknown {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 29) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyFor(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
    const { exp, v } = JSON.parse(plain.toString()) as { exp?: unknown; v?: unknown };
    if (typeof exp !== 'number' || exp * 1000 <= now) return null;
    return v ?? null;
  } catch {
    return null;
  }
}
