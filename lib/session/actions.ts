'use server';

import { AuthError } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, authorizedAction, publicAction } from '@/lib/actions';
import { sessionSettingsSchema } from './schema';
import { saveSessionSettings } from '@/lib/auth/idle-settings';
import { endSessions, setPortalLocale } from '@/lib/users/mutations';
import { rememberLocale } from '@/lib/notifications/mutations';
import { AMBASSADOR_LOCALES, APP_LOCALES, LOCALE_COOKIE, portalLocalesFor } from '@/lib/i18n/routing';
import { signIn, signOut } from '@/lib/auth/config';
import { safeNextPath } from '@/lib/auth/redirect';
import { verifyLogin } from '@/lib/auth/login';
import { TICKET_COOKIE, TICKET_SECONDS, readTicket, signTicket } from '@/lib/auth/ticket';
import { normalizeRecoveryCode } from '@/lib/auth/totp';
import { noticeRecoveryCodeUsed } from '@/lib/users/two-factor';
import { clientIp, hashIp } from '@/lib/security/ip';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'tooLong'),
  password: z.string().min(1, 'required').max(512, 'tooLong'),
  next: z.string().max(512).optional(),
});

function afterLogin(back: string | null): string {
  return back ? `/login?next=${encodeURIComponent(back)}` : '/login';
}

/**
 * Step one: e-mail and password (throttled and audited in lib/auth/login.ts). Without a second
 * factor the user is signed in at once; with one, a signed ticket goes into a short-lived cookie
 * and the user is asked for the code (/login/code). Either way the password is checked once.
 */
export const loginAction = publicAction(loginSchema, async ({ email, password, next }) => {
  const back = safeNextPath(next);
  const result = await verifyLogin(getDb(), { email, password, ipHash: hashIp(clientIp(await headers())) });
  if (!result.ok) throw new ActionError(result.reason === 'throttled' ? 'throttled' : 'invalid');
  const ticket = signTicket(result.user.id, result.user.sessionVersion);
  if (result.user.twoFactor) {
    (await cookies()).set(TICKET_COOKIE, ticket, { httpOnly: true, sameSite: 'lax', path: '/login', maxAge: TICKET_SECONDS, secure: process.env.NODE_ENV === 'production' && (process.env.PUBLIC_URL ?? '').startsWith('https:') });
    redirect(back ? `/login/code?next=${encodeURIComponent(back)}` : '/login/code');
  }
  await finishSignIn({ ticket }, back);
});

const codeSchema = z.object({
  code: z.string().trim().min(1, 'required').max(40, 'tooLong'),
  next: z.string().max(512).optional(),
});

/** Step two: the code from the authenticator app, or a recovery code. */
export const loginCodeAction = publicAction(codeSchema, async ({ code, next }) => {
  const back = safeNextPath(next);
  const jar = await cookies();
  const ticket = jar.get(TICKET_COOKIE)?.value;
  if (!ticket) throw new ActionError('account.errors.ticketExpired');
  await finishSignIn({ ticket, code }, back, async () => {
    jar.delete({ name: TICKET_COOKIE, path: '/login' });
    // In with a recovery code (never the shape of an app's 6 digits): its owner is told.
    const uid = readTicket(ticket)?.uid;
    if (uid && normalizeRecoveryCode(code)) await noticeRecoveryCodeUsed(getDb(), uid);
  });
});

async function finishSignIn(credentials: { ticket: string; code?: string }, back: string | null, onSuccess?: () => Promise<void>): Promise<void> {
  try {
    // On success Auth.js sets the cookie and redirects; /login then sends the user on to their area.
    await signIn('credentials', { ...credentials, redirectTo: afterLogin(back) });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      if (code === 'throttled') throw new ActionError('throttled');
      throw new ActionError(credentials.code === undefined ? 'invalid' : 'account.errors.codeWrong');
    }
    await onSuccess?.();
    throw e; // the redirect
  }
}

export const logoutAction = publicAction(z.object({}), async (_input, { user }) => {
  // Ends the session for real: the cookie is deleted and, should a copy survive, refused.
  if (user) await endSessions(getDb(), user.id);
  await signOut({ redirectTo: '/login' });
});

const localeSchema = z.object({
  // The widest list; which of them a user may choose depends on the role (portalLocalesFor).
  locale: z.enum(AMBASSADOR_LOCALES),
  back: z.string().max(512).optional(),
});

/**
 * The portal language: Dutch or English, for an ambassador also Arabic, Dari or Turkish. Stored on
 * a signed-in user's account (lib/users setPortalLocale) and in a cookie for a year (the login page).
 */
export const setPortalLocaleAction = publicAction(localeSchema, async ({ locale, back }, { user }) => {
  if (!(portalLocalesFor(user?.role) as readonly string[]).includes(locale)) throw new ActionError('invalidChoice');
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  if (user) {
    await setPortalLocale(getDb(), user, locale);
    // A user's messages follow the portal language (lib/notifications), in English where they have none.
    await rememberLocale(getDb(), user.id, (APP_LOCALES as readonly string[]).includes(locale) ? locale : 'en');
  }
  redirect(safeNextPath(back) ?? '/login');
});

/** The administrator's idle limit for staff sessions (/admin). */
export const saveSessionSettingsAction = authorizedAction('sessions.settings', sessionSettingsSchema, async (input, { user }) => {
  await saveSessionSettings(getDb(), user.id, input);
  return { status: 'success', message: 'admin.sessionsSaved' };
});
