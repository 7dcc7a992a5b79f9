import { gunzipSync } from 'node:zlib';
import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS_GZIP_BASE64 } from './common-passwords';

// argon2id with OWASP's recommended minimum (m=19 MiB, t=2, p=1).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

let common: Set<string> | undefined;

/**
 * The shipped list of common and breached passwords (./common-passwords.ts, made by
 * scripts/common-passwords.ts: the 12,000-odd entries of at least 12 characters from 437,000
 * breached passwords), unpacked into a Set on first use and kept for the life of the process
 * (measured: about 1.2 MB of heap, some 20 ms once).
 */
export function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(gunzipSync(Buffer.from(COMMON_PASSWORDS_GZIP_BASE64, 'base64')).toString('utf8').split('\n'));
  return common;
}

/**
 * Why a new password is refused, as an `invite.errors.*` key, or null when it is fine: shorter
 * than MIN_PASSWORD_LENGTH, or in the shipped list of common and breached passwords (compared
 * lower-cased and without surrounding spaces; no external service is asked).
 */
export function passwordProblem(password: string): 'invite.errors.passwordTooShort' | 'invite.errors.passwordCommon' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'invite.errors.passwordTooShort';
  if (commonPasswords().has(password.trim().toLowerCase())) return 'invite.errors.passwordCommon';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('wijkwerf-no-such-account');
  return dummyHash;
}
