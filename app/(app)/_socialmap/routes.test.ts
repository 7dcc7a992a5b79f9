import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manageBase, referralsBase, socialMapBase, socialMapRewrites } from './routes';

// The matcher Next.js itself applies to rewrites (its compiled copy ships without types).
const { compile, match } = createRequire(import.meta.url)('next/dist/compiled/path-to-regexp') as {
  match: (path: string, opts: object) => (url: string) => false | { params: object };
  compile: (path: string, opts: object) => (params: object) => string;
};

/** Where Next.js sends a URL: the first rewrite whose source matches (as in beforeFiles). */
function rewrite(url: string): string | null {
  for (const r of socialMapRewrites()) {
    const m = match(r.source, { decode: decodeURIComponent })(url);
    if (m) return compile(r.destination, { validate: false })(m.params);
  }
  return null;
}

/** The page or route file that serves a tree path (a UUID or token segment fills its [id] / [token]). */
function fileFor(treePath: string): string | null {
  const root = path.join(__dirname, '..');
  const segs = treePath.split('/').filter(Boolean);
  let dir = root;
  for (const [i, seg] of segs.entries()) {
    const named = path.join(dir, seg);
    const dynamic = i === 1 ? path.join(dir, '[area]') : path.join(dir, /^[0-9a-f-]{36}$/.test(seg) ? (segs[i - 1] === 'import' ? '[token]' : '[id]') : seg);
    dir = existsSync(named) && i !== 1 ? named : dynamic;
  }
  for (const f of ['page.tsx', 'route.ts']) if (existsSync(path.join(dir, f))) return path.relative(root, path.join(dir, f));
  return null;
}

const ID = '3f1c2b9e-8d4a-4f6b-9c1e-2a7d5e8f0b13';

describe('the social map route table', () => {
  it.each([
    ['/staff/social-map', '/social-map/staff/search'],
    [`/staff/social-map/${ID}`, `/social-map/staff/search/${ID}`],
    [`/ambassador/social-map/${ID}/note`, `/social-map/ambassador/search/${ID}/note`],
    ['/staff/social-map/manage', '/social-map/staff/manage'],
    [`/staff/social-map/manage/services/${ID}`, `/social-map/staff/manage/services/${ID}`],
    ['/staff/social-map/manage/export/csv', '/social-map/staff/manage/export/csv'],
    ['/admin/social-map', '/social-map/admin/manage'],
    [`/admin/social-map/import/${ID}`, `/social-map/admin/manage/import/${ID}`],
    ['/admin/social-map/import/upload', '/social-map/admin/manage/import/upload'],
    ['/ambassador/referrals', '/social-map/ambassador/referrals'],
    [`/staff/referrals/${ID}`, `/social-map/staff/referrals/${ID}`],
  ])('%s is served by the one tree at %s, which has a page for it', (url, tree) => {
    expect(rewrite(url)).toBe(tree);
    expect(fileFor(tree), tree).not.toBeNull();
  });

  it('leaves every other URL of an area alone', () => {
    for (const url of ['/staff', '/staff/leads', '/ambassador/shifts', '/admin/audit', '/association/social-map', '/admin/referrals', '/staff/social-mapx'])
      expect(rewrite(url), url).toBeNull();
  });

  it('gives the pages the same area URLs for their links', () => {
    expect([socialMapBase('ambassador'), referralsBase('staff'), manageBase('admin'), manageBase('staff')]).toEqual([
      '/ambassador/social-map',
      '/staff/referrals',
      '/admin/social-map',
      '/staff/social-map/manage',
    ]);
  });
});
