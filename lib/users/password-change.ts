import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { enqueue } from '@/lib/notifications/outbox';
import { hit, reset } from '@/lib/ratelimit';

/** Attempts per account per 15 minutes (a wrong current password counts): a stolen session cannot guess on. */
export const CHANGE_WINDOW = { limit: 5, windowSeconds: 15 * 60 };

/**
 * A signed-in user changes their own password: the current one, then a new one by the same rules
 * as an invite or reset (at least 12 characters, not a common or breached password) that differs
 * from it. Ends every session of the account (this one too: the user signs in again), is audited
 * (ids only) and the user gets a notice.
 */
export async function changePassword(db: DbOrTx, userId: string, input: { currentPassword: string; password: string }, now = new Date()): Promise<void> {
  const limit = await hit(db, `pwchange:${userId}`, CHANGE_WINDOW);
  if (!limit.allowed) throw new ActionError('account.errors.changeThrottled');
  const [u] = await db.select({ hash: users.passwordHash }).from(users).where(and(eq(users.id, userId), eq(users.active, true))).limit(1);
  if (!u) throw new ActionError('notFound');
  if (!(await verifyPassword(u.hash, input.currentPassword))) {
    await audit(db, { action: 'password.change_refused', actorUserId: userId, entityType: 'user', entityId: userId });
    throw new ActionError('invalidForm', { currentPassword: 'account.errors.currentWrong' });
  }
  const problem = passwordProblem(input.password);
  if (problem) throw new ActionError('invalidForm', { password: problem });
  if (input.password === input.currentPassword) throw new ActionError('invalidForm', { password: 'account.errors.passwordSame' });
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now }).where(eq(users.id, userId));
    await audit(tx, { action: 'password.changed', actorUserId: userId, entityType: 'user', entityId: userId });
    await enqueue(tx, { userId }, { template: 'passwordChanged', params: {} });
  });
  await reset(db, `pwchange:${userId}`);
}
