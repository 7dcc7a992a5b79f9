import 'server-only';
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30-second steps) for the second
 * factor, with `otpauth`. A code is accepted one step either side of now (clock drift), and only
 * once: the step of the last accepted code is kept, and a code of that step or earlier is refused.
 * TOTP_ALLOW_CODE_REUSE=1 turns that replay check off; only the browser-test server sets it
 * (scripts/e2e-server.mjs), because its journeys sign the same demo account in many times a minute.
 */
export const TOTP_WINDOW = 1;
const PERIOD = 30;
const ISSUER = 'Wijkwerf';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = 'account'): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, label: string): string {
  return totp(secret, label).toString();
}

export function totpStep(now = new Date()): number {
  return Math.floor(now.getTime() / 1000 / PERIOD);
}

/**
 * The step of `code` if it is valid now (within the window) and newer than `lastStep`, else null.
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now = new Date()): number | null {
  const clean = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(clean)) return null;
  const delta = totp(secret).validate({ token: clean, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = totpStep(now) + delta;
  if (process.env.TOTP_ALLOW_CODE_REUSE !== '1' && lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The current code (tests, and the demo's documentation). */
export function totpCode(secret: string, now = new Date()): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten recovery codes like `k7dm-3xq9-p2ra` (about 60 bits each); shown once, stored hashed. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function normalizeRecoveryCode(code: string): string | null {
  const c = code.trim().toLowerCase().replace(/[\s-]+/g, '');
  if (!/^[a-z0-9]{12}$/.test(c)) return null;
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8, 12)}`;
}
