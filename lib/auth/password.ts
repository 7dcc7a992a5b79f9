import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords';

// argon2id with OWASP's recommended minimum (m=19 MiB, t=2, p=1).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

const COMMON = new Set(COMMON_PASSWORDS);

/**
 * Why a new password is refused, as an `invite.errors.*` key, or null when it is fine: shorter
 * than MIN_PASSWORD_LENGTH, or in the shipped list of common and breached passwords (compared
 * lower-cased and without surrounding spaces; no external service is asked).
 */
export function passwordProblem(password: string): 'invite.errors.passwordTooShort' | 'invite.errors.passwordCommon' | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'invite.errors.passwordTooShort';
  if (COMMON.has(password.trim().toLowerCase())) return 'invite.errors.passwordCommon';
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
