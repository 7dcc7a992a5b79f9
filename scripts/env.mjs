// Shared by the demo, start and test scripts: the demo's own secret, kept in the data folder.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const dataDir = path.resolve(process.env.WIJKWERF_DATA_DIR ?? '.data');

/** Returns the demo's AUTH_SECRET (or another secret kept in `file`), generating and storing it (mode 600) on first use. */
export function demoSecret(name = 'auth-secret') {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}
