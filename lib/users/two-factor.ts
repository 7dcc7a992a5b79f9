import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { recoveryCodes, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { requiresTwoFactor } from '@/lib/auth/permissions';
import { checkTotp, newRecoveryCodes, normalizeRecoveryCode } from '@/lib/auth/totp';
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
    await enqueue(tx, { userId }, { template: 'twoFactorChanged', params: { change: 'reset' } });
  });
}

/**
 * Checks a second-factor code at sign-in: a TOTP code (once per time step) or one of the unused
 * recovery codes (then used up). Returns how it was passed, or null.
 */
export async function verifySecondFactor(db: DbOrTx, userId: string, code: string, now = new Date()): Promise<'totp' | 'recovery' | null> {
  return db.transaction(async (tx) => {
    const [u] = await tx.select({ secret: users.totpSecret, enabled: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, userId)).for('update');
    if (!u?.secret || !u.enabled) return null;
    const step = checkTotp(u.secret, code, u.lastStep, now);
    if (step !== null) {
      await tx.update(users).set({ totpLastStep: Math.max(step, u.lastStep ?? 0) }).where(eq(users.id, userId));
      return 'totp';
    }
    const recovery = normalizeRecoveryCode(code);
    if (!recovery) return null;
    const open = await tx.select().from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
    for (const row of open) {
      if (await verifyPassword(row.codeHash, recovery)) {
        await tx.update(recoveryCodes).set({ usedAt: now }).where(eq(recoveryCodes.id, row.id));
        await audit(tx, { action: 'twofactor.recovery_used', actorUserId: userId, entityType: 'user', entityId: userId, details: { left: open.length - 1 } });
        return 'recovery';
      }
    }
    return null;
  });
}

/** Whether the account must still set up its second factor before doing anything else. */
export function mustEnrol(u: { role: Parameters<typeof requiresTwoFactor>[0]; totpEnabledAt: Date | null }): boolean {
  return requiresTwoFactor(u.role) && !u.totpEnabledAt;
}

export async function unusedRecoveryCodes(db: DbOrTx, userId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(recoveryCodes).where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return r?.n ?? 0;
}
