import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The public pages' browser code stays free of next-intl's client runtime and its ICU message
 * parser (issue 18: the public page's JavaScript within 10 KiB of a bare Next page): every module a
 * public page's client component reaches, from a 'use client' file on, imports neither next-intl
 * nor use-intl nor intl-messageformat. Server components of the same pages may use next-intl/server.
 */

const ROOT = path.resolve(__dirname, '../..');
const FORBIDDEN = /^(next-intl|use-intl|intl-messageformat|@formatjs\/)/;
/** lib/i18n/routing's `defineRouting`: an identity function (45 bytes), no runtime. */
const ALLOWED = new Set(['next-intl/routing']);

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

/** The modules a file imports for its running code (type-only imports left out): project paths and package names. */
function importsOf(file: string): { project: string[]; packages: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)[^;'"]*?\bfrom\s*'([^']+)'/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^\s*import\s*'([^']+)'/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!),
  ];
  const project: string[] = [];
  const packages: string[] = [];
  for (const spec of specs) {
    let base: string;
    if (spec.startsWith('@/')) base = spec.slice(2);
    else if (spec.startsWith('.')) base = path.join(path.dirname(file), spec);
    else {
      packages.push(spec);
      continue;
    }
    const hit = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => existsSync(path.join(ROOT, p)) && statSync(path.join(ROOT, p)).isFile());
    if (hit) project.push(hit);
  }
  return { project, packages };
}

const directive = (file: string, d: 'use client' | 'use server') => new RegExp(`^\\s*['"]${d}['"]`).test(readFileSync(path.join(ROOT, file), 'utf8'));

/** Every module of the browser code of the pages under `dir`, with the package imports that put next-intl there. */
function browserCode(dir: string) {
  const client = new Set<string>();
  const offenders: string[] = [];
  const seenServer = new Set<string>();
  const visit = (file: string, inClient: boolean, via: string[]) => {
    if (inClient && directive(file, 'use server')) return; // a server action: the browser gets a reference only
    const isClient = inClient || directive(file, 'use client');
    if (isClient ? client.has(file) : seenServer.has(file)) return;
    (isClient ? client : seenServer).add(file);
    const { project, packages } = importsOf(file);
    if (isClient) for (const p of packages.filter((p) => FORBIDDEN.test(p) && !ALLOWED.has(p))) offenders.push(`${[...via, file].join(' → ')} imports ${p}`);
    for (const next of project) visit(next, isClient, [...via, file]);
  };
  for (const f of filesUnder(dir)) visit(f, false, []);
  return { client, offenders };
}

describe("the public pages' browser code", () => {
  const { client, offenders } = browserCode('app/[locale]');

  it('holds the forms, the form layer and the language menu (the check reaches them)', () => {
    for (const f of [
      'app/[locale]/(public)/signup-form.tsx',
      'app/[locale]/(public)/enquete/[id]/survey-form.tsx',
      'app/_components/ui/use-form.tsx',
      'app/_components/use-message.ts',
      'app/_components/plain-messages.tsx',
      'app/_components/language-switcher.tsx',
      'app/_components/action-form.tsx',
    ]) expect(client, f).toContain(f);
  });

  it('imports no next-intl, use-intl or ICU message parser', () => {
    expect(offenders).toEqual([]);
  });

  it('would notice one that did (the portal provider of the form texts uses next-intl)', () => {
    expect(importsOf('app/_components/intl-messages.tsx').packages).toContain('next-intl');
    expect(client).not.toContain('app/_components/intl-messages.tsx');
  });
});
