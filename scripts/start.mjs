// `npm start`: the production server. Refuses to run without AUTH_SECRET, IP_HASH_KEY or PUBLIC_URL.
import { spawn } from 'node:child_process';

if (!process.env.AUTH_SECRET || process.env.AUTH_SECRET.length < 32) {
  console.error(
    'Wijkwerf will not start: AUTH_SECRET is missing or shorter than 32 characters.\n' +
      'Set it to a long random value, e.g. AUTH_SECRET=$(openssl rand -base64 32) npm start',
  );
  process.exit(1);
}
if (!process.env.IP_HASH_KEY || process.env.IP_HASH_KEY.length < 32) {
  console.error(
    'Wijkwerf will not start: IP_HASH_KEY is missing or shorter than 32 characters.\n' +
      'Set it to a long random value of its own (not AUTH_SECRET), e.g. IP_HASH_KEY=$(openssl rand -base64 32) npm start',
  );
  process.exit(1);
}
if (process.env.IP_HASH_KEY === process.env.AUTH_SECRET) {
  console.error('Wijkwerf will not start: IP_HASH_KEY must differ from AUTH_SECRET.');
  process.exit(1);
}
// Links the app hands out (referral link, QR code, flyer, calendar feed) are built from
// PUBLIC_URL, never from the request's Host header.
let publicUrl = null;
try {
  publicUrl = process.env.PUBLIC_URL ? new URL(process.env.PUBLIC_URL) : null;
} catch {
  publicUrl = null;
}
if (!publicUrl || !['https:', 'http:'].includes(publicUrl.protocol)) {
  console.error(
    'Wijkwerf will not start: PUBLIC_URL is missing or not an http(s) address.\n' +
      'Set it to the address residents and volunteers use, e.g. PUBLIC_URL=https://wijkwerf.example.nl npm start',
  );
  process.exit(1);
}
// The server's memory budget: V8 grows its heap lazily under load (a 24 GiB machine lets it grow
// to gigabytes before a full collection), so the old generation is capped. 256 MB keeps the
// process below 400 MB under sign-up load and a 5,000-row import (docs/BENCHMARKS.md, goal 6).
const heapMb = process.env.SERVER_HEAP_MB ? Number(process.env.SERVER_HEAP_MB) : 256;
if (!Number.isInteger(heapMb) || heapMb < 128) {
  console.error('Wijkwerf will not start: SERVER_HEAP_MB must be a whole number of megabytes, at least 128 (default 256).');
  process.exit(1);
}
const env = { ...process.env, NODE_ENV: 'production' };
// Auth.js builds its own URLs from AUTH_URL; by default the same public address.
if (!env.AUTH_URL && !env.AUTH_TRUST_HOST) env.AUTH_URL = publicUrl.origin;
const server = spawn('node', [`--max-old-space-size=${heapMb}`, 'scripts/serve.mjs', process.env.PORT || '3000'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
