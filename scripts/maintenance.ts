// Daily clean-up (schedule it, see README): removes what is no longer needed and stores the
// expiry that reads already derive (referrals). Prints counts only.
// Uses DATABASE_URL like the app, else the embedded database in WIJKWERF_DATA_DIR.
import { createDb } from '../db/client';
import { purgeOldImportData, purgeUnconfirmedImports } from '../lib/imports/mutations';
import { logError } from '../lib/log';
import { purgeExpiredRateLimits } from '../lib/ratelimit';
import { purgeExpiredPendingImports } from '../lib/socialmap/hsds/pending';
import { expireStaleReferrals } from '../lib/socialmap/referrals/mutations';

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
try {
  const now = new Date();
  const previews = await purgeUnconfirmedImports(handle.db, now);
  await purgeOldImportData(handle.db, now);
  const pending = await purgeExpiredPendingImports(handle.db, now);
  const rateLimits = await purgeExpiredRateLimits(handle.db, now);
  const expired = await expireStaleReferrals(handle.db, now);
  console.log(`association import previews removed (unconfirmed, older than 24 hours): ${previews}`);
  console.log(`pending HSDS imports removed (older than 24 hours): ${pending}`);
  console.log(`expired rate-limit counters removed: ${rateLimits}`);
  console.log(`referrals stored as expired (open, no news for 30 days): ${expired.length}`);
} catch (e) {
  logError('maintenance', e);
  process.exitCode = 1;
} finally {
  await handle.close();
}
