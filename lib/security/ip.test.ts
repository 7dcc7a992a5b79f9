import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PEER_HEADER, PEER_TOKEN_ENV, clientIp, hashIp, normalizeIp, parseTrustedProxies } from './ip';

const TOKEN = 'test-peer-token';
/** Request headers as our server (scripts/serve.mjs) hands them on: the socket address in PEER_HEADER. */
function req(opts: { xff?: string; peer?: string; headers?: Record<string, string> }): Headers {
  const h = new Headers(opts.headers);
  if (opts.xff !== undefined) h.set('x-forwarded-for', opts.xff);
  if (opts.peer !== undefined) h.set(PEER_HEADER, `${TOKEN} ${opts.peer}`);
  return h;
}
const none = parseTrustedProxies(undefined);

let saved: { token?: string; trusted?: string };
beforeEach(() => {
  saved = { token: process.env[PEER_TOKEN_ENV], trusted: process.env.TRUSTED_PROXIES };
  process.env[PEER_TOKEN_ENV] = TOKEN;
});
afterEach(() => {
  for (const [k, v] of [[PEER_TOKEN_ENV, saved.token], ['TRUSTED_PROXIES', saved.trusted]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('clientIp without trusted proxies (the default)', () => {
  it('ignores X-Forwarded-For entirely and uses the socket address', () => {
    expect(clientIp(req({ xff: '203.0.113.9', peer: '198.51.100.7' }), none)).toBe('198.51.100.7');
    // 60 invented addresses are still one client.
    const seen = new Set(Array.from({ length: 60 }, (_, i) => clientIp(req({ xff: `10.0.0.${i}`, peer: '198.51.100.7' }), none)));
    expect([...seen]).toEqual(['198.51.100.7']);
  });

  it('reads the environment: TRUSTED_PROXIES unset means no proxy is trusted', () => {
    delete process.env.TRUSTED_PROXIES;
    expect(clientIp(req({ xff: '203.0.113.9', peer: '198.51.100.7' }))).toBe('198.51.100.7');
  });

  it('does not fall back to a header the client writes', () => {
    const h = req({ xff: '203.0.113.9', headers: { 'x-real-ip': '203.0.113.10' } });
    expect(clientIp(h, none)).toBe('unknown');
  });

  it('never believes a peer header without the server token', () => {
    const forged = new Headers({ [PEER_HEADER]: 'guess 203.0.113.9' });
    expect(clientIp(forged, none)).toBe('unknown');
    const bare = new Headers({ [PEER_HEADER]: '203.0.113.9' });
    expect(clientIp(bare, none)).toBe('unknown');
    delete process.env[PEER_TOKEN_ENV]; // a bare `next start`: no token at all
    expect(clientIp(new Headers({ [PEER_HEADER]: ' 203.0.113.9' }), none)).toBe('unknown');
    expect(clientIp(new Headers({ [PEER_HEADER]: 'undefined 203.0.113.9' }), none)).toBe('unknown');
  });

  it('normalises the socket address (IPv4-mapped IPv6, IPv6)', () => {
    expect(clientIp(req({ peer: '::ffff:127.0.0.1' }), none)).toBe('127.0.0.1');
    expect(clientIp(req({ peer: '2001:DB8:0:0::1' }), none)).toBe('2001:db8::1');
  });
});

describe('clientIp with a number of trusted proxies', () => {
  const one = parseTrustedProxies('1');
  const two = parseTrustedProxies('2');

  it('takes the address the nearest proxy appended and ignores spoofed entries to its left', () => {
    expect(clientIp(req({ xff: '1.2.3.4, 5.6.7.8, 203.0.113.9', peer: '10.0.0.2' }), one)).toBe('203.0.113.9');
    const seen = new Set(
      Array.from({ length: 60 }, (_, i) => clientIp(req({ xff: `10.9.9.${i}, 203.0.113.9`, peer: '10.0.0.2' }), one)),
    );
    expect([...seen]).toEqual(['203.0.113.9']);
  });

  it('skips as many hops as configured', () => {
    expect(clientIp(req({ xff: '6.6.6.6, 203.0.113.9, 10.0.0.3', peer: '10.0.0.2' }), two)).toBe('203.0.113.9');
  });

  it('uses the socket address when the proxy added nothing (a direct connection)', () => {
    expect(clientIp(req({ peer: '198.51.100.7' }), one)).toBe('198.51.100.7');
  });

  it('works without the socket address too (the count does not need it)', () => {
    expect(clientIp(req({ xff: '6.6.6.6, 203.0.113.9' }), one)).toBe('203.0.113.9');
  });

  it('reads TRUSTED_PROXIES from the environment', () => {
    process.env.TRUSTED_PROXIES = '1';
    expect(clientIp(req({ xff: '6.6.6.6, 203.0.113.9', peer: '10.0.0.2' }))).toBe('203.0.113.9');
  });
});

describe('clientIp with trusted proxy ranges', () => {
  const ranges = parseTrustedProxies('10.0.0.0/8, 192.168.1.1, fd00::/8, ::1');

  it('walks from the right past trusted proxies to the first untrusted address', () => {
    expect(clientIp(req({ xff: '6.6.6.6, 203.0.113.9, 10.1.2.3', peer: '10.0.0.2' }), ranges)).toBe('203.0.113.9');
    expect(clientIp(req({ xff: '203.0.113.9, 192.168.1.1', peer: '::1' }), ranges)).toBe('203.0.113.9');
  });

  it('a spoofed trusted-looking address to the left of the real client changes nothing', () => {
    expect(clientIp(req({ xff: '10.0.0.99, 203.0.113.9', peer: '10.0.0.2' }), ranges)).toBe('203.0.113.9');
  });

  it('ignores X-Forwarded-For from a socket peer that is not a trusted proxy', () => {
    expect(clientIp(req({ xff: '203.0.113.9', peer: '198.51.100.7' }), ranges)).toBe('198.51.100.7');
  });

  it('handles IPv6 clients and proxies, with brackets and ports', () => {
    expect(clientIp(req({ xff: '2001:db8::abcd, fd12::1', peer: 'fd00::2' }), ranges)).toBe('2001:db8::abcd');
    expect(clientIp(req({ xff: '[2001:DB8::ABCD]:443', peer: '::ffff:10.0.0.2' }), ranges)).toBe('2001:db8::abcd');
    expect(clientIp(req({ xff: '203.0.113.9:51234', peer: '10.0.0.2' }), ranges)).toBe('203.0.113.9');
  });

  it('returns "unknown" when the address a trusted proxy passed on is garbage', () => {
    expect(clientIp(req({ xff: '203.0.113.9, not-an-ip', peer: '10.0.0.2' }), ranges)).toBe('unknown');
    expect(clientIp(req({ xff: '<script>', peer: '10.0.0.2' }), ranges)).toBe('unknown');
  });

  it('takes the left-most address when every hop is a trusted proxy', () => {
    expect(clientIp(req({ xff: '10.0.0.5, 10.0.0.4', peer: '10.0.0.2' }), ranges)).toBe('10.0.0.5');
  });

  it('without the socket address, cannot trust anything', () => {
    expect(clientIp(req({ xff: '203.0.113.9, 10.0.0.3' }), ranges)).toBe('unknown');
  });
});

describe('parseTrustedProxies', () => {
  it('knows none, a count and address lists', () => {
    expect(parseTrustedProxies('').kind).toBe('none');
    expect(parseTrustedProxies('  ').kind).toBe('none');
    expect(parseTrustedProxies('0').kind).toBe('none');
    expect(parseTrustedProxies('3')).toEqual({ kind: 'count', hops: 3 });
    expect(parseTrustedProxies('10.0.0.0/8').kind).toBe('cidr');
    expect(parseTrustedProxies('2001:db8::/32,127.0.0.1').kind).toBe('cidr');
  });

  it('matches IPv4 and IPv6 ranges exactly', () => {
    const r = parseTrustedProxies('10.0.0.0/30, 2001:db8:1::/48');
    const peerOf = (ip: string) => clientIp(req({ xff: '203.0.113.9', peer: ip }), r);
    expect(peerOf('10.0.0.3')).toBe('203.0.113.9');
    expect(peerOf('10.0.0.4')).toBe('10.0.0.4');
    expect(peerOf('2001:db8:1:ffff::1')).toBe('203.0.113.9');
    expect(peerOf('2001:db8:2::1')).toBe('2001:db8:2::1');
  });

  it('refuses garbage with a clear error', () => {
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0/8', 'fd00::/129', '10.0.0.1/8/2', '1.2.3.4,,nope', '999', '::ffff:10.0.0.0/104']) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});

describe('normalizeIp', () => {
  it('canonicalises and rejects', () => {
    expect(normalizeIp(' 192.0.2.1 ')).toBe('192.0.2.1');
    expect(normalizeIp('2001:0DB8:0000::0001')).toBe('2001:db8::1');
    expect(normalizeIp('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(normalizeIp('fe80::1%eth0')).toBe('fe80::1');
    for (const bad of ['', 'unknown', '1.2.3', '01.2.3.4', '1.2.3.256', '0x7f.1', 'localhost', ':::', null]) {
      expect(normalizeIp(bad), String(bad)).toBeNull();
    }
  });
});

describe('hashIp', () => {
  const keep = { key: process.env.IP_HASH_KEY, secret: process.env.AUTH_SECRET, env: process.env.NODE_ENV };
  afterEach(() => {
    for (const [k, v] of [['IP_HASH_KEY', keep.key], ['AUTH_SECRET', keep.secret], ['NODE_ENV', keep.env]] as const) {
      if (v === undefined) delete (process.env as Record<string, string | undefined>)[k];
      else (process.env as Record<string, string | undefined>)[k] = v;
    }
  });

  it('is keyed with IP_HASH_KEY, not AUTH_SECRET', () => {
    process.env.AUTH_SECRET = 'the-auth-secret-0123456789abcdef0123';
    process.env.IP_HASH_KEY = 'key-one-0123456789abcdef0123456789';
    const one = hashIp('203.0.113.9');
    process.env.AUTH_SECRET = 'another-auth-secret-0123456789abcdef';
    expect(hashIp('203.0.113.9')).toBe(one); // AUTH_SECRET plays no part
    process.env.IP_HASH_KEY = 'key-two-0123456789abcdef0123456789';
    expect(hashIp('203.0.113.9')).not.toBe(one);
    expect(one).not.toContain('203');
  });

  it('refuses to hash without IP_HASH_KEY in production, and has a fallback in development only', () => {
    delete process.env.IP_HASH_KEY;
    process.env.AUTH_SECRET = 'the-auth-secret-0123456789abcdef0123';
    (process.env as Record<string, string>).NODE_ENV = 'production';
    expect(() => hashIp('203.0.113.9')).toThrow(/IP_HASH_KEY/);
    (process.env as Record<string, string>).NODE_ENV = 'development';
    expect(hashIp('203.0.113.9')).toMatch(/^[\w-]{22}$/);
  });
});
