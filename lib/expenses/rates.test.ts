import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE, centsForCsv, parseEuroAmount, rateOn } from './rates';

describe('rateOn: the rate with the latest validFrom on or before the date', () => {
  const rates = [
    { amountCents: 750, validFrom: '2011-04-01' },
    DEFAULT_RATE,
    { amountCents: 800, validFrom: '2012-01-01' },
  ];

  it.each([
    ['2010-01-01', 695],
    ['2010-09-14', 695],
    ['2011-03-31', 695],
    ['2011-04-01', 750],
    ['2011-04-02', 750],
    ['2011-12-31', 750],
    ['2012-01-01', 800],
    ['2030-06-30', 800],
  ])('on %s: %i cents', (date, cents) => {
    expect(rateOn(rates, date)?.amountCents).toBe(cents);
  });

  it('is null before the first rate and without rates', () => {
    expect(rateOn(rates, '2009-12-31')).toBeNull();
    expect(rateOn([], '2010-09-14')).toBeNull();
  });

  it('does not depend on the order of the history', () => {
    expect(rateOn([...rates].reverse(), '2011-04-01')?.amountCents).toBe(750);
  });

  it('defaults to the source figure: EUR 6.95 from 2010-01-01', () => {
    expect(DEFAULT_RATE).toEqual({ amountCents: 695, validFrom: '2010-01-01' });
  });
});

describe('parseEuroAmount', () => {
  it.each([
    ['6,95', 695],
    ['6.95', 695],
    [' 7 ', 700],
    ['7,5', 750],
    ['€ 7,25', 725],
    ['€7.25', 725],
    ['0,01', 1],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuroAmount(text)).toBe(cents);
  });

  it.each(['', 'zes', '6,955', '6,9,5', '-6,95', '1.000,00', '6,'])('refuses %j', (text) => {
    expect(parseEuroAmount(text)).toBeNull();
  });
});

describe('centsForCsv', () => {
  it('writes a decimal comma, always two decimals', () => {
    expect(centsForCsv(695)).toBe('6,95');
    expect(centsForCsv(700)).toBe('7,00');
    expect(centsForCsv(5)).toBe('0,05');
    expect(centsForCsv(13900)).toBe('139,00');
  });
});
