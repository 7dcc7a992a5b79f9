import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { recoveryCodes, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { verifyPassword } from './password';
import { checkTotp, normalizeRecoveryCode } from './totp';

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
