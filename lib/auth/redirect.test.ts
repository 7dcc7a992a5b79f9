import { describe, expect, it } from 'vitest';
import { safeNextPath } from './redirect';

/** Where a browser would actually go when sent to `path` from our site. */
function resolvedHost(path: string): string {
  return new URL(path, 'https://wijkwerf.example/login').host;
}

describe('safeNextPath', () => {
  it.each([['/staff'], ['/staff?x=1'], ['/staff/leads/123?tab=history#notes'], ['/']])('keeps same-site path %j', (path) => {
    expect(safeNextPath(path)).toBe(path);
    expect(resolvedHost(path)).toBe('wijkwerf.example');
  });

  it.each([
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with path', '//evil.com/staff'],
    ['absolute https', 'https://x'],
    ['absolute http', 'http://evil.com/staff'],
    ['javascript:', 'javascript:alert(1)'],
    ['backslash', '/\\evil'],
    ['backslash host', '/\\evil.com/staff'],
    ['relative', 'staff'],
    ['empty', ''],
  ])('rejects %s (%j)', (_label, path) => {
    expect(safeNextPath(path)).toBeNull();
  });

  it.each([['/staff\n'], ['/staff\r\nSet-Cookie: x=1'], ['/\n/evil.com'], ['/\r/evil.com']])('rejects line breaks in %j', (path) => {
    expect(safeNextPath(path)).toBeNull();
  });

  // Browsers strip ASCII tab (and CR/LF) from URLs, so "/<TAB>/evil.com" is followed as "//evil.com".
  it.each([['/\t/evil.com'], ['/\t\\evil.com']])('rejects %j, which a browser follows off-site', (path) => {
    expect(resolvedHost(path)).toBe('evil.com');
    expect(safeNextPath(path)).toBeNull();
  });

  it('rejects paths longer than 512 characters and keeps one of exactly 512', () => {
    const ok = `/staff?q=${'a'.repeat(512 - 9)}`;
    expect(ok).toHaveLength(512);
    expect(safeNextPath(ok)).toBe(ok);
    expect(safeNextPath(`${ok}a`)).toBeNull();
  });

  it.each([[undefined], [null], [42], [['/staff']], [{ toString: () => '/staff' }]])('rejects non-string %j', (value) => {
    expect(safeNextPath(value)).toBeNull();
  });
});
