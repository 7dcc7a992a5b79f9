import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * No double punctuation in any language's messages: "Waarom?:" or "Let op::" reads as a typo (a
 * label's colon added after a question mark, a sentence's full stop after an ellipsis). The
 * ellipsis is the one character "…", so "..." is caught too. A space before a mark is caught
 * only before a mark that ends something (" .", not the ".csv" in "(.xlsx of .csv)").
 */

const dir = path.join(import.meta.dirname, 'messages');

function texts(o: unknown, prefix = ''): [string, string][] {
  if (typeof o === 'string') return [[prefix, o]];
  if (!o || typeof o !== 'object') return [];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => texts(v, prefix ? `${prefix}.${k}` : k));
}

const RULES: [string, RegExp][] = [
  ['two marks where one is meant ("?:", "::", "!.", ".,")', /[?!.:;,][:;,]|[?!:;,]\.(?!\w)|\.\.|[?!][?!]|…[.:]|[.:]…/u],
  ['a space before a closing mark', /[^\S\n][.,:;?!](?=\s|$|["”’)])/u],
];

function problems(text: string): string[] {
  // ICU placeholders and select/plural arms are code, not prose: "{count, plural, one {…}}".
  const prose = text.replace(/\{[a-zA-Z_]+(, ?[a-z]+)?(, ?[a-z]+)?\}/g, 'X');
  return RULES.filter(([, re]) => re.test(prose)).map(([name]) => name);
}

const locales = readdirSync(dir).filter((d) => !d.includes('.'));

describe('punctuation in messages', () => {
  it('finds what it should, and leaves the ellipsis, file extensions and times alone', () => {
    expect(problems('Waarom?:')).toHaveLength(1);
    expect(problems('Let op::')).toHaveLength(1);
    expect(problems('Bezig...')).toHaveLength(1);
    expect(problems('Bezig….')).toHaveLength(1);
    expect(problems('Klaar .')).toHaveLength(1);
    expect(problems('Bezig met opslaan…')).toEqual([]);
    expect(problems('Bestand (.xlsx of .csv)')).toEqual([]);
    expect(problems('Bijvoorbeeld 09:00. Of 6,95.')).toEqual([]);
    expect(problems('{count, plural, one {# rij} other {# rijen}}.')).toEqual([]);
  });

  it.each(locales)('%s: no double punctuation, no space before a closing mark', (locale) => {
    const found = readdirSync(path.join(dir, locale))
      .filter((f) => f.endsWith('.json') && !f.startsWith('_'))
      .flatMap((f) =>
        texts(JSON.parse(readFileSync(path.join(dir, locale, f), 'utf8')))
          .filter(([, text]) => problems(text).length)
          .map(([key, text]) => `${f} ${key}: ${text.slice(0, 120)}`),
      );
    expect(found).toEqual([]);
  });
});
