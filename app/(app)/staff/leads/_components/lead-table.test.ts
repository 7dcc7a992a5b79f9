import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { displayPhone } from './lead-table';

describe('displayPhone', () => {
  it('writes Dutch mobile numbers as libphonenumber does, without parsing them', () => {
    let seed = 7;
    const digits = () => {
      seed = (seed * 48271) % 2147483647;
      return String(seed % 100_000_000).padStart(8, '0');
    };
    const numbers = ['+31600000000', '+31699999999', ...Array.from({ length: 300 }, () => `+316${digits()}`)];
    for (const n of numbers) expect(displayPhone(n)).toBe(parsePhoneNumberFromString(n)!.formatNational());
    expect(displayPhone('+31612345678')).toBe('06 12345678');
    expect(displayPhone('+31665781405')).toBe('066 5781405');
  });

  it('leaves every other number to the parser: landlines nationally, foreign numbers with their country code', () => {
    expect(displayPhone('+31101234567')).toBe('010 123 4567');
    expect(displayPhone('+31591123456')).toBe('0591 123 456');
    expect(displayPhone('+3161234567')).toBe(parsePhoneNumberFromString('+3161234567')?.formatNational() ?? '+3161234567');
    expect(displayPhone('+32470123456')).toBe('+32 470 12 34 56');
    expect(displayPhone('not a number')).toBe('not a number');
  });
});
