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
