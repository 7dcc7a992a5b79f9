import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/lib/languages';
import { FLYER_TEXTS, flyerLanguagesOf, flyerLine, flyerPublicPath, pickFlyerLanguage } from './flyer-texts';

const REQUIRED = ['nl', 'en', 'ar', 'tr', 'prs', 'fa', 'ps', 'ti', 'so', 'ber', 'ku', 'ur', 'zh', 'pl', 'bg', 'ro', 'uk', 'ru', 'es', 'pt', 'fr'];
const RTL = ['ar', 'fa', 'prs', 'ps', 'ur'];

describe('flyer texts', () => {
  it('exist for every language residents can choose (other than "other")', () => {
    expect(Object.keys(FLYER_TEXTS).sort()).toEqual([...REQUIRED].sort());
    expect(LANGUAGE_CODES.filter((c) => c !== 'other' && !(c in FLYER_TEXTS))).toEqual([]);
  });

  it.each(Object.entries(FLYER_TEXTS))('%s: a title, four short lines, the code and the phone number once each', (code, text) => {
    expect(text.title.length).toBeGreaterThan(5);
    expect(text.lines).toHaveLength(4);
    for (const line of text.lines) expect(line.length).toBeLessThanOrEqual(110);
    const all = text.lines.join(' ');
    expect(all.match(/\{code\}/g)).toHaveLength(1);
    expect(all.match(/\{phone\}/g)).toHaveLength(1);
    expect(all).not.toMatch(/\{(?!code\}|phone\})/);
    expect(text.dir).toBe(RTL.includes(code) ? 'rtl' : 'ltr');
    expect(text.lang.split('-')[0]).toBe(code);
  });

  it('writes Kurdish (Kurmanji) and Tamazight in Latin script', () => {
    expect(FLYER_TEXTS.ku.lang).toBe('ku-Latn');
    expect(FLYER_TEXTS.ber.lang).toBe('ber-Latn');
    expect(FLYER_TEXTS.ku.title).toMatch(/^[\p{Script=Latin}\s]+$/u);
  });

  it('offers the ambassador’s own languages other than Dutch, in profile order', () => {
    expect(flyerLanguagesOf(['nl', 'ar', 'ber'])).toEqual(['ar', 'ber']);
    expect(flyerLanguagesOf(['nl'])).toEqual([]);
    expect(flyerLanguagesOf(['nl', 'xx', 'tr', 'tr'])).toEqual(['tr']);
    expect(pickFlyerLanguage(['nl', 'ar', 'ber'], 'ber')).toBe('ber');
    expect(pickFlyerLanguage(['nl', 'ar', 'ber'], undefined)).toBe('ar');
    // A language the ambassador does not speak falls back to their first.
    expect(pickFlyerLanguage(['nl', 'ar', 'ber'], 'pl')).toBe('ar');
    expect(pickFlyerLanguage(['nl', 'ar', 'ber'], 'constructor')).toBe('ar');
    expect(pickFlyerLanguage(['nl'], 'ar')).toBeNull();
  });

  it('fills in the code and the phone number as left-to-right parts', () => {
    expect(flyerLine(FLYER_TEXTS.ar.lines[2], { code: 'AMB01', phone: '14 079' })).toEqual([
      { text: 'سجّل عبر رمز QR وهذا الرمز: ' },
      { ltr: 'AMB01' },
      { text: '.' },
    ]);
    expect(flyerLine('Bel {phone}', { code: 'X', phone: '14 079' })).toEqual([{ text: 'Bel ' }, { ltr: '14 079' }]);
  });
});

describe('the flyer link', () => {
  it('opens the public page in the flyer second language, keeping the referral code', () => {
    expect(flyerPublicPath('ti', 'AMB01')).toBe('/ti?ref=AMB01');
    expect(flyerPublicPath('prs', 'AMB01')).toBe('/fa-AF?ref=AMB01');
    expect(flyerPublicPath('ar', 'A B')).toBe('/ar?ref=A%20B');
  });

  it('opens the Dutch page when the second language has no public page, or there is none', () => {
    expect(flyerPublicPath('ber', 'AMB01')).toBe('/?ref=AMB01');
    expect(flyerPublicPath(null, 'AMB01')).toBe('/?ref=AMB01');
  });
});
