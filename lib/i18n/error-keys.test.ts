import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Forms show the message keys actions return (lib/actions): a namespaced key must be in the
 * message files, or the user reads "something went wrong" instead of what to fix.
 */
const root = path.join(import.meta.dirname, '..', '..');
const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const has = (locale: string, key: string) => {
  const [ns, ...rest] = key.split('.');
  const file = path.join(import.meta.dirname, 'messages', locale, `${ns}.json`);
  let node: unknown = JSON.parse(readFileSync(file, 'utf8'));
  for (const part of rest) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
};

describe('error keys in the code', () => {
  const keys = new Set<string>();
  for (const file of [...sources('lib'), ...sources('app')]) {
    const code = readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line)); // not the examples in comments
    for (const m of code.join('\n').matchAll(/['`]([a-zA-Z]+\.errors\.[a-zA-Z]+)['`]/g)) keys.add(m[1]!);
  }
  // The shifts mutations build theirs from the audience: every refusal exists for both.
  for (const key of ['notFound', 'notActive', 'full', 'conflict', 'alreadyOnShift', 'notYet', 'hasClaim']) {
    keys.add(`events.errors.${key}`);
    keys.add(`shifts.errors.${key}`);
  }

  it('are found (the scan works)', () => {
    expect(keys).toContain('associationImport.errors.duplicateInFile');
    expect(keys).toContain('network.errors.nameTaken');
  });

  it.each(['nl', 'en'])('each has a text in %s', (locale) => {
    expect([...keys].filter((k) => !has(locale, k))).toEqual([]);
  });
});
