/**
 * The public address of this deployment, from the PUBLIC_URL setting only — never from the
 * request's Host / X-Forwarded-Host headers, which any client can forge. Every absolute URL the
 * app hands out (referral link, QR code, A6 flyer, calendar feed, the HSDS API's links) is built
 * here. `npm start` refuses to run without PUBLIC_URL; `npm run demo` and the e2e server set it;
 * elsewhere (next dev, tests) it falls back to http://localhost:PORT.
 */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.PUBLIC_URL?.trim();
  if (configured) {
    const url = new URL(configured);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('PUBLIC_URL must be an http(s) URL');
    return url.origin;
  }
  return `http://localhost:${env.PORT || '3000'}`;
}

/** An absolute public URL for a path of this app (`/?ref=AMB01`, `/api/calendar/…`). */
export function publicUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error('publicUrl takes a path starting with one /');
  return `${publicOrigin(env)}${path}`;
}

/**
 * Whether a form post comes from this app's own pages — the check Next.js makes before it runs a
 * server action (Origin against the host), for a route handler that takes a plain form post (the
 * public sign-up's), but against PUBLIC_URL's origin, never the request's Host or X-Forwarded-Host.
 * A current browser says where a post comes from: `Sec-Fetch-Site` must be `same-origin` when sent,
 * and `Origin` must be this app's when sent (`null`, from a sandboxed frame or a redirect across
 * sites, is not). A request with neither is no browser's (every current one sends Origin with a
 * POST), and such a client can post the same form data from anywhere anyway: it passes.
 */
export function sameOriginPost(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = headers.get('origin');
  return origin === null || origin === publicOrigin(env);
}
