import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal, unseal } from './seal';

describe('seal', () => {
  const saved = process.env.AUTH_SECRET;
  beforeAll(() => {
    process.env.AUTH_SECRET = 'seal-test-secret-0123456789abcdef0123456789';
  });
  afterAll(() => {
    process.env.AUTH_SECRET = saved;
  });
  const now = Date.UTC(2026, 11, 1, 12);

  it('gives back what was sealed, for the same purpose, until it expires; the text reveals nothing', () => {
    const sealed = seal('flash', { name: 'Amina El Idrissi', phone: '06 12345678' }, 60, now);
    expect(unseal('flash', sealed, now + 59_000)).toEqual({ name: 'Amina El Idrissi', phone: '06 12345678' });
    expect(unseal('flash', sealed, now + 60_000)).toBeNull();
    expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toMatch(/Amina|12345678/);
    // Two seals of the same value differ (a fresh IV each time).
    expect(seal('flash', { a: 1 }, 60, now)).not.toBe(seal('flash', { a: 1 }, 60, now));
  });

  it('refuses another purpose, another secret, a changed byte and rubbish', () => {
    const sealed = seal('flash', { a: 1 }, 60, now);
    expect(unseal('other', sealed, now)).toBeNull();
    const raw = Buffer.from(sealed, 'base64url');
    raw[raw.length - 1] ^= 1;
    expect(unseal('flash', raw.toString('base64url'), now)).toBeNull();
    expect(unseal('flash', 'not-a-seal', now)).toBeNull();
    expect(unseal('flash', '', now)).toBeNull();
    process.env.AUTH_SECRET = 'another-secret-0123456789abcdef0123456789abcd';
    expect(unseal('flash', sealed, now)).toBeNull();
    process.env.AUTH_SECRET = 'seal-test-secret-0123456789abcdef0123456789';
    expect(unseal('flash', sealed, now)).toEqual({ a: 1 });
  });
});
