import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The sign-in ticket: proof, signed with the server's secret, that a password was checked a
 * moment ago for user `uid` (session version `sv`). Auth.js's Credentials provider accepts this
 * ticket (plus the second-factor code when the account has one) instead of the password, so the
 * password is checked once and never travels on to the second step. Valid TICKET_SECONDS.
 */
export const TICKET_SECONDS = 5 * 60;
export const TICKET_COOKIE = 'wijkwerf-signin';

function key(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is required');
  return createHmac('sha256', secret).update('wijkwerf-signin-ticket').digest();
}

function mac(payload: string): string {
  return createHmac('sha256', key()).update(payload).digest('base64url');
}

export function signTicket(uid: string, sv: number, now = new Date()): string {
  const payload = Buffer.from(JSON.stringify({ uid, sv, exp: Math.floor(now.getTime() / 1000) + TICKET_SECONDS })).toString('base64url');
  return `${payload}.${mac(payload)}`;
}

export function readTicket(ticket: string, now = new Date()): { uid: string; sv: number } | null {
  const [payload, sig] = ticket.split('.');
  if (!payload || !sig || ticket.length > 400) return null;
  const expected = Buffer.from(mac(payload));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const v = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { uid?: unknown; sv?: unknown; exp?: unknown };
    if (typeof v.uid !== 'string' || typeof v.sv !== 'number' || typeof v.exp !== 'number') return null;
    if (v.exp * 1000 <= now.getTime()) return null;
    return { uid: v.uid, sv: v.sv };
  } catch {
    return null;
  }
}
