// Migrates, then loads the demo data if the database has no users yet.
import { createDb } from '../db/client';
import { DEMO_ACCOUNTS, seedDemo } from '../lib/demo';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../lib/demo/data';

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
await handle.migrate();
const loaded = await seedDemo(handle.db);
await handle.close();
console.log(loaded ? 'demo data loaded' : 'database already has data; demo data not loaded');
if (loaded || process.argv.includes('--print-accounts')) {
  console.log(`\nDemo accounts (password: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(12)} ${a.email}`);
  console.log(`Staff (admin, coordinator, caseworker, coach) also need a code: add the TOTP key ${DEMO_TOTP_SECRET} to an authenticator app.`);
}
