import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, notifications, passwordResets, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { verifyPassword } from '@/lib/auth/password';
import { render } from '@/lib/notifications/templates';
import { createUser } from './mutations';
import { RESET_HOURS, completePasswordReset, requestPasswordReset, resetIsValid } from './resets';

async function errorOf(p: Promise<unknown>): Promise<ActionError | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof ActionError) return e;
    throw e;
  }
}

describe.each(testDrivers)('password reset links on $name', ({ open }) => {
  let h: DbHandle;
  let userId: string;
  beforeAll(async () => {
    h = await open();
    userId = await createUser(h.db, { email: 'sanne@gemeente.example', name: 'Sanne', role: 'caseworker', password: 'het-oude-wachtwoord' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('an unknown address gets no link and no e-mail (the caller answers the same either way)', async () => {
    expect(await requestPasswordReset(h.db, 'nobody@gemeente.example')).toBeNull();
    expect(await h.db.select().from(notifications).where(eq(notifications.template, 'passwordReset'))).toHaveLength(0);
  });

  it('sends the link to the account, keeps only a hash, and the link sets the password once', async () => {
    const token = (await requestPasswordReset(h.db, ' Sanne@Gemeente.example '))!;
    const [mail] = await h.db.select().from(notifications).where(eq(notifications.template, 'passwordReset'));
    expect(mail!.recipient_user_id).toBe(userId);
    expect(render('passwordReset', 'nl', mail!.params, { user: true }).text).toContain(`/reset/${token}`);
    expect(JSON.stringify(await h.db.select().from(passwordResets))).not.toContain(token);
    expect(await resetIsValid(h.db, token)).toBe(true);

    const [before] = await h.db.select().from(users).where(eq(users.id, userId));
    await completePasswordReset(h.db, { token, password: 'een heel nieuw wachtwoord' });
    const [after] = await h.db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword(after!.passwordHash, 'een heel nieuw wachtwoord')).toBe(true);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);
    expect(await resetIsValid(h.db, token)).toBe(false);
    expect((await errorOf(completePasswordReset(h.db, { token, password: 'nog een ander wachtwoord' })))?.key).toBe('account.errors.resetInvalid');
    // The owner is told their password changed; the audit has ids only.
    expect(await h.db.select().from(notifications).where(eq(notifications.template, 'passwordChanged'))).toHaveLength(1);
    const audits = await h.db.select().from(auditLog).where(eq(auditLog.action, 'password.reset'));
    expect(JSON.stringify(audits)).not.toMatch(/sanne|wachtwoord/i);
  });

  it('stops working after RESET_HOURS, and a newer link replaces an older one', async () => {
    const t0 = new Date('2026-11-01T10:00:00Z');
    const token = (await requestPasswordReset(h.db, 'sanne@gemeente.example', t0))!;
    const later = new Date(t0.getTime() + RESET_HOURS * 3600 * 1000 + 1000);
    expect(await resetIsValid(h.db, token, later)).toBe(false);
    expect((await errorOf(completePasswordReset(h.db, { token, password: 'een heel nieuw wachtwoord' }, later)))?.key).toBe('account.errors.resetInvalid');

    const first = (await requestPasswordReset(h.db, 'sanne@gemeente.example'))!;
    const second = (await requestPasswordReset(h.db, 'sanne@gemeente.example'))!;
    expect(await resetIsValid(h.db, first)).toBe(false);
    expect(await resetIsValid(h.db, second)).toBe(true);
  });

  it('refuses a short or common password and leaves the link usable', async () => {
    const token = (await requestPasswordReset(h.db, 'sanne@gemeente.example'))!;
    expect((await errorOf(completePasswordReset(h.db, { token, password: 'kort' })))?.fieldErrors).toEqual({ password: 'invite.errors.passwordTooShort' });
    expect((await errorOf(completePasswordReset(h.db, { token, password: 'Qwerty123456' })))?.fieldErrors).toEqual({ password: 'invite.errors.passwordCommon' });
    expect(await resetIsValid(h.db, token)).toBe(true);
  });
});
