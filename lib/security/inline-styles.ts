import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The CSP source of an inline <style> element whose text React renders from `css`: 'sha256-…'
 * of the text as React writes it (it escapes `<style` and `</style` inside a style element, as
 * react-dom/server's styleReplacer does).
 */
export function styleHash(css: string): string {
  const text = css.replace(/(<\/|<)(s)(tyle)/gi, (_m, prefix: string, s: string, suffix: string) => `${prefix}${s === 's' ? '\\73 ' : '\\53 '}${suffix}`);
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hashes of every .css file under `dir` (sorted, so the header is the same on every request). */
export function cssFileHashes(dir: string): string[] {
  const hashes: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.css')) hashes.push(styleHash(readFileSync(p, 'utf8')));
    }
  };
  try {
    walk(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return [...new Set(hashes)].sort();
}

let built: string[] | undefined;

/**
 * The hashes of the built stylesheets, read once per process. next.config.ts `inlineCss` has
 * Next.js write each page's stylesheet into the HTML as a <style> element with exactly a built
 * file's text (one file per page: app/globals.css); React gives that element no nonce (Next
 * passes its nonce for scripts only), so the CSP allows these texts by hash instead
 * (lib/security/headers.ts contentSecurityPolicy). A client-side navigation loads the same files
 * as <link> ('self').
 */
export function builtStyleHashes(): string[] {
  built ??= cssFileHashes(path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'static'));
  return built;
}
