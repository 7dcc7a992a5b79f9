import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '.';

const root = path.join(__dirname, '..', '..');
const messages = (locale: string) => JSON.parse(readFileSync(path.join(root, 'lib/i18n/messages', locale, 'auditLog.json'), 'utf8')) as Record<string, unknown>;
const at = (o: unknown, key: string): unknown => key.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The action codes written by `audit(…)` calls in the code: the literals after `action:` in each call. */
function actionsInCode(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...sources(path.join(root, 'lib')), ...sources(path.join(root, 'app'))]) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(/\baudit\(/g)) {
      const rest = text.slice(call.index, call.index + 600);
      const m = rest.match(/action:\s*([^\n]*?)(?:,\s*(?:actorUserId|entityType|entityId|details|ipHash)\b|\s*}|,?\n)/);
      if (!m) continue;
      for (const lit of m[1]!.matchAll(/'([a-z_]+(?:\.[a-z_]+)?)'/g)) found.set(lit[1]!, path.relative(root, file));
    }
  }
  return found;
}

describe('audit log action codes', () => {
  const codes = new Set<string>(AUDIT_ACTIONS);

  it('finds the codes the code base writes (the scan works)', () => {
    const inCode = actionsInCode();
    expect(inCode.size).toBeGreaterThan(100);
    expect(inCode.get('lead.viewed')).toBeDefined();
    // A ternary writes two codes.
    expect(inCode.has('signal.handled') && inCode.has('signal.reopened')).toBe(true);
  });

  it('every code written in the code base is a known action', () => {
    const unknown = [...actionsInCode()].filter(([c]) => !codes.has(c)).map(([c, f]) => `${c} (${f})`);
    expect(unknown).toEqual([]);
  });

  it.each(['nl', 'en'])('every action has a description in %s', (locale) => {
    const m = messages(locale);
    const missing = AUDIT_ACTIONS.filter((c) => typeof at(m.actions, c) !== 'string' || !(at(m.actions, c) as string).trim());
    expect(missing).toEqual([]);
  });

  it.each(['nl', 'en'])('every kind of record has a name in %s', (locale) => {
    const m = messages(locale);
    expect(AUDIT_ENTITY_TYPES.filter((t) => typeof at(m.types, t) !== 'string')).toEqual([]);
  });

  it('the Dutch descriptions are Dutch, not the codes', () => {
    const m = messages('nl');
    for (const c of AUDIT_ACTIONS) expect(at(m.actions, c)).not.toMatch(/^[a-z_.]+$/);
  });
});
