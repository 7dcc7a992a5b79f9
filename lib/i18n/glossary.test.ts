import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTER_DEFAULTS } from '@/lib/privacy/defaults';

/*
 * One word per thing (docs/GLOSSARY.md): a banned synonym in a Dutch or English message fails
 * here. Words match whole (letters on either side end the match), so "dienstverlening" is not
 * "dienst"; a pattern ending in \p{L}* bans the compounds that start with it too.
 */

const dir = path.join(import.meta.dirname, 'messages');

/** Every text of a message file with its key path (values only; keys are code names). */
function texts(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (!o || typeof o !== 'object') return [];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

function messagesOf(locale: string): { ns: string; key: string; text: string }[] {
  return readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
    .flatMap((f) => {
      const ns = f.slice(0, -5);
      return texts(JSON.parse(readFileSync(path.join(dir, locale, f), 'utf8'))).map(([key, text]) => ({ ns, key, text }));
    });
}

const word = (pattern: string) => new RegExp(`(?<!\\p{L})(?:${pattern})(?!\\p{L})`, 'iu');

interface Ban {
  pattern: string;
  use: string;
  /** Only in these namespaces (the word is right elsewhere). */
  only?: string[];
}

const SOCIAL_MAP = ['socialMap', 'socialMapManage', 'referrals'];

const BANNED: Record<'nl' | 'en', Ban[]> = {
  nl: [
    { pattern: 'co[öo]rdinator\\p{L}*', use: 'projectmedewerker' },
    { pattern: 'onkosten\\p{L}*', use: 'vergoeding' },
    { pattern: 'declarati\\p{L}*', use: 'vergoeding, of aanvraag (voor een vergoeding)' },
    { pattern: 'herkomst\\p{L}*', use: 'bron (of kanaal)' },
    { pattern: 'diensten|dienst', use: 'aanbod (een dienst is een dienst van een ambassadeur)', only: SOCIAL_MAP },
  ],
  en: [
    { pattern: 'coordinators?', use: 'project worker' },
    { pattern: 'expenses?', use: 'allowance (or claim)' },
    { pattern: 'reimburse\\p{L}*|declarations?', use: 'allowance' },
    { pattern: 'origin|attribution', use: 'source (or channel)' },
    { pattern: 'shifts?', use: 'service (a shift is an ambassador\'s)', only: SOCIAL_MAP },
  ],
};

function violations(locale: 'nl' | 'en', messages: { ns: string; key: string; text: string }[]): string[] {
  return BANNED[locale].flatMap((ban) =>
    messages
      .filter((m) => (!ban.only || ban.only.includes(m.ns)) && word(ban.pattern).test(m.text))
      .map((m) => `${locale}/${m.ns}.json ${m.key}: “${m.text.match(word(ban.pattern))![0]}” → ${ban.use}`),
  );
}

describe('glossary: one word per thing', () => {
  it.each(['nl', 'en'] as const)('the %s messages use no banned synonym', (locale) => {
    expect(violations(locale, messagesOf(locale))).toEqual([]);
  });

  it('the Dutch texts kept in code (the privacy register defaults) use no banned synonym', () => {
    const inCode = Object.entries(REGISTER_DEFAULTS).map(([key, text]) => ({ ns: 'privacy/defaults', key, text }));
    expect(violations('nl', inCode)).toEqual([]);
  });

  it('matches whole words only, and the compounds a pattern names', () => {
    const check = (text: string, ns = 'x') => violations('nl', [{ ns, key: 'k', text }]);
    expect(check('Vraag de coördinator.')).toHaveLength(1);
    expect(check('Je onkostenvergoeding')).toHaveLength(1);
    expect(check('Herkomst')).toHaveLength(1);
    expect(check('Betaald werk in de dienstverlening.', 'socialMap')).toEqual([]);
    expect(check('Open een dienst.', 'socialMap')).toHaveLength(1);
    expect(check('Uw diensten deze week.', 'shifts')).toEqual([]);
    expect(check('Vraag de projectmedewerker om een vergoeding.')).toEqual([]);
  });

  it('the glossary names every word the test bans', () => {
    const glossary = readFileSync(path.join(import.meta.dirname, '../../docs/GLOSSARY.md'), 'utf8');
    for (const term of ['projectmedewerker', 'dienst', 'aanbod', 'vergoeding', 'bron', 'kanaal', 'coördinator', 'onkosten', 'declaratie', 'herkomst']) {
      expect(glossary, term).toContain(term);
    }
  });
});
