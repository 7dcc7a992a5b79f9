import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, lockDataDir } from './client';

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
