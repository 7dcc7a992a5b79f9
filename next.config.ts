import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { socialMapRewrites } from './app/(app)/_socialmap/routes';
import { staticSecurityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// nosniff, frame and referrer policy everywhere; HSTS in production. The per-page CSP is set in proxy.ts.
const securityHeaders = staticSecurityHeaders(process.env.NODE_ENV === 'production');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A trailing slash is redirected away by proxy.ts instead, so the open API's redirect carries API-Version.
  skipTrailingSlashRedirect: true,
  // Resolve metadata before the page streams, for every client: the <title> is then in the
  // document from the first byte (WCAG 2.4.2), not appended later in the stream.
  htmlLimitedBots: /.*/,
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres'],
  // The certificate's font files, read at run time (lib/training/pdf.ts): part of the route's build output.
  // The public pages' script fonts (app/fonts/[file]), read from their npm packages.
  outputFileTracingIncludes: {
    '/api/certificates/[id]': ['./lib/training/fonts/*.ttf'],
    '/staff/reports/evaluation/pdf': ['./lib/training/fonts/*.ttf'],
    '/fonts/[file]': ['./node_modules/@fontsource/noto-sans-{arabic,ethiopic}/files/*-{400,700}-normal.woff2'],
  },
  experimental: {
    authInterrupts: true,
    // Receipts (photo or PDF, at most 5 MB) are uploaded through a server action.
    serverActions: { bodySizeLimit: '6mb' },
  },
  // The social map lives once (app/(app)/social-map/[area]) and is reached through each area's
  // URLs; before the file system, so an area URL never meets a page of its own.
  // The public sign-up's plain post (app/[locale]/(public)/aanmelden) reaches its route handler
  // without proxy.ts (see its matcher): the Dutch address has no locale prefix, so it is sent here.
  async rewrites() {
    return { beforeFiles: [...socialMapRewrites(), { source: '/aanmelden', destination: '/nl/aanmelden' }], afterFiles: [], fallback: [] };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
