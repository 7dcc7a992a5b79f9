// Fresh database for the browser tests: migrations, demo data, and accounts only the tests use.
import { createDb } from '../db/client';
import { seedDemo } from '../lib/demo';
import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../lib/demo/data';
import { createUser } from '../lib/users/mutations';

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
await handle.migrate();
await seedDemo(handle.db);
// Dedicated accounts, so throttling and role changes do not disturb other journeys.
for (const u of [
  { email: 'throttle@wijkwerf.test', name: 'Test Throttle', role: 'caseworker' as const },
  { email: 'rolechange@wijkwerf.test', name: 'Test Rolwissel', role: 'coordinator' as const },
  // The second pair of eyes of the privacy spec's erasures.
  { email: 'privacy2@wijkwerf.test', name: 'Test Tweede Coördinator', role: 'coordinator' as const },
  // Changes its own password (e2e/auth/password-change.spec.ts).
  { email: 'pwchange@wijkwerf.test', name: 'Test Wachtwoordwissel', role: 'caseworker' as const },
  // Deactivated and restored by e2e/staff/no-one-click-damage.spec.ts.
  { email: 'deactivate@wijkwerf.test', name: 'Test Deactiveren', role: 'caseworker' as const },
]) {
  const id = await createUser(handle.db, { ...u, password: DEMO_PASSWORD });
  // Staff sign in with a second factor: enrolled with the demo secret, like the demo's staff.
  await handle.db.update(users).set({ totpSecret: DEMO_TOTP_SECRET, totpEnabledAt: new Date() }).where(eq(users.id, id));
}
await handle.close();
console.log('[e2e] database ready');
