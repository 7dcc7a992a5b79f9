import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'flash-test-secret-0123456789abcdef0123456789';
});
const { readSignupFlash, sealSignupFlash, SIGNUP_FLASH_SECONDS } = await import('./flash');

describe('the sign-up form state after a plain post with errors', () => {
  const now = Date.UTC(2026, 11, 1, 12);

  it('comes back as the error state the form renders: errors and what was typed', () => {
    const sealed = sealSignupFlash(
      { status: 'error', fieldErrors: { phone: 'phoneInvalid' }, values: { name: 'Omar', phone: '06 123', consent: 'on', ref: 'AMB01' } },
      now,
    );
    expect(readSignupFlash(sealed, now)).toEqual({
      status: 'error',
      fieldErrors: { phone: 'phoneInvalid' },
      values: { name: 'Omar', phone: '06 123', consent: 'on', ref: 'AMB01' },
    });
    expect(readSignupFlash(sealed, now + SIGNUP_FLASH_SECONDS * 1000)).toBeNull();
    expect(readSignupFlash(undefined)).toBeNull();
  });

  it("keeps the form's own fields only, each cut short, so the cookie stays small whatever was posted", () => {
    const values: Record<string, string | string[]> = { name: 'x'.repeat(2000), email: ['a@b.nl', 'c@d.nl'] };
    for (let i = 0; i < 200; i++) values[`junk${i}`] = 'y'.repeat(2000);
    const sealed = sealSignupFlash({ status: 'error', fieldErrors: { name: 'tooLong', junk1: 'required' }, values }, now);
    expect(sealed.length).toBeLessThan(1000);
    const back = readSignupFlash(sealed, now)!;
    expect(back.values).toEqual({ name: 'x'.repeat(300), email: 'a@b.nl' });
    expect(back.fieldErrors).toEqual({ name: 'tooLong' });
  });
});
