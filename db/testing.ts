import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle } from './client';

/** A migrated, in-memory PGlite database for one test file. */
export async function memoryTestDb(): Promise<DbHandle> {
  const handle = createDb({ memory: true });
  await handle.migrate();
  return handle;
}

/**
 * A fresh database on the Postgres server of TEST_DATABASE_URL, migrated; dropped on close.
 * Each call creates its own database, so test files and runs never share state.
 */
export async function serverTestDb(baseUrl = process.env.TEST_DATABASE_URL!): Promise<DbHandle> {
  const name = `wijkwerf_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = createDb({ url: url.toString() });
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

export interface TestDriver {
  name: 'pglite' | 'postgres';
  open: () => Promise<DbHandle>;
}

/** The drivers a data-layer suite runs against: always PGlite, plus the server when TEST_DATABASE_URL is set. */
export const testDrivers: TestDriver[] = [
  { name: 'pglite', open: memoryTestDb },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, open: () => serverTestDb() }] : []),
];
