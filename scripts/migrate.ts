// Applies the committed migrations to DATABASE_URL, or to the embedded database in WIJKWERF_DATA_DIR.
import { createDb } from '../db/client';

const handle = createDb({ url: process.env.DATABASE_URL || undefined });
await handle.migrate();
await handle.close();
console.log(`migrations applied (${handle.kind})`);
