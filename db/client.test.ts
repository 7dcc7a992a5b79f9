import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DbHandle, createDb, getDbHandle, guardClosedSocketWrites, isClosedSocketWrite, lockDataDir, renewDbHandle } from './client';

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'wijkwerf-lock-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the embedded database serves one process', () => {
  it('refuses a second process with a message that says what to do', async () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dir, 'wijkwerf.lock'), String(other.pid));
      expect(() => createDb({ dataDir: dir })).toThrow(/in use by another process \(pid \d+\).*stop the other one.*DATABASE_URL/s);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that is gone, and gives it back when released', () => {
    const dir = freshDir();
    const file = path.join(dir, 'wijkwerf.lock');
    writeFileSync(file, '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(file)).toBe(false);
    // …so the next process (here: the same one again) can open it.
    lockDataDir(dir)();
  });

  it('refuses a second handle on the same folder in the same process too', () => {
    const dir = freshDir();
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(/in use by another process/);
    } finally {
      release();
    }
  });
});

describe("postgres.js's write on a closed connection (porsager/postgres#1208)", () => {
  /** The error as postgres.js 3.4.9 throws it from its write timer: a real TypeError, with the driver's frames. */
  function driverError(file = '/app/node_modules/postgres/src/connection.js') {
    let error: unknown;
    const socket = null as unknown as { write(x: unknown): void };
    try {
      socket.write('x');
    } catch (e) {
      error = e;
    }
    const e = error as TypeError;
    e.stack = `${e.name}: ${e.message}\n    at Immediate.nextWrite (file://${file}:255:22)\n    at process.processImmediate (node:internal/timers:485:21)`;
    return e;
  }

  it('recognises exactly that error', () => {
    expect(driverError().message).toBe("Cannot read properties of null (reading 'write')");
    expect(isClosedSocketWrite(driverError())).toBe(true);
    expect(isClosedSocketWrite(driverError('C:\\app\\node_modules\\postgres\\cjs\\src\\connection.js'))).toBe(true);
    // The same message from our own code, or another package, is a bug to report, not this.
    expect(isClosedSocketWrite(driverError('/app/lib/export/csv.js'))).toBe(false);
    const other = driverError();
    other.stack = other.stack!.replace('nextWrite', 'flush');
    expect(isClosedSocketWrite(other)).toBe(false);
    expect(isClosedSocketWrite(new TypeError("Cannot read properties of null (reading 'end')"))).toBe(false);
    expect(isClosedSocketWrite("Cannot read properties of null (reading 'write')")).toBe(false);
  });

  function fakeProcess() {
    const proc = new EventEmitter() as EventEmitter & { exit: (code?: number) => never; exitCode?: number };
    proc.exit = ((code?: number) => {
      proc.exitCode = code;
    }) as never;
    return proc;
  }

  it('logs it as one line and renews the pool; every other error still reaches the earlier handlers', () => {
    const proc = fakeProcess();
    const seen: unknown[] = [];
    proc.on('uncaughtException', (e) => seen.push(e));
    let renewed = 0;
    const logged: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void logged.push(args.join(' '));
    try {
      guardClosedSocketWrites(() => ++renewed === 1, proc as never);
      proc.emit('uncaughtException', driverError(), 'uncaughtException');
      proc.emit('uncaughtException', driverError(), 'uncaughtException');
      const bug = new Error('a bug');
      proc.emit('uncaughtException', bug, 'uncaughtException');
      expect(renewed).toBe(2);
      expect(seen).toEqual([bug]);
      expect(logged).toEqual([
        '[db] postgres.js wrote to a connection the database had closed (porsager/postgres#1208); ignored, connection pool renewed',
        '[db] postgres.js wrote to a connection the database had closed (porsager/postgres#1208); ignored',
      ]);
      expect(proc.exitCode).toBeUndefined();
    } finally {
      console.warn = warn;
    }
  });

  it('ends the process on any other error when nobody else handled them', () => {
    const proc = fakeProcess();
    const error = console.error;
    console.error = () => {};
    try {
      guardClosedSocketWrites(() => {}, proc as never);
      proc.emit('uncaughtException', new Error('a bug'), 'uncaughtException');
      expect(proc.exitCode).toBe(1);
    } finally {
      console.error = error;
    }
  });

  it('renews the process-wide pool at most once in a few seconds, ending the old one', async () => {
    const slot = globalThis as unknown as { __wijkwerfDb?: DbHandle; __wijkwerfDbRenewedAt?: number };
    const saved = { db: slot.__wijkwerfDb, at: slot.__wijkwerfDbRenewedAt, url: process.env.DATABASE_URL };
    // postgres.js connects on the first query only: these pools never open a connection.
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    let closed = 0;
    const stale = { ...createDb({ url: process.env.DATABASE_URL }), close: async () => void closed++ };
    try {
      slot.__wijkwerfDb = stale;
      slot.__wijkwerfDbRenewedAt = undefined;
      expect(renewDbHandle(1_000_000)).toBe(true);
      const fresh = getDbHandle();
      expect(fresh).not.toBe(stale);
      expect(fresh.kind).toBe('postgres');
      expect(closed).toBe(1);
      // The same restart's other hits: left alone.
      expect(renewDbHandle(1_004_000)).toBe(false);
      expect(getDbHandle()).toBe(fresh);
      expect(renewDbHandle(1_006_000)).toBe(true);
      expect(getDbHandle()).not.toBe(fresh);
      await fresh.close();
      await getDbHandle().close();
    } finally {
      slot.__wijkwerfDb = saved.db;
      slot.__wijkwerfDbRenewedAt = saved.at;
      if (saved.url === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved.url;
    }
  });
});
