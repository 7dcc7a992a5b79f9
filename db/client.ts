import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The driver-independent database type every query and mutation is written against. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

/** The rows of a raw `db.execute(sql…)`: postgres.js returns an array, PGlite `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tar (tests keep a migrated snapshot). */
  dump?: () => Promise<Blob>;
}

export interface DbOptions {
  /** postgres:// URL; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; ignored with `url` or `memory`. */
  dataDir?: string;
  /** In-memory PGlite (tests). */
  memory?: boolean;
  /** In-memory PGlite started from this data folder dump (tests: a migrated snapshot). */
  loadDataDir?: Blob;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export function defaultDataDir(): string {
  return path.resolve(process.env.WIJKWERF_DATA_DIR ?? '.data', 'pglite');
}

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite is one connection in one process: a second process opening the same data folder would
 * corrupt it. A lock file with the owner's process id refuses the second one with a message that
 * says what to do; a lock left by a process that is gone (a crash) is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, 'wijkwerf.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (readFileSync(file, 'utf8') === String(process.pid)) unlinkSync(file);
        } catch {}
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(owner) && owner > 0 && running(owner)) {
        throw new Error(
          `The embedded database in ${dir} is in use by another process (pid ${owner}). PGlite serves one process: ` +
            'stop the other one (the demo, a script), or set DATABASE_URL to a Postgres server to run several processes.',
        );
      }
      try {
        unlinkSync(file); // left behind by a process that is gone
      } catch {}
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}

/** Creates a database handle. Callers own it; the app uses the cached one from `getDb()`. */
export function createDb(opts: DbOptions = {}): DbHandle {
  if (opts.url) {
    // DB_PREPARE=false: no named prepared statements (a connection pooler in transaction mode
    // older than PgBouncer 1.21, see docs/DEPLOYMENT.md).
    const sql = postgres(opts.url, {
      max: Number(process.env.DB_POOL_MAX ?? 10),
      prepare: process.env.DB_PREPARE !== 'false',
      // A server that is shutting down or starting may take a connection and not answer: give up
      // after DB_CONNECT_TIMEOUT seconds (default 10, postgres.js's own is 30) so the request
      // answers "try again" instead of hanging.
      connect_timeout: Number(process.env.DB_CONNECT_TIMEOUT ?? 10),
      onnotice: () => {},
    });
    const db = drizzlePostgres(sql, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => sql.end({ timeout: 5 }),
    };
  }
  // The same extensions as the server: pg_trgm for substring search.
  const extensions = { pg_trgm };
  let client: PGlite;
  let unlock = () => {};
  if (opts.memory) {
    client = new PGlite({ extensions, loadDataDir: opts.loadDataDir });
  } else {
    const dir = opts.dataDir ?? defaultDataDir();
    mkdirSync(dir, { recursive: true });
    unlock = lockDataDir(dir);
    client = new PGlite(dir, { extensions });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
    dump: () => client.dumpDataDir('none'),
  };
}

const globalForDb = globalThis as unknown as { __wijkwerfDb?: DbHandle; __wijkwerfDbRenewedAt?: number };

/**
 * The process-wide handle, chosen by the environment: DATABASE_URL → Postgres server,
 * otherwise the embedded PGlite in WIJKWERF_DATA_DIR (default `.data`). PGlite is a single
 * connection, so exactly one instance per process (cached on globalThis, which also survives
 * dev-server reloads and is shared by every bundle of the server).
 */
export function getDbHandle(): DbHandle {
  if (!globalForDb.__wijkwerfDb) {
    const handle = createDb({ url: process.env.DATABASE_URL || undefined });
    globalForDb.__wijkwerfDb = handle;
    if (handle.kind === 'postgres') guardClosedSocketWrites(() => renewDbHandle());
  }
  return globalForDb.__wijkwerfDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

/**
 * postgres.js 3.4.9 (porsager/postgres#1154, #1208) can throw from a timer, outside every query's
 * promise, when the database server went away: a transaction whose query failed with
 * CONNECTION_CLOSED sends its ROLLBACK on the same connection, whose socket is already gone, and
 * the deferred write (`nextWrite`) reads `.write` of null. Nothing waits for that ROLLBACK (the
 * transaction has already failed), but the connection keeps the unsent bytes and a spent timer,
 * so its later connection attempts send nothing and time out. This recognises exactly that error.
 */
export function isClosedSocketWrite(error: unknown): boolean {
  if (!(error instanceof TypeError) || error.message !== "Cannot read properties of null (reading 'write')") return false;
  const stack = error.stack ?? '';
  return /\bnextWrite\b/.test(stack) && /[\\/]postgres[\\/](cjs[\\/])?src[\\/]connection\.js/.test(stack);
}

/**
 * A process-wide `uncaughtException` handler in front of the ones already there (Next's logs
 * every error): postgres.js's write on a closed socket (`isClosedSocketWrite`) is logged as one
 * line, without any query or data, and `onHit` runs (true: it renewed the pool); every other error goes on to the earlier
 * handlers, or, if there were none, ends the process as Node would. Installed once per process.
 */
export function guardClosedSocketWrites(onHit: () => boolean | void, proc: Pick<NodeJS.Process, 'listeners' | 'removeAllListeners' | 'on' | 'exit'> = process): void {
  const flag = globalThis as unknown as { __wijkwerfClosedSocketGuard?: boolean };
  if (proc === process) {
    if (flag.__wijkwerfClosedSocketGuard) return;
    flag.__wijkwerfClosedSocketGuard = true;
  }
  const earlier = proc.listeners('uncaughtException');
  proc.removeAllListeners('uncaughtException');
  proc.on('uncaughtException', (error, origin) => {
    if (isClosedSocketWrite(error)) {
      const renewed = onHit();
      console.warn(`[db] postgres.js wrote to a connection the database had closed (porsager/postgres#1208); ignored${renewed ? ', connection pool renewed' : ''}`);
      return;
    }
    if (earlier.length === 0) {
      console.error(error);
      proc.exit(1);
    }
    for (const listener of earlier) listener(error, origin);
  });
}

/**
 * A new pool for the process-wide handle, after a connection was left unusable: the next `getDb()`
 * connects afresh, and the old pool ends once its running queries are done (or after 5 seconds).
 * One restart of the server can leave several connections so within moments: the pool is renewed
 * at most once in RENEW_INTERVAL_MS (those hits come from the pool being ended).
 */
export function renewDbHandle(now = Date.now()): boolean {
  const stale = globalForDb.__wijkwerfDb;
  if (!stale || stale.kind !== 'postgres' || now - (globalForDb.__wijkwerfDbRenewedAt ?? -Infinity) < RENEW_INTERVAL_MS) return false;
  globalForDb.__wijkwerfDbRenewedAt = now;
  globalForDb.__wijkwerfDb = createDb({ url: process.env.DATABASE_URL || undefined });
  stale.close().catch(() => {});
  return true;
}
const RENEW_INTERVAL_MS = 5000;
