import { createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * The header in which our own HTTP server (scripts/serve.mjs) passes the socket address of the
 * connection on to the app. Next 16 gives proxy.ts, route handlers and server actions no access to
 * the socket, so this is the only reliable source. The server overwrites the header on every
 * request and prefixes the address with a random token of its process
 * (WIJKWERF_PEER_TOKEN, set by that server only), so a value a client sends is never believed,
 * also not when the app runs without that server (`next dev`, a bare `next start`).
 */
export const PEER_HEADER = 'x-wijkwerf-peer';
export const PEER_TOKEN_ENV = 'WIJKWERF_PEER_TOKEN';

export type TrustedProxies =
  | { kind: 'none' }
  | { kind: 'count'; hops: number }
  | { kind: 'cidr'; list: BlockList };

/**
 * The canonical text of an IP address (IPv4 dotted, IPv6 compressed lower case, IPv4-mapped IPv6
 * as IPv4; port, brackets and zone dropped), or null for anything that is not an address.
 */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  s = s.replace(/%[\w.-]*$/, '');
  const version = isIP(s);
  if (version === 4) return s;
  if (version !== 6) return null;
  let v6: string;
  try {
    v6 = new URL(`http://[${s}]/`).hostname.slice(1, -1);
  } catch {
    return null;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (mapped) {
    const hi = parseInt(mapped[1]!, 16);
    const lo = parseInt(mapped[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return v6;
}

/**
 * Parses TRUSTED_PROXIES: empty (or "0"/"none") trusts no proxy; a number is how many proxies
 * stand in front of the app; otherwise a comma-separated list of addresses and CIDR ranges
 * (IPv4 and IPv6) of the trusted proxies. Anything else is a configuration error.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v.toLowerCase() === 'none') return { kind: 'none' };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops > 32) throw new Error(`TRUSTED_PROXIES: ${hops} proxies is not a plausible number of hops`);
    return { kind: 'count', hops };
  }
  const list = new BlockList();
  for (const entry of v.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [addr, prefix, ...rest] = entry.split('/');
    const ip = normalizeIp(addr);
    const family = ip && isIP(ip) === 4 ? 'ipv4' : 'ipv6';
    const max = family === 'ipv4' ? 32 : 128;
    const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    // A range written as IPv4-mapped IPv6 would mean different bits once mapped to IPv4: refuse it.
    const mappedRange = prefix !== undefined && family === 'ipv4' && addr!.includes(':');
    if (!ip || rest.length || !(bits >= 0 && bits <= max) || mappedRange) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is neither a number of proxies nor an IP address or CIDR range`);
    }
    list.addSubnet(ip, bits, family);
  }
  return { kind: 'cidr', list };
}

let cached: { value: string | undefined; parsed: TrustedProxies } | undefined;
function trustedFromEnv(): TrustedProxies {
  const value = process.env.TRUSTED_PROXIES;
  if (!cached || cached.value !== value) cached = { value, parsed: parseTrustedProxies(value) };
  return cached.parsed;
}

/** The socket address our own server recorded for this request, or null when there is none. */
function socketAddress(headers: Headers): string | null {
  const token = process.env[PEER_TOKEN_ENV];
  const value = headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(' ');
  if (space < 0 || value.slice(0, space) !== token) return null;
  return normalizeIp(value.slice(space + 1));
}

function isTrusted(list: BlockList, ip: string): boolean {
  return list.check(ip, isIP(ip) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address, the one function every caller uses (flood control, login throttling,
 * audit). With no trusted proxies it is the socket address and X-Forwarded-For is ignored. With
 * TRUSTED_PROXIES it walks the chain [X-Forwarded-For..., socket address] from the right, skipping
 * the trusted proxies, and takes the right-most address that is not one: entries to the left of
 * it are written by the client and never believed. "unknown" when there is no usable address.
 */
export function clientIp(headers: Headers, trusted: TrustedProxies = trustedFromEnv()): string {
  const peer = socketAddress(headers);
  if (trusted.kind === 'none') return peer ?? 'unknown';

  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const chain: (string | null)[] = [...forwarded, peer];

  if (trusted.kind === 'count') {
    // The socket peer is the nearest proxy; each proxy appended the address it saw.
    const i = chain.length - 1 - trusted.hops;
    return normalizeIp(chain[Math.max(0, i)]) ?? 'unknown';
  }

  // Without the socket address we cannot know that the right-most entry came from a proxy.
  if (!peer) return 'unknown';
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = normalizeIp(chain[i]);
    if (!ip) return 'unknown';
    if (!isTrusted(trusted.list, ip) || i === 0) return ip;
  }
  return 'unknown';
}

/**
 * A pseudonymous, keyed hash of an IP address: good for counting and correlating, useless for
 * recovering the address without the server's secret. Raw addresses are never stored.
 */
export function hashIp(ip: string): string {
  return createHmac('sha256', ipHashKey()).update(ip).digest('base64url').slice(0, 22);
}

/**
 * IP_HASH_KEY, a key of its own (not AUTH_SECRET, so rotating one does not touch the other).
 * Production refuses to run without it (scripts/start.mjs checks too); a fixed key only in
 * development and tests.
 */
export function ipHashKey(): string {
  const key = process.env.IP_HASH_KEY;
  if (key) return key;
  if (process.env.NODE_ENV === 'production') throw new Error('IP_HASH_KEY is not set');
  return 'wijkwerf-dev-ip-key';
}
