// The app's HTTP server for `npm start`, `npm run demo` and the browser tests: Next's request
// handler behind a plain Node server that passes each connection's socket address on in a header
// (Next 16 gives proxy.ts, route handlers and server actions no access to the socket). The header
// is overwritten on every request and carries a random token of this process, so lib/security/ip.ts
// never believes a value a client sent. Usage: node scripts/serve.mjs [port]
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';

const PEER_HEADER = 'x-wijkwerf-peer'; // lib/security/ip.ts PEER_HEADER
const token = randomBytes(18).toString('base64url');
process.env.WIJKWERF_PEER_TOKEN = token; // lib/security/ip.ts PEER_TOKEN_ENV

const port = Number(process.argv[2] || process.env.PORT || 3000);
const app = next({ dev: false, dir: process.cwd(), port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = `${token} ${req.socket.remoteAddress ?? ''}`;
  handle(req, res).catch((e) => {
    console.error(`[serve] ${e?.name ?? 'Error'}: ${e?.message ?? e}`);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => console.log(`[serve] listening on port ${port}`));

let closing = false;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (closing) return;
    closing = true;
    server.close(() => app.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
