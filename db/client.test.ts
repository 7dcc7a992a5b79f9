import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, guardClosedSocketWrites, isClosedSocketWrite, lockDataDir } from './client';

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
      guardClosedSocketWrites(() => void renewed++, proc as never);
      proc.emit('uncaughtException', driverError(), 'uncaughtException');
      const bug = new Error('a bug');
      proc.emit('uncaughtException', bug, 'uncaughtException');
      expect(renewed).toBe(1);
      expect(seen).toEqual([bug]);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^\[db\] postgres\.js wrote to a connection the database had closed/);
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
});
