'use server';

import { AuthError } from 'next-auth';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ActionError, publicAction } from '@/lib/actions';
import { endSessions } from '@/lib/users/mutations';
import { rememberLocale } from '@/lib/notifications/mutations';
import { APP_LOCALES, LOCALE_COOKIE } from '@/lib/i18n/routing';
import { signIn, signOut } from '@/lib/auth/config';
import { safeNextPath } from '@/lib/auth/redirect';

const loginSchema = z.object({
  email: z.string().trim().min(1, 'required').max(254, 'tooLong'),
  password: z.string().min(1, 'required').max(512, 'tooLong'),
  next: z.string().max(512).optional(),
});

export const loginAction = publicAction(loginSchema, async ({ email, password, next }) => {
  const back = safeNextPath(next);
  try {
    // On success Auth.js sets the cookie and redirects; /login then sends the user on to their area.
    await signIn('credentials', {
      email,
      password,
      redirectTo: back ? `/login?next=${encodeURIComponent(back)}` : '/login',
    });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      throw new ActionError(code === 'throttled' ? 'throttled' : 'invalid');
    }
    throw e; // the redirect
  }
});

export const logoutAction = publicAction(z.object({}), async (_input, { user }) => {
  // Ends the session for real: the cookie is deleted and, should a copy survive, refused.
  if (user) await endSessions(getDb(), user.id);
  await signOut({ redirectTo: '/login' });
});

const localeSchema = z.object({
  locale: z.enum(APP_LOCALES),
  back: z.string().max(512).optional(),
});

/** The portal language (Dutch or English), kept in a cookie for a year (and for a user's messages). */
export const setPortalLocaleAction = publicAction(localeSchema, async ({ locale, back }, { user }) => {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  // A signed-in user's messages follow the portal language (lib/notifications).
  if (user) await rememberLocale(getDb(), user.id, locale);
  redirect(safeNextPath(back) ?? '/login');
});
