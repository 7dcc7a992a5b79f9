/**
 * The digital pass's rules (pure). A pass is valid now when the ambassador is active (status and
 * login), the pass was issued, has not expired (Amsterdam date) and was not handed back. Stopping
 * or pausing makes it invalid at once: the check reads the status on every request.
 */
export interface PassState {
  status: string;
  userActive: boolean;
  passIssuedOn: string | null;
  passExpiresOn: string | null;
  passReturnedOn: string | null;
}

export function isPassValid(p: PassState, today: string): boolean {
  return p.status === 'active' && p.userActive && !!p.passIssuedOn && p.passIssuedOn <= today && !p.passReturnedOn && (!p.passExpiresOn || p.passExpiresOn >= today);
}

export const MAX_PASS_PHOTO_BYTES = 2 * 1024 * 1024;
export const PASS_PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PassPhotoType = (typeof PASS_PHOTO_TYPES)[number];

/** The photo's type from its first bytes (JPEG, PNG, WebP), never from its name or claimed type. */
export function detectPassPhotoType(bytes: Uint8Array): PassPhotoType | null {
  const at = (sig: number[], off = 0) => bytes.length >= off + sig.length && sig.every((b, i) => bytes[off + i] === b);
  if (at([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (at([0x52, 0x49, 0x46, 0x46]) && at([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

/** 16 characters of Crockford base32: 80 bits, not to be guessed. */
export const PASS_CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;
