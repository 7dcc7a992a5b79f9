/** The public origin of this deployment: AUTH_URL / PUBLIC_URL when set, else the request's host. */
export function publicOrigin(headers: Headers): string {
  const configured = process.env.PUBLIC_URL || process.env.AUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost:3000';
  const proto = headers.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
