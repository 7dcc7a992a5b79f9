import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from './index';

describe('normalizePhone', () => {
  it.each([
    ['Dutch mobile with dashes and spaces', '06-12 34 56 78', '+31612345678'],
    ['Dutch mobile, plain', '0612345678', '+31612345678'],
    ['Dutch mobile with surrounding spaces', '  06 12345678 ', '+31612345678'],
    ['Zoetermeer landline', '079 123 4567', '+31791234567'],
    ['Dutch number with 0031 prefix', '0031 6 12345678', '+31612345678'],
    ['Dutch number with +31', '+31 6 12345678', '+31612345678'],
    ['Belgian mobile', '+32 470 12 34 56', '+32470123456'],
    ['Turkish mobile', '+90 532 123 45 67', '+905321234567'],
    ['Turkish mobile with 00 prefix', '0090 532 123 45 67', '+905321234567'],
  ])('%s: %j → %s', (_label, input, e164) => {
    expect(normalizePhone(input)).toBe(e164);
  });

  it('gives the same number for every way of typing it', () => {
    const typings = ['06-12345678', '06 12 34 56 78', '+31612345678', '0031612345678', '+31 (0)6 12345678'];
    expect(new Set(typings.map(normalizePhone))).toEqual(new Set(['+31612345678']));
  });

  it.each([
    ['too short', '12345'],
    ['one digit short of a mobile', '061234567'],
    ['letters only', 'abcdefghij'],
    ['letters instead of digits', '06-abcdefgh'],
    ['empty', ''],
    ['only spaces', '   '],
    ['40 digits', '0'.repeat(40)],
    ['unknown country code', '+999 1234 5678'],
  ])('rejects %s (%j)', (_label, input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it('rejects input longer than 32 characters even when it holds a valid number', () => {
    const padded = `06${' '.repeat(30)}12345678`;
    expect(padded.length).toBeGreaterThan(32);
    // The parser alone would accept it; the length cap is what refuses it.
    expect(parsePhoneNumberFromString(padded, 'NL')?.isValid()).toBe(true);
    expect(normalizePhone(padded)).toBeNull();
    expect(normalizePhone(`06${' '.repeat(21)}12345678`)).toBe('+31612345678'); // 31 characters
  });
});
