import 'server-only';
import { and, eq } from 'drizzle-orm';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { auth } from './config';
import { type Area, type Permission, type Role, can, canEnterArea, requiresTwoFactor } from './permissions';
import { staffIdleSeconds } from './idle-settings';
import { sessionEnded } from './timeouts';

/** What the rest of the app may know about the signed-in user (a DTO, no hash). */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  ambassadorId: string | null;
  associationId: string | null;
  /** A language provider's account: its provider (role `provider`). */
  providerId: string | null;
  /** The portal language chosen on the account (null: not chosen); lib/i18n/request.ts applies it. */
  locale: string | null;
  /** A role that requires a second factor, not set up yet: only /account/security until it is. */
  mustEnrol: boolean;
}

/** Auth.js's session cookie: `__Secure-` behind HTTPS, `.0`, `.1`, … when it is split in chunks. */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Where a user who must set up their second factor is sent. */
export const ENROL_PATH = '/account/security';

/**
 * The signed-in, active user, re-read from the database on every request (cached for the
 * duration of one request only), so deactivation and role changes take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // No session cookie, no session: Auth.js is not asked (it would build a CSRF token and a
  // response for every anonymous request, e.g. each public sign-up).
  if (!(await cookies()).getAll().some((c) => SESSION_COOKIE.test(c.name))) return null;
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  // Auth.js's jwt callback already ends such a session; checked again here so no path depends on it.
  const times = session.user.times ?? {};
  if (sessionEnded(times, Math.floor(Date.now() / 1000), times.staff === true ? await staffIdleSeconds() : 0)) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      ambassadorId: users.ambassadorId,
      associationId: users.associationId,
      providerId: users.providerId,
      totpEnabledAt: users.totpEnabledAt,
      locale: users.locale,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, session.user.sessionVersion)))
    .limit(1);
  if (!row) return null;
  const { totpEnabledAt, ...user } = row;
  return { ...user, mustEnrol: requiresTwoFactor(row.role) && !totpEnabledAt };
});

/**
 * Anonymous visitors are sent to the login page; a user who must first set up their second
 * factor to /account/security (its page and actions use `requireSignedIn`).
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await requireSignedIn();
  if (user.mustEnrol) redirect(ENROL_PATH);
  return user;
}

/** Signed in, whether or not the second factor is set up yet: only for /account/security. */
export async function requireSignedIn(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return user;
}

/** For pages and layouts of an area: a signed-in user of a role that belongs there, or 403. */
export async function requireArea(area: Area): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canEnterArea(user.role, area)) forbidden();
  return user;
}

/** For pages of an area that need more than entry (e.g. the coordinator's pages in /staff). */
export async function requireAreaPermission(area: Area, permission: Permission): Promise<CurrentUser> {
  const user = await requireArea(area);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** For actions and route handlers: a signed-in user whose role holds the permission, or 403. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  // Setting up the second factor is the one thing a user who must do so can do.
  const user = permission === 'account.security' ? await requireSignedIn() : await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
