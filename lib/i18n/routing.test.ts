import { describe, expect, it } from 'vitest';
import { chooseLocalePath, localePath, pathWithoutLocale } from './routing';

describe('public paths per locale', () => {
  it('takes the locale prefix off a path, and leaves a Dutch path as it is', () => {
    expect(pathWithoutLocale('/en/privacy')).toBe('/privacy');
    expect(pathWithoutLocale('/fa-AF/enquete/12')).toBe('/enquete/12');
    expect(pathWithoutLocale('/ar')).toBe('/');
    expect(pathWithoutLocale('/privacy')).toBe('/privacy');
    expect(pathWithoutLocale('/')).toBe('/');
    // Only a whole path segment is a prefix.
    expect(pathWithoutLocale('/enquete')).toBe('/enquete');
  });

  it('round-trips with the language menu and the page links', () => {
    for (const path of ['/', '/privacy', '/bedankt']) {
      expect(pathWithoutLocale(chooseLocalePath('tr', path))).toBe(path);
      expect(pathWithoutLocale(localePath('nl', path))).toBe(path);
      expect(pathWithoutLocale(localePath('so', path))).toBe(path);
    }
  });
});
