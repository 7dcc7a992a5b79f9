import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of docs/ARCHITECTURE.md: app → lib → db, nothing upward, and no import cycles
 * inside lib/ and db/ (neither between files nor between lib's feature folders).
 */

const ROOT = path.resolve(__dirname, '..');
const SOURCE = /\.(ts|tsx)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** The project files a module imports (static and dynamic imports, re-exports), as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
  return specs.flatMap((spec) => {
    let base: string;
    if (spec.startsWith('@/')) base = spec.slice(2);
    else if (spec.startsWith('.')) base = path.join(path.dirname(file), spec);
    else return [];
    const hit = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((p) => existsSync(path.join(ROOT, p)) && statSync(path.join(ROOT, p)).isFile());
    return hit ? [hit] : [];
  });
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (m === n) continue;
      if (state.get(m) === 'open') return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    if (!state.has(n)) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return null;
}

const files = [...filesUnder('lib'), ...filesUnder('db')].filter((f) => !/\.test\.tsx?$/.test(f));
const edges = new Map(files.map((f) => [f, importsOf(f)]));

describe('layering', () => {
  it('db imports nothing from lib or app, lib nothing from app', () => {
    const upward = [...edges].flatMap(([f, deps]) =>
      deps.filter((d) => (f.startsWith('db/') && !d.startsWith('db/')) || (f.startsWith('lib/') && d.startsWith('app/'))).map((d) => `${f} → ${d}`),
    );
    expect(upward).toEqual([]);
  });

  it('has no import cycle between files of lib/ and db/', () => {
    expect(findCycle(edges)).toBeNull();
  });

  it('has no import cycle between the folders of lib/ (a feature folder and its subfolders count as one)', () => {
    const folderOf = (f: string) => (f.startsWith('lib/') ? f.split('/').slice(0, 2).join('/').replace(/\.tsx?$/, '') : 'db');
    const folders = new Map<string, Set<string>>();
    for (const [f, deps] of edges) {
      const from = folderOf(f);
      const set = folders.get(from) ?? new Set<string>();
      for (const d of deps) if (folderOf(d) !== from) set.add(folderOf(d));
      folders.set(from, set);
    }
    expect(findCycle(new Map([...folders].map(([k, v]) => [k, [...v]])))).toBeNull();
  });

  it('finds a cycle when there is one (the checker itself)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
  });
});
