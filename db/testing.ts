import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { createDb, MIGRATIONS_FOLDER, type DbHandle } from './client';

let key: string | undefined;

/**
 * A fingerprint of the migrations (every file's name and bytes) and of the PGlite version (its
 * dump format): a changed migration or engine is a new snapshot and template. Read once per process.
 */
function migrationsKey(): string {
  if (key) return key;
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'package.json')));
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else hash.update(entry.name).update(readFileSync(file));
    }
  };
  walk(MIGRATIONS_FOLDER);
  key = hash.digest('hex').slice(0, 16);
  return key;
}

let snapshot: Promise<Blob> | undefined;

/**
 * The migrated database as a PGlite data-folder dump, made once per set of migrations and kept in
 * the temp folder: migrating PGlite takes seconds, loading the dump a fraction of that. Written
 * to a temporary name and renamed, so parallel test processes never read half a file.
 */
function migratedSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const file = path.join(tmpdir(), `wijkwerf-pglite-${migrationsKey()}.tar`);
    if (existsSync(file)) return new Blob([readFileSync(file)]);
    const handle = createDb({ memory: true });
    await handle.migrate();
    const dump = await handle.dump!();
    await handle.close();
    const bytes = Buffer.from(await dump.arrayBuffer());
    const partial = `${file}.${process.pid}.${randomBytes(3).toString('hex')}`;
    writeFileSync(partial, bytes);
    renameSync(partial, file);
    return new Blob([bytes]);
  })();
  return snapshot;
}

/**
 * A migrated, in-memory PGlite database for one test file, started from the migrated snapshot.
 * `migrate()` still runs (it finds every migration applied), so a snapshot that does not match
 * would be caught rather than trusted.
 */
export async function memoryTestDb(): Promise<DbHandle> {
  const handle = createDb({ memory: true, loadDataDir: await migratedSnapshot() });
  await handle.migrate();
  return handle;
}

/**
 * The migrated template database on the server for this set of migrations, made once (under an
 * advisory lock, so parallel test processes wait for the one that builds it) and kept: copying a
 * template is much quicker than migrating. Built under a temporary name and renamed, so a run
 * killed halfway never leaves a half-migrated template.
 */
async function migratedTemplate(admin: postgres.Sql, baseUrl: string): Promise<string> {
  const name = `wijkwerf_tpl_${migrationsKey()}`;
  const reserved = await admin.reserve();
  try {
    await reserved`select pg_advisory_lock(hashtext(${name}))`;
    const [found] = await reserved`select 1 from pg_database where datname = ${name}`;
    if (!found) {
      const building = `${name}_b${randomBytes(3).toString('hex')}`;
      await reserved.unsafe(`CREATE DATABASE ${building}`);
      const url = new URL(baseUrl);
      url.pathname = `/${building}`;
      const handle = createDb({ url: url.toString() });
      await handle.migrate();
      await handle.close();
      await reserved.unsafe(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
    await reserved`select pg_advisory_unlock(hashtext(${name}))`;
  } finally {
    reserved.release();
  }
  return name;
}

/**
 * A fresh database on the Postgres server of TEST_DATABASE_URL, migrated (a copy of the migrated
 * template); dropped on close. Each call creates its own database, so test files and runs never
 * share state.
 */
export async function serverTestDb(baseUrl = process.env.TEST_DATABASE_URL!): Promise<DbHandle> {
  const name = `wijkwerf_t_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const template = await migratedTemplate(admin, baseUrl);
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
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
