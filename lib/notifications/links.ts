import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Single-purpose signed links for people without a login (an organisation answering a referral):
 * `<id>_<expiry>_<signature>` (no dots: the proxy leaves paths with a dot to the static files), the signature an HMAC-SHA256 over purpose, id and expiry with a
 * server secret (LINK_SECRET, else a key derived from AUTH_SECRET). A link made for one purpose
 * never verifies for another; after its expiry it is refused; the caller records its use
 * (`used_signed_links`) so that it works once.
 */
export type LinkPurpose = 'referral-response' | 'survey-invite';

function key(): Buffer {
  const secret = process.env.LINK_SECRET || process.env.AUTH_SECRET || (process.env.NODE_ENV === 'test' ? 'test-only-link-secret' : '');
  if (!secret) throw new Error('LINK_SECRET or AUTH_SECRET is required for signed links');
  // A key of its own, so a signature here is never one Auth.js would accept, nor the reverse.
  return createHmac('sha256', secret).update('wijkwerf:signed-links:v1').digest();
}

function signature(purpose: LinkPurpose, id: string, expires: number): string {
  return createHmac('sha256', key()).update(`${purpose}\n${id}\n${expires}`).digest('base64url');
}

export function signLink(purpose: LinkPurpose, id: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${id}_${expires.toString(36)}_${signature(purpose, id, expires)}`;
}

export type LinkCheck = { ok: true; id: string; expiresAt: Date } | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

export function verifyLink(purpose: LinkPurpose, token: string, now = new Date()): LinkCheck {
  const m = /^([0-9a-f-]{36})_([0-9a-z]{1,12})_([A-Za-z0-9_-]{1,100})$/.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const [, id, exp, sig] = m as unknown as [string, string, string, string];
  const expires = parseInt(exp, 36);
  const expected = Buffer.from(signature(purpose, id, expires));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (expires * 1000 <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, id, expiresAt: new Date(expires * 1000) };
}

/** What is stored of a used link: a hash, never the link itself. */
export function linkHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
