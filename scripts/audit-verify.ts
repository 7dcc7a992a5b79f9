// Checks the audit log's hash chain (lib/audit/chain.ts): seals what has been written since the
// last seal (waiting for a running app's sealer), then prints the number of entries checked, the
// first breaks (place in the chain, entry id, why) and the newest hash; exits 1 when broken.
// Uses DATABASE_URL like the app, else the embedded database in WIJKWERF_DATA_DIR.
import { createDb } from '../db/client';
import { verifyAuditChain } from '../lib/audit/chain';
import { sealAuditChain } from '../lib/audit/seal';
import { logError } from '../lib/log';

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
try {
  const sealed = await sealAuditChain(handle.db);
  const r = await verifyAuditChain(handle.db);
  console.log(`audit entries checked: ${r.checked} (${sealed} sealed just now; written since: ${r.pending})`);
  console.log(`newest hash (keep a copy elsewhere): ${r.head ?? '—'}`);
  if (r.broken.length) {
    for (const b of r.broken) console.log(`BROKEN at place ${b.chainSeq} in the chain (entry ${b.id}): ${b.reason}`);
    process.exitCode = 1;
  } else {
    console.log('chain intact');
  }
} catch (e) {
  logError('audit-verify', e);
  process.exitCode = 1;
} finally {
  await handle.close();
}
