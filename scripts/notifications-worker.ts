// The outbox worker as its own process: every NOTIFICATIONS_INTERVAL_SECONDS (default 30) it
// sends the messages that are due (lib/notifications/worker.ts). Run one or more next to the app
// on a Postgres server (DATABASE_URL; several never send the same message). Needs SMTP_URL:
// without a channel it exits at once, and messages wait in the outbox (/admin/outbox).
// Not for the embedded database while the app runs (PGlite allows one process).
import { createDb } from '../db/client';
import { channelsFromEnv } from '../lib/notifications/channels';
import { runOutbox } from '../lib/notifications/worker';
import { logError } from '../lib/log';

const channels = channelsFromEnv();
if (!channels.length) {
  console.log('no channel configured (SMTP_URL): nothing to send, messages wait in the outbox');
  process.exit(0);
}
const handle = createDb({ url: process.env.DATABASE_URL || undefined });
const intervalMs = Math.max(5, Number(process.env.NOTIFICATIONS_INTERVAL_SECONDS ?? 30)) * 1000;
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => (stopping = true));
while (!stopping) {
  try {
    const r = await runOutbox(handle, channels);
    if (r.sent + r.retried + r.failed) console.log(`sent ${r.sent}, to retry ${r.retried}, failed ${r.failed}`);
  } catch (e) {
    logError('notifications-worker', e);
  }
  await new Promise((resolve) => setTimeout(resolve, intervalMs));
}
await handle.close();
