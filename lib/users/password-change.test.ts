import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { auditLog, notifications, users } from '@/db/schema';
import { testDrivers } from '@/db/testing';
import { ActionError } from '@/lib/actions/errors';
import { verifyPassword } from '@/lib/auth/password';
import { render } from '@/lib/notifications/templates';
import { createUser } from './mutations';
import { CHANGE_WINDOW, changePassword } from './password-change';

async function errorOf(p: Promise<unknown>): Promise<ActionError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ActionError);
  return e as ActionError;
}

describe.each(testDrivers)('changing one\'s own password on $name', ({ open }) => {
  let h: DbHandle;
  let n = 0;
  const newUser = () => createUser(h.db, { email: `p${++n}@gemeente.example`, name: 'Pim', role: 'coordinator', password: 'het huidige wachtwoord' });
  beforeAll(async () => {
    h = await open();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('needs the current password and the same rules as a new one; then ends every session, is audited and sends a notice', async () => {
    const id = await newUser();
    const [before] = await h.db.select().from(users).where(eq(users.id, id));

    expect((await errorOf(changePassword(h.db, id, { currentPassword: 'fout wachtwoord', password: 'een nieuw lang wachtwoord' }))).fieldErrors).toEqual({ currentPassword: 'account.errors.currentWrong' });
    expect((await errorOf(changePassword(h.db, id, { currentPassword: 'het huidige wachtwoord', password: 'kort' }))).fieldErrors).toEqual({ password: 'invite.errors.passwordTooShort' });
    expect((await errorOf(changePassword(h.db, id, { currentPassword: 'het huidige wachtwoord', password: 'hakunamatata' }))).fieldErrors).toEqual({ password: 'invite.errors.passwordCommon' });
    expect((await errorOf(changePassword(h.db, id, { currentPassword: 'het huidige wachtwoord', password: 'het huidige wachtwoord' }))).fieldErrors).toEqual({ password: 'account.errors.passwordSame' });
    expect(await h.db.select().from(notifications).where(eq(notifications.recipient_user_id, id))).toHaveLength(0);

    await changePassword(h.db, id, { currentPassword: 'het huidige wachtwoord', password: 'een nieuw lang wachtwoord' });
    const [after] = await h.db.select().from(users).where(eq(users.id, id));
    expect(await verifyPassword(after!.passwordHash, 'een nieuw lang wachtwoord')).toBe(true);
    expect(await verifyPassword(after!.passwordHash, 'het huidige wachtwoord')).toBe(false);
    expect(after!.sessionVersion).toBe(before!.sessionVersion + 1);

    const entries = await h.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['password.change_refused', 'password.changed']));
    expect(JSON.stringify(entries)).not.toContain('wachtwoord');
    const mails = await h.db.select().from(notifications).where(eq(notifications.recipient_user_id, id));
    expect(mails.map((m) => m.template)).toEqual(['passwordChanged']);
    expect(render('passwordChanged', 'nl', {}, { name: 'Pim', user: true }).subject).toBe('Uw wachtwoord is veranderd');
  });

  it('stops guessing the current password after a few tries (a stolen session)', async () => {
    const id = await newUser();
    for (let i = 0; i < CHANGE_WINDOW.limit; i++) {
      expect((await errorOf(changePassword(h.db, id, { currentPassword: `gok ${i}`, password: 'een nieuw lang wachtwoord' }))).fieldErrors).toEqual({ currentPassword: 'account.errors.currentWrong' });
    }
    // Now even the right one is refused for a while.
    expect((await errorOf(changePassword(h.db, id, { currentPassword: 'het huidige wachtwoord', password: 'een nieuw lang wachtwoord' }))).key).toBe('account.errors.changeThrottled');
  });
});
