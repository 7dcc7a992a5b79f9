import { describe, expect, it } from 'vitest';
import { detectPassPhotoType, isPassValid } from './pass-rules';

const TODAY = '2026-03-18';
const pass = { status: 'active', userActive: true, passIssuedOn: '2026-01-05', passExpiresOn: '2026-12-31', passReturnedOn: null };

describe('the digital pass', () => {
  it('is valid for an active ambassador with an issued, unexpired pass', () => {
    expect(isPassValid(pass, TODAY)).toBe(true);
    expect(isPassValid({ ...pass, passExpiresOn: TODAY }, TODAY)).toBe(true);
  });

  it('is invalid at once when the ambassador is stopped or paused, or the login is off', () => {
    expect(isPassValid({ ...pass, status: 'stopped' }, TODAY)).toBe(false);
    expect(isPassValid({ ...pass, status: 'paused' }, TODAY)).toBe(false);
    expect(isPassValid({ ...pass, userActive: false }, TODAY)).toBe(false);
  });

  it('is invalid when expired, not issued yet, or handed back', () => {
    expect(isPassValid({ ...pass, passExpiresOn: '2026-03-17' }, TODAY)).toBe(false);
    expect(isPassValid({ ...pass, passIssuedOn: null }, TODAY)).toBe(false);
    expect(isPassValid({ ...pass, passIssuedOn: '2026-03-19' }, TODAY)).toBe(false);
    expect(isPassValid({ ...pass, passReturnedOn: '2026-03-01' }, TODAY)).toBe(false);
  });

  it('accepts a photo by its bytes only: JPEG, PNG, WebP; not an SVG or a PDF', () => {
    expect(detectPassPhotoType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectPassPhotoType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(detectPassPhotoType(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(detectPassPhotoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectPassPhotoType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
});
