// The environment of a browser-test server (scripts/e2e-server.mjs; e2e/auth/first-run.spec.ts
// starts a second one on an empty database). Test-only secrets, never for production.
export const E2E_AUTH_SECRET = 'e2e-secret-not-for-production-0123456789abcdef';

/** The flags every Chromium this project starts gets (browser tests, Lighthouse in the bench): no sandbox as root, no GPU, no calls home. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function e2eEnv(port) {
  const env = {
    ...process.env,
    AUTH_SECRET: E2E_AUTH_SECRET,
    IP_HASH_KEY: 'e2e-ip-hash-key-not-for-production-0123456789',
    // The browser tests play many clients from one machine: each test sends its own
    // X-Forwarded-For (e2e/fixtures.ts), believed because the socket peer, this machine, is trusted.
    TRUSTED_PROXIES: '127.0.0.1, ::1',
    AUTH_TRUST_HOST: 'true',
    // Links handed out (referral, calendar feed) use this, never the request's Host header.
    PUBLIC_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    // Small limits so the flood and throttle journeys are quick to provoke.
    SIGNUP_RATE_LIMIT: '8',
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    // The journeys sign the same demo staff accounts in many times a minute, each with a code from
    // the demo's TOTP secret: accept a code more than once (lib/auth/totp.ts). Only here.
    TOTP_ALLOW_CODE_REUSE: '1',
  };
  delete env.DATABASE_URL;
  return env;
}
