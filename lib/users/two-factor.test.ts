import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, notifications, recoveryCodes, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { newTotpSecret, totpCode } from '@/lib/auth/totp';
import { createUser } from './mutations';
import { verifySecondFactor } from '@/lib/auth/second-factor';
import { enableTwoFactor, noticeRecoveryCodeUsed, resetTwoFactor, unusedRecoveryCodes } from './two-factor';
import { render } from '@/lib/notifications/templates';

const T = new Date('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(T.getTime() + seconds * 1000);

describe.each(testDrivers)('second factor on $name', ({ open }) => {
  let h: DbHandle;
  let n = 0;
  const newUser = (role: 'coordinator' | 'ambassador' = 'coordinator') =>
    createUser(h.db, { email: `u${++n}@gemeente.example`, name: 'U', role, password: 'een-lang-wachtwoord' });
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is turned on only with a valid code, then gives ten single-use recovery codes (stored hashed)', async () => {
    const id = await newUser();
    const secret = newTotpSecret();
    const wrong = await enableTwoFactor(h.db, id, secret, '000000', T).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ActionError);
    expect((wrong as ActionError).fieldErrors).toEqual({ code: 'account.errors.codeWrong' });

    const codes = await enableTwoFactor(h.db, id, secret, totpCode(secret, T), T);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const stored = await h.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, id));
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c);
    const [u] = await h.db.select().from(users).where(eq(users.id, id));
    expect(u!.totpEnabledAt).not.toBeNull();
    expect(await h.db.select().from(notifications).where(eq(notifications.recipient_user_id, id))).toHaveLength(1);

    // A recovery code works once (typed in capitals, without the dashes, still works).
    expect(await verifySecondFactor(h.db, id, codes[3]!.replace(/-/g, '').toUpperCase(), at(600))).toBe('recovery');
    expect(await verifySecondFactor(h.db, id, codes[3]!, at(600))).toBeNull();
    expect(await unusedRecoveryCodes(h.db, id)).toBe(9);
  });

  it('accepts a code one step either side of now, not two, and each code only once', async () => {
    const id = await newUser();
    const secret = newTotpSecret();
    await enableTwoFactor(h.db, id, secret, totpCode(secret, T), T);
    const now = at(300);
    expect(await verifySecondFactor(h.db, id, totpCode(secret, at(300 - 65)), now)).toBeNull(); // two steps back
    expect(await verifySecondFactor(h.db, id, totpCode(secret, at(300 + 65)), now)).toBeNull(); // two steps ahead
    expect(await verifySecondFactor(h.db, id, totpCode(secret, at(300 - 30)), now)).toBe('totp'); // one step back
    expect(await verifySecondFactor(h.db, id, totpCode(secret, at(300 - 30)), now)).toBeNull(); // the same code again
    expect(await verifySecondFactor(h.db, id, totpCode(secret, now), now)).toBe('totp');
    expect(await verifySecondFactor(h.db, id, '12345', now)).toBeNull();
  });

  it('the administrator resets it: secret and codes gone, sessions ended, audited without personal data, user told', async () => {
    const admin = await newUser();
    const id = await newUser();
    const secret = newTotpSecret();
    await enableTwoFactor(h.db, id, secret, totpCode(secret, T), T);
    const [before] = await h.db.select().from(users).where(eq(users.id, id));
    await resetTwoFactor(h.db, admin, id);
    const [after] = await h.db.select().from(users).where(eq(users.id, id));
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await unusedRecoveryCodes(h.db, id)).toBe(0);
    expect(await verifySecondFactor(h.db, id, totpCode(secret, at(900)), at(900))).toBeNull();
    const [entry] = await h.db.select().from(auditLog).where(eq(auditLog.action, 'twofactor.reset'));
    expect(entry).toMatchObject({ actorUserId: admin, entityId: id });
    const mails = await h.db.select().from(notifications).where(eq(notifications.recipient_user_id, id));
    expect(mails.map((m) => m.params)).toContainEqual({ change: 'reset' });
  });

  it('tells the user of every change: set up, cleared by the administrator, turned off themselves, a recovery code used', async () => {
    const id = await newUser();
    const secret = newTotpSecret();
    const codes = await enableTwoFactor(h.db, id, secret, totpCode(secret, T), T);
    expect(await verifySecondFactor(h.db, id, codes[0]!, at(60))).toBe('recovery');
    await noticeRecoveryCodeUsed(h.db, id); // what the sign-in does after a recovery code got the user in
    await resetTwoFactor(h.db, id, id); // turned off by the user (the action allows it where optional)
    const mails = await h.db.select().from(notifications).where(eq(notifications.recipient_user_id, id));
    expect(mails.map((m) => [m.template, m.params])).toEqual([
      ['twoFactorChanged', { change: 'enabled' }],
      ['recoveryCodeUsed', { left: 9 }],
      ['twoFactorChanged', { change: 'disabled' }],
    ]);
    expect(render('recoveryCodeUsed', 'nl', { left: 9 }, { name: 'U', user: true }).text).toContain('U heeft nog 9 herstelcodes');
    expect(render('recoveryCodeUsed', 'en', { left: 1 }, { name: 'U', user: true }).text).toContain('You have 1 recovery code left');
    expect(render('twoFactorChanged', 'nl', { change: 'disabled' }, { name: 'U', user: true }).text).toContain('zojuist uitgezet');
    const [entry] = await h.db.select().from(auditLog).where(and(eq(auditLog.action, 'twofactor.recovery_used'), eq(auditLog.entityId, id)));
    expect(entry).toMatchObject({ actorUserId: id, entityId: id, details: { left: 9 } });
  });
});
