import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { hit, reset, undo, type Window } from '@/lib/ratelimit';
import { dummyPasswordHash, verifyPassword } from './password';
import type { Role } from './permissions';

/**
 * Attempts allowed per account and per IP address in a window before logins are refused for the
 * rest of it. A success clears the account's count and does not count against the address.
 */
export const ACCOUNT_WINDOW: Window = {
  limit: Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
  windowSeconds: 15 * 60,
};
export const IP_WINDOW: Window = {
  limit: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 30),
  windowSeconds: 15 * 60,
};

export type LoginResult =
  | { ok: true; user: { id: string; name: string; email: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: 'invalid' | 'throttled' };

function accountKey(email: string): string {
  // The counter key must not hold the e-mail address itself.
  return `login:acct:${createHash('sha256').update(email).digest('base64url').slice(0, 22)}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks e-mail and password with throttling per account and per IP (state in the database),
 * and writes the outcome to the audit log. Never logs the password or the e-mail address.
 */
export async function verifyLogin(
  db: Db,
  input: { email: string; password: string; ipHash: string },
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const acctKey = accountKey(email);
  const ipKey = `login:ip:${input.ipHash}`;

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);

  // Count the attempt before checking the password, so parallel guesses cannot all slip under
  // the limit; a successful login takes its count back below.
  const [acct, ip] = await Promise.all([hit(db, acctKey, ACCOUNT_WINDOW), hit(db, ipKey, IP_WINDOW)]);
  if (!acct.allowed || !ip.allowed) {
    await audit(db, {
      action: 'login.throttled',
      actorUserId: user?.id ?? null,
      ipHash: input.ipHash,
      details: { scope: !acct.allowed ? 'account' : 'ip' },
    });
    return { ok: false, reason: 'throttled' };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordOk || !user.active) {
    await audit(db, {
      action: 'login.failed',
      actorUserId: user?.id ?? null,
      ipHash: input.ipHash,
      details: { reason: !user ? 'unknown_account' : !passwordOk ? 'wrong_password' : 'inactive' },
    });
    return { ok: false, reason: 'invalid' };
  }

  await undo(db, ipKey);
  await reset(db, acctKey);
  await audit(db, { action: 'login.success', actorUserId: user.id, ipHash: input.ipHash });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
