// Browser security headers. No imports: next.config.ts loads this file too.

/** Headers on every response (pages, API, files); HSTS only in production, where the app runs behind HTTPS. */
export function staticSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}

/** A fresh nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of an HTML page, set by proxy.ts with a per-request nonce (Next.js
 * puts the nonce on its own inline scripts; 'strict-dynamic' lets those load the page's chunks).
 * Styles come from Tailwind's CSS files ('self'); a page's own <style> element needs the nonce
 * (the A6 flyer's print rules). Inline style *attributes* are allowed (style-src-attr): the staff
 * dashboard draws its funnel bars with a server-computed width; attributes cannot run script and
 * img-src/font-src keep any url() on this origin. Development adds 'unsafe-eval' for React's
 * dev tooling only.
 */
export function contentSecurityPolicy(nonce: string, production: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? '' : " 'unsafe-eval'"}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
