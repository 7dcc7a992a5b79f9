import { createHmac } from 'node:crypto';

/** The client's address as the nearest proxy reports it; "unknown" when absent. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  if (forwarded) return forwarded.split(',')[0]!.trim() || 'unknown';
  return headers.get('x-real-ip')?.trim() || 'unknown';
}

/**
 * A pseudonymous, keyed hash of an IP address: good for counting and correlating, useless for
 * recovering the address without the server's secret. Raw addresses are never stored.
 */
export function hashIp(ip: string): string {
  const key = process.env.AUTH_SECRET || 'wijkwerf-dev-ip-key';
  return createHmac('sha256', key).update(ip).digest('base64url').slice(0, 22);
}
