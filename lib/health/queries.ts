import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/** How long the readiness probe waits for the database before it says "not ready". */
export const READY_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers a trivial query within the timeout: the load balancer's readiness
 * check (/readyz). Never throws; the reason stays out of the answer (it goes to no one but the log
 * of the caller, which keeps only the error's code).
 */
export async function databaseReady(db: Db, timeoutMs = READY_TIMEOUT_MS): Promise<{ ready: boolean; code?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), timeoutMs);
  });
  try {
    await Promise.race([db.execute(sql`select 1`), timeout]);
    return { ready: true };
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    return { ready: false, code: typeof code === 'string' ? code : 'ERROR' };
  } finally {
    clearTimeout(timer);
  }
}
