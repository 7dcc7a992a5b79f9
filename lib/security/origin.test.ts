import { describe, expect, it } from 'vitest';
import { publicOrigin, publicUrl } from './origin';

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
