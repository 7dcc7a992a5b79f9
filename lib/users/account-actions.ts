'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { after } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction, publicAction } from '@/lib/actions';
import { uuid } from '@/lib/actions/validation';
import { requiresTwoFactor } from '@/lib/auth/permissions';
import { hit } from '@/lib/ratelimit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { newPasswordSchema } from './password-schema';
import { RESET_ACCOUNT_WINDOW, RESET_IP_WINDOW, completePasswordReset, requestPasswordReset } from './resets';
import { enableTwoFactor, resetTwoFactor } from './two-factor';
import { changePassword } from './password-change';
import { signOut } from '@/lib/auth/config';
import { normalizeEmail } from '@/lib/auth/login';
import { createHash } from 'node:crypto';
import { logError } from '@/lib/log';

const forgotSchema = z.object({ email: z.string().trim().min(1, 'required').max(254, 'tooLong').email('emailInvalid') });

/**
 * "Forgot password": always the same answer, whether or not the address has an account (and
 * whether or not a limit was reached for that address), so it reveals nothing. Per client address
 * RESET_IP_WINDOW requests an hour (then refused, visibly: that says nothing about an account);
 * per account at most RESET_ACCOUNT_WINDOW links an hour (silently). The link itself is made after
 * the answer (`after`), so the answer's timing does not tell a known address from an unknown one.
 */
export const forgotPasswordAction = publicAction(forgotSchema, async ({ email }) => {
  const db = getDb();
  const ipHash = hashIp(clientIp(await headers()));
  const perIp = await hit(db, `reset:ip:${ipHash}`, RESET_IP_WINDOW);
  if (!perIp.allowed) throw new ActionError('account.errors.throttled');
  const acct = createHash('sha256').update(normalizeEmail(email)).digest('base64url').slice(0, 22);
  const perAccount = await hit(db, `reset:acct:${acct}`, RESET_ACCOUNT_WINDOW);
  // The link is made after the answer has gone: a known address then answers as fast as an
  // unknown one, so the time taken says nothing about an account either.
  if (perAccount.allowed) after(() => requestPasswordReset(getDb(), email).then(() => undefined, (e: unknown) => logError('forgot-password', e)));
  return { status: 'success', message: 'account.forgotSent' };
});

const resetSchema = newPasswordSchema({ token: z.string().trim().min(1, 'account.errors.resetInvalid').max(100, 'account.errors.resetInvalid') });

/** Sets the new password from a reset link (counted per client address like the invite page). */
export const resetPasswordAction = publicAction(
  resetSchema,
  async ({ token, password }) => {
    const db = getDb();
    const ipHash = hashIp(clientIp(await headers()));
    const limit = await hit(db, `reset-use:ip:${ipHash}`, RESET_IP_WINDOW);
    if (!limit.allowed) throw new ActionError('account.errors.throttled');
    await completePasswordReset(db, { token, password });
    redirect('/login?reset=1');
  },
  { formFields: ['token'] },
);

const enableSchema = z.object({
  secret: z.string().regex(/^[A-Z2-7]{32}$/, 'account.errors.codeWrong'),
  code: z.string().trim().min(1, 'required').max(10, 'account.errors.codeWrong'),
});

/** Turns on one's own second factor with the secret shown on the page and a first code from the app. */
export const enableTwoFactorAction = authorizedAction(
  'account.security',
  enableSchema,
  async ({ secret, code }, { user }) => {
    const codes = await enableTwoFactor(getDb(), user.id, secret, code);
    return { status: 'success', data: { codes: codes.join(' ') } };
  },
  { formFields: ['secret'] },
);

/** Turns off one's own second factor, for roles that do not require one. */
export const disableTwoFactorAction = authorizedAction('account.security', z.object({}), async (_input, { user }) => {
  if (requiresTwoFactor(user.role)) throw new ActionError('account.errors.requiredForRole');
  await resetTwoFactor(getDb(), user.id, user.id);
  redirect('/login');
});

/** The administrator clears someone's second factor (lost phone); audited, the user gets a notice. */
export const adminResetTwoFactorAction = authorizedAction('users.manage', z.object({ userId: uuid() }), async ({ userId }, { user }) => {
  if (userId === user.id) throw new ActionError('cannotChangeSelf');
  await resetTwoFactor(getDb(), user.id, userId);
  return { status: 'success', message: 'saved' };
});


const changeSchema = newPasswordSchema({ currentPassword: z.string().min(1, 'required').max(512, 'tooLong') });

/**
 * Changes one's own password (the current one first; the new one by the invite's rules). Every
 * session ends, this one too: the user signs in again with the new password. Audited; a notice.
 */
export const changePasswordAction = authorizedAction('account.security', changeSchema, async ({ currentPassword, password }, { user }) => {
  await changePassword(getDb(), user.id, { currentPassword, password });
  await signOut({ redirectTo: '/login?changed=1' });
});
