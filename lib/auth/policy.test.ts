import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS_COUNT } from './common-passwords';
import { commonPasswords, passwordProblem } from './password';
import { defaultStaffIdleMinutes, sessionEnded } from './timeouts';

describe('password rules', () => {
  it('refuses fewer than 12 characters and passwords from the shipped common/breached list, whatever their case', () => {
    expect(passwordProblem('elf-tekens1')).toBe('invite.errors.passwordTooShort');
    expect(passwordProblem('1q2w3e4r5t6y')).toBe('invite.errors.passwordCommon');
    expect(passwordProblem('QWERTY123456')).toBe('invite.errors.passwordCommon');
    expect(passwordProblem('Wachtwoord123')).toBe('invite.errors.passwordCommon');
    expect(passwordProblem('fiets regen wijkhuis')).toBeNull();
  });

  it('ships the large list (the long entries of 437,000 breached passwords) and refuses entries from deep in it', () => {
    expect(commonPasswords().size).toBe(COMMON_PASSWORDS_COUNT);
    expect(COMMON_PASSWORDS_COUNT).toBeGreaterThan(12_000);
    // Ranks about 64,000 and 94,000 of the "10 million passwords" top 100,000, and entries further down.
    for (const p of ['q1w2e3r4t5y6u7i8o9p0', 'HakunaMatata', 'christislord', 'himhimhimhimhimhim', ' iloveyou1234 ']) {
      expect(passwordProblem(p), p).toBe('invite.errors.passwordCommon');
    }
    expect(passwordProblem('Kraanvogel-Zuidas-Bakfiets-42')).toBeNull();
    expect(passwordProblem('de fietsenstalling bij het wijkhuis')).toBeNull();
    // The same Set every time: unpacked once.
    expect(commonPasswords()).toBe(commonPasswords());
  });
});

describe('session limits', () => {
  const signedIn = 1_800_000_000;
  const thirty = defaultStaffIdleMinutes() * 60;
  it('ends a staff session after the idle limit (30 minutes unless set otherwise), others not', () => {
    expect(defaultStaffIdleMinutes()).toBe(Number(process.env.STAFF_IDLE_MINUTES ?? 30));
    expect(sessionEnded({ at: signedIn, la: signedIn, staff: true }, signedIn + 29 * 60, thirty)).toBe(false);
    expect(sessionEnded({ at: signedIn, la: signedIn, staff: true }, signedIn + 31 * 60, thirty)).toBe(true);
    expect(sessionEnded({ at: signedIn, la: signedIn, staff: false }, signedIn + 3 * 3600, thirty)).toBe(false);
    // An administrator who set 60 minutes: 45 minutes quiet is fine, 61 is not.
    expect(sessionEnded({ at: signedIn, la: signedIn, staff: true }, signedIn + 45 * 60, 3600)).toBe(false);
    expect(sessionEnded({ at: signedIn, la: signedIn, staff: true }, signedIn + 61 * 60, 3600)).toBe(true);
  });
  it('ends every session 8 hours after signing in, however active; a cookie without times is ended', () => {
    expect(sessionEnded({ at: signedIn, la: signedIn + 8 * 3600, staff: true }, signedIn + 8 * 3600 + 1, thirty)).toBe(true);
    expect(sessionEnded({ at: signedIn, la: signedIn + 8 * 3600, staff: false }, signedIn + 8 * 3600 + 1, thirty)).toBe(true);
    expect(sessionEnded({}, signedIn, thirty)).toBe(true);
  });
});
