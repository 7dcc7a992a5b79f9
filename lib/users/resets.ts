import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { passwordResets, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { normalizeEmail } from '@/lib/auth/login';
import { hashPassword, passwordProblem } from '@/lib/auth/password';
import { enqueue } from '@/lib/notifications/outbox';
import { hashInviteToken } from './invites';

/**
 * "Forgot password": a one-time link like the invite's (32 random bytes in the link, the SHA-256
 * in the database), valid RESET_HOURS, usable once. Asking never tells whether the address has
 * an account: the caller answers the same either way. A new link makes older ones stop working;
 * setting the password ends every session of the account and sends a notice.
 */
export const RESET_HOURS = 2;
/** Requests per client address per hour, and links per account per hour. */
export const RESET_IP_WINDOW = { limit: Number(process.env.RESET_MAX_PER_IP ?? 10), windowSeconds: 3600 };
export const RESET_ACCOUNT_WINDOW = { limit: 3, windowSeconds: 3600 };

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/** Creates a link and queues the e-mail when an active account has this address; returns the token for tests (null otherwise). */
export async function requestPasswordReset(db: DbOrTx, email: string, now = new Date()): Promise<string | null> {
  const [u] = await db.select({ id: users.id, active: users.active }).from(users).where(eq(users.email, normalizeEmail(email))).limit(1);
  if (!u || !u.active) return null;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_HOURS * 3600 * 1000);
  await db.transaction(async (tx) => {
    await tx.update(passwordResets).set({ usedAt: now }).where(and(eq(passwordResets.userId, u.id), isNull(passwordResets.usedAt)));
    const [row] = await tx.insert(passwordResets).values({ tokenHash: hashInviteToken(token), userId: u.id, expiresAt, createdAt: now }).returning({ id: passwordResets.id });
    await audit(tx, { action: 'password.reset_requested', actorUserId: u.id, entityType: 'user', entityId: u.id, details: { reset: row!.id } });
    await enqueue(tx, { userId: u.id }, { template: 'passwordReset', params: { path: `/reset/${token}`, expires: expiresAt.toISOString() } });
  });
  return token;
}

/** Whether a reset link can still be used (unknown, used and expired look the same). */
export async function resetIsValid(db: DbOrTx, token: string, now = new Date()): Promise<boolean> {
  if (!TOKEN_FORMAT.test(token)) return false;
  const [row] = await db
    .select({ id: passwordResets.id })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(and(eq(passwordResets.tokenHash, hashInviteToken(token)), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return !!row;
}

/** Sets the new password from a link, once; ends the account's sessions. Returns the user id. */
export async function completePasswordReset(db: DbOrTx, input: { token: string; password: string }, now = new Date()): Promise<string> {
  const problem = passwordProblem(input.password);
  if (problem) throw new ActionError('invalidForm', { password: problem });
  if (!TOKEN_FORMAT.test(input.token)) throw new ActionError('account.errors.resetInvalid');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(passwordResets).where(eq(passwordResets.tokenHash, hashInviteToken(input.token))).for('update');
    if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) throw new ActionError('account.errors.resetInvalid');
    const updated = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(and(eq(users.id, row.userId), eq(users.active, true)))
      .returning({ id: users.id });
    if (!updated.length) throw new ActionError('account.errors.resetInvalid');
    await tx.update(passwordResets).set({ usedAt: now }).where(eq(passwordResets.id, row.id));
    await audit(tx, { action: 'password.reset', actorUserId: row.userId, entityType: 'user', entityId: row.userId });
    await enqueue(tx, { userId: row.userId }, { template: 'passwordChanged', params: {} });
    return row.userId;
  });
}
