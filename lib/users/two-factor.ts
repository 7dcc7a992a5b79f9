import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { recoveryCodes, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { requiresTwoFactor } from '@/lib/auth/permissions';
import { checkTotp, newRecoveryCodes } from '@/lib/auth/totp';
import { enqueue } from '@/lib/notifications/outbox';

/**
 * The second factor of an account: a TOTP secret confirmed with a first code, and ten single-use
 * recovery codes (argon2id hashes; the codes are shown once). Every change is audited (ids only)
 * and the user gets a notice by e-mail.
 */

/** Turns the second factor on with `secret` once `code` proves the app has it; returns the recovery codes (shown once). */
export async function enableTwoFactor(db: DbOrTx, userId: string, secret: string, code: string, now = new Date()): Promise<string[]> {
  const step = checkTotp(secret, code, null, now);
  if (step === null) throw new ActionError('invalidForm', { code: 'account.errors.codeWrong' });
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await db.transaction(async (tx) => {
    const [u] = await tx.select({ enabled: users.totpEnabledAt }).from(users).where(eq(users.id, userId)).for('update');
    if (!u) throw new ActionError('notFound');
    if (u.enabled) throw new ActionError('account.errors.alreadyEnabled');
    await tx.update(users).set({ totpSecret: secret, totpEnabledAt: now, totpLastStep: step, updatedAt: now }).where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
    await audit(tx, { action: 'twofactor.enabled', actorUserId: userId, entityType: 'user', entityId: userId });
    await enqueue(tx, { userId }, { template: 'twoFactorChanged', params: { change: 'enabled' } });
  });
  return codes;
}

/**
 * Clears someone's second factor (lost phone): by the administrator for anyone, or by the user
 * for themselves when their role does not require one. Ends their sessions; a role that requires
 * a second factor enrols again at the next sign-in.
 */
export async function resetTwoFactor(db: DbOrTx, actorUserId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({ id: users.id });
    if (!rows.length) throw new ActionError('notFound');
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await audit(tx, { action: 'twofactor.reset', actorUserId, entityType: 'user', entityId: userId, details: { self: actorUserId === userId } });
    await enqueue(tx, { userId }, { template: 'twoFactorChanged', params: { change: actorUserId === userId ? 'disabled' : 'reset' } });
  });
}

/** Whether the account must still set up its second factor before doing anything else. */
export function mustEnrol(u: { role: Parameters<typeof requiresTwoFactor>[0]; totpEnabledAt: Date | null }): boolean {
  return requiresTwoFactor(u.role) && !u.totpEnabledAt;
}

/**
 * After a sign-in with a recovery code (lib/session/actions.ts; the code itself was used up and
 * audited by lib/auth/second-factor.ts): the owner gets a notice, with how many codes are left —
 * a used recovery code may mean a lost phone, or someone else.
 */
export async function noticeRecoveryCodeUsed(db: DbOrTx, userId: string): Promise<void> {
  const left = await unusedRecoveryCodes(db, userId);
  await enqueue(db, { userId }, { template: 'recoveryCodeUsed', params: { left } });
}

export async function unusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return r?.n ?? 0;
}
