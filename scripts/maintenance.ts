// Daily clean-up (schedule it, see README): removes what is no longer needed and stores the
// expiry that reads already derive (referrals), applies the retention periods (lib/privacy).
// Prints counts only. `npm run maintenance -- --dry-run` only prints what the retention periods
// would remove or anonymise, and writes nothing.
// Uses DATABASE_URL like the app, else the embedded database in WIJKWERF_DATA_DIR.
import { createDb } from '../db/client';
import { purgeOldImportData } from '../lib/imports/mutations';
import { logError } from '../lib/log';
import { purgeExpiredRateLimits } from '../lib/ratelimit';
import { purgeExpiredPendingImports } from '../lib/socialmap/hsds/pending';
import { expireStaleReferrals } from '../lib/socialmap/referrals/mutations';
import { channelsFromEnv } from '../lib/notifications/channels';
import { enqueueStaffDigests } from '../lib/targets/digest';
import { runOutbox } from '../lib/notifications/worker';
import { enqueueShiftReminders } from '../lib/shifts/notify';
import { enqueueReviewDigests } from '../lib/coaching/reviews/notify';
import { enqueueAssociationSummaries } from '../lib/associations/digest';
import { applyRetention, type RetentionResult } from '../lib/privacy/retention';

const printRetention = (rows: RetentionResult[], verb: string) => {
  for (const r of rows) console.log(`retention ${r.kind} (${r.period}): ${r.count} ${verb}`);
};

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
try {
  const now = new Date();
  if (process.argv.includes('--dry-run')) {
    printRetention(await applyRetention(handle.db, { now, dryRun: true }), 'would be removed or anonymised');
    console.log('dry run: nothing was changed');
  } else {
    // Includes the unconfirmed association import previews (their hours are a privacy setting).
    const retention = await applyRetention(handle.db, { now });
    await purgeOldImportData(handle.db, now);
    const pending = await purgeExpiredPendingImports(handle.db, now);
    const rateLimits = await purgeExpiredRateLimits(handle.db, now);
    const expired = await expireStaleReferrals(handle.db, now);
    const reminders = await enqueueShiftReminders(handle.db, now);
    const digests = await enqueueStaffDigests(handle.db, now);
    const reviewDigests = await enqueueReviewDigests(handle.db, now);
    const associationSummaries = await enqueueAssociationSummaries(handle.db, now);
    // Then send what is due (with SMTP_URL; without it everything stays in the outbox).
    const channels = channelsFromEnv();
    const sent = { sent: 0, retried: 0, failed: 0 };
    for (let pass = 0; pass < 100 && channels.length; pass++) {
      const r = await runOutbox(handle, channels, new Date(), 50);
      sent.sent += r.sent;
      sent.retried += r.retried;
      sent.failed += r.failed;
      if (r.sent + r.retried + r.failed < 50) break;
    }
    printRetention(retention, 'removed or anonymised');
    console.log(`pending HSDS imports removed (older than 24 hours): ${pending}`);
    console.log(`expired rate-limit counters removed: ${rateLimits}`);
    console.log(`referrals stored as expired (open, no news for 30 days): ${expired.length}`);
    console.log(`shift reminders for tomorrow written: ${reminders}; staff digests written: ${digests.digest}, claims-waiting notices: ${digests.claims}; review digests: ${reviewDigests}; association summaries: ${associationSummaries}`);
    console.log(channels.length ? `messages sent: ${sent.sent}, to retry: ${sent.retried}, failed: ${sent.failed}` : 'messages not sent: no SMTP_URL (they wait in the outbox, /admin/outbox)');
  }
} catch (e) {
  logError('maintenance', e);
  process.exitCode = 1;
} finally {
  await handle.close();
}
