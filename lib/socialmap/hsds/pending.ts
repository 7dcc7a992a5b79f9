import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isUuid } from '@/lib/actions/validation';

/**
 * An uploaded HSDS package waiting for the curator's confirmation: kept as a file in the
 * server's temp folder (at most 10 MB, one day), readable only by the user who uploaded it.
 * Nothing of it is in the database until the import is confirmed.
 */
const DIR = path.join(process.env.WIJKWERF_IMPORT_DIR ?? os.tmpdir(), 'wijkwerf-hsds-import');
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

interface Pending {
  userId: string;
  fileName: string;
  createdAt: string;
  text: string;
}

export async function savePending(userId: string, fileName: string, text: string): Promise<string> {
  await mkdir(DIR, { recursive: true, mode: 0o700 });
  const token = randomUUID();
  const body: Pending = { userId, fileName, createdAt: new Date().toISOString(), text };
  await writeFile(path.join(DIR, `${token}.json`), JSON.stringify(body), { mode: 0o600 });
  return token;
}

export async function loadPending(token: string, userId: string): Promise<Pending | null> {
  if (!isUuid(token)) return null;
  try {
    const p = JSON.parse(await readFile(path.join(DIR, `${token}.json`), 'utf8')) as Pending;
    if (p.userId !== userId) return null;
    if (Date.now() - Date.parse(p.createdAt) > MAX_AGE_MS) {
      await removePending(token);
      return null;
    }
    return p;
  } catch {
    return null;
  }
}

export async function removePending(token: string): Promise<void> {
  if (!isUuid(token)) return;
  await rm(path.join(DIR, `${token}.json`), { force: true });
}
