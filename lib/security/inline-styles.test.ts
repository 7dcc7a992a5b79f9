import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './headers';
import { cssFileHashes, styleHash } from './inline-styles';

/** What a browser hashes: the text of the <style> element React renders for an inlined stylesheet (as Next.js does). */
function renderedStyleHash(css: string): string {
  const html = renderToStaticMarkup(
    createElement('html', null, createElement('head'), createElement('body', null, createElement('style', { href: '/_next/static/chunks/a.css', precedence: 'next' }, css))),
  );
  const text = /<style[^>]*data-href="\/_next\/static\/chunks\/a\.css"[^>]*>([\s\S]*?)<\/style>/.exec(html)?.[1];
  expect(text, html).toBeDefined();
  return `'sha256-${createHash('sha256').update(text!, 'utf8').digest('base64')}'`;
}

describe('styleHash', () => {
  it('is the CSP hash of the style element React renders, also for CSS that React escapes', () => {
    const plain = 'body{color:#003f6b}.a::after{content:"é → ✓"}';
    const tricky = '.x::before{content:"</style><script>"}.y{background:url("<style>")}';
    expect(styleHash(plain)).toBe(renderedStyleHash(plain));
    expect(styleHash(tricky)).toBe(renderedStyleHash(tricky));
    expect(styleHash(tricky)).not.toBe(`'sha256-${createHash('sha256').update(tricky).digest('base64')}'`);
  });
});

describe('cssFileHashes', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('hashes every built .css file below the folder, and only those', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'inline-styles-'));
    mkdirSync(path.join(dir, 'chunks', 'deeper'), { recursive: true });
    writeFileSync(path.join(dir, 'chunks', 'a.css'), 'body{margin:0}');
    writeFileSync(path.join(dir, 'chunks', 'deeper', 'b.css'), 'p{color:red}');
    writeFileSync(path.join(dir, 'chunks', 'c.js'), 'console.log(1)');
    expect(cssFileHashes(dir)).toEqual([styleHash('body{margin:0}'), styleHash('p{color:red}')].sort());
  });

  it('is empty without a build', () => {
    expect(cssFileHashes(path.join(tmpdir(), 'no-such-build-folder'))).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the inline stylesheet by hash in style-src, never by unsafe-inline', () => {
    const hash = styleHash('body{margin:0}');
    const csp = contentSecurityPolicy('abc', true, [hash]);
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '));
    expect(styleSrc).toBe(`style-src 'self' 'nonce-abc' ${hash}`);
    expect(csp).not.toMatch(/(script|style)-src [^;]*'unsafe-inline'/);
  });
});
