import { describe, expect, it } from 'vitest';
import { publicOrigin, publicUrl, sameOriginPost } from './origin';

describe('publicUrl', () => {
  it('builds links from PUBLIC_URL (origin only, a trailing path is dropped)', () => {
    const env = { PUBLIC_URL: 'https://wijkwerf.zoetermeer.nl/some/path/' };
    expect(publicUrl('/?ref=AMB01', env)).toBe('https://wijkwerf.zoetermeer.nl/?ref=AMB01');
    expect(publicUrl('/api/calendar/abc', env)).toBe('https://wijkwerf.zoetermeer.nl/api/calendar/abc');
  });

  it('falls back to http://localhost:PORT without PUBLIC_URL', () => {
    expect(publicOrigin({ PORT: '3320' })).toBe('http://localhost:3320');
    expect(publicOrigin({})).toBe('http://localhost:3000');
  });


  it('refuses protocol-relative paths and non-http PUBLIC_URLs', () => {
    expect(() => publicUrl('//evil.example/x', { PUBLIC_URL: 'https://a.nl' })).toThrow();
    expect(() => publicOrigin({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow();
  });
});

describe('sameOriginPost', () => {
  const env = { PUBLIC_URL: 'https://wijkwerf.zoetermeer.nl' };
  const from = (h: Record<string, string>) => sameOriginPost(new Headers(h), env);

  it("passes a browser's post from the app's own pages, by PUBLIC_URL", () => {
    expect(from({ origin: 'https://wijkwerf.zoetermeer.nl', 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(from({ origin: 'https://wijkwerf.zoetermeer.nl' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'same-origin' })).toBe(true);
  });

  it('refuses a post from another site, a sibling site, a sandboxed frame, or the host the request names', () => {
    expect(from({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(from({ origin: 'https://evil.example' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(from({ origin: 'https://andere.zoetermeer.nl', 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(from({ origin: 'null' })).toBe(false);
    expect(from({ origin: 'http://wijkwerf.zoetermeer.nl' })).toBe(false);
    expect(from({ origin: 'https://proxy.internal:8080', host: 'proxy.internal:8080', 'x-forwarded-host': 'proxy.internal:8080' })).toBe(false);
  });

  it('lets a client through that is no browser (neither header): it could post the same fields from anywhere', () => {
    expect(from({})).toBe(true);
  });
});
