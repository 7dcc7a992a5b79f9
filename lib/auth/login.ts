import 'server-only';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { hit, reset, undo, type Window } from '@/lib/ratelimit';
import { dummyPasswordHash, verifyPassword } from './password';
import type { Role } from './permissions';

/**
 * Login throttling, counted before the password is checked (so parallel guesses cannot slip under
 * a limit) and taken back on success:
 * - per (account, client): LOGIN_MAX_FAILURES_PER_ACCOUNT attempts per 15 minutes, then that
 *   client is refused for that account;
 * - per client: LOGIN_MAX_FAILURES_PER_IP attempts per 15 minutes over all accounts, then refused;
 * - per account from anywhere: past the same number of attempts, every further attempt for that
 *   account waits a growing delay (doubling from LOGIN_DELAY_BASE_MS, at most
 *   LOGIN_DELAY_MAX_SECONDS) but is never refused, so nobody can lock the coordinator or the only
 *   administrator out: the right password from a client without failures still gets in.
 */
export const ACCOUNT_WINDOW: Window = {
  limit: Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
  windowSeconds: 15 * 60,
};
export const IP_WINDOW: Window = {
  limit: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 30),
  windowSeconds: 15 * 60,
};
export const ACCOUNT_DELAY = {
  baseMs: Number(process.env.LOGIN_DELAY_BASE_MS ?? 250),
  maxMs: Number(process.env.LOGIN_DELAY_MAX_SECONDS ?? 10) * 1000,
};

/** The wait before checking an attempt that is the `count`-th for this account in the window. */
export function accountDelayMs(count: number): number {
  const over = count - ACCOUNT_WINDOW.limit;
  if (over <= 0) return 0;
  return Math.min(ACCOUNT_DELAY.maxMs, ACCOUNT_DELAY.baseMs * 2 ** Math.min(over - 1, 30));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number; twoFactor: boolean } }
  | { ok: false; reason: 'invalid' | 'throttled' };

function accountHash(email: string): string {
  // The counter keys must not hold the e-mail address itself.
  return createHash('sha256').update(email).digest('base64url').slice(0, 22);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks e-mail and password with throttling per (account, client), per client and (as delays)
 * per account, state in the database, and writes the outcome to the audit log. Never logs the
 * password or the e-mail address. `opts.wait` is the delay (tests record it instead of waiting).
 */
export async function verifyLogin(
  db: Db,
  input: { email: string; password: string; ipHash: string },
  opts: { wait?: (ms: number) => Promise<void> } = {},
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const acct = accountHash(email);
  const acctKey = `login:acct:${acct}`;
  const pairKey = `login:acct-ip:${acct}:${input.ipHash}`;
  const ipKey = `login:ip:${input.ipHash}`;

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);

  // Count the attempt before checking the password, so parallel guesses cannot all slip under
  // the limits; a successful login takes its counts back below.
  const [pair, ip, account] = await Promise.all([
    hit(db, pairKey, ACCOUNT_WINDOW),
    hit(db, ipKey, IP_WINDOW),
    hit(db, acctKey, ACCOUNT_WINDOW),
  ]);
  if (!pair.allowed || !ip.allowed) {
    await audit(db, {
      action: 'login.throttled',
      actorUserId: user?.id ?? null,
      ipHash: input.ipHash,
      details: { scope: !pair.allowed ? 'account' : 'ip' },
    });
    return { ok: false, reason: 'throttled' };
  }

  // Many failures for this account from anywhere: slow every attempt down, refuse none.
  const delay = accountDelayMs(account.count);
  if (delay > 0) await (opts.wait ?? sleep)(delay);

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    await audit(db, {
      action: 'login.failed',
      actorUserId: user?.id ?? null,
      ipHash: input.ipHash,
      details: { reason: !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'inactive', ...(delay > 0 ? { delayed: true } : {}) },
    });
    return { ok: false, reason: 'invalid' };
  }

  await undo(db, ipKey);
  await reset(db, pairKey);
  await reset(db, acctKey);
  await audit(db, { action: 'login.success', actorUserId: user.id, ipHash: input.ipHash });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion, twoFactor: !!user.totpEnabledAt } };
}
