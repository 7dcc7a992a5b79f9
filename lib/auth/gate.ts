import 'server-only';
import { and, eq } from 'drizzle-orm';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { auth } from './config';
import { type Area, type Permission, type Role, can, canEnterArea } from './permissions';

/** What the rest of the app may know about the signed-in user (a DTO, no hash). */
export interface CurrentUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  ambassadorId: string | null;
  associationId: string | null;
}

/**
 * The signed-in, active user, re-read from the database on every request (cached for the
 * duration of one request only), so deactivation and role changes take effect at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [row] = await getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      ambassadorId: users.ambassadorId,
      associationId: users.associationId,
    })
    .from(users)
    .where(and(eq(users.id, id), eq(users.active, true), eq(users.sessionVersion, session.user.sessionVersion)))
    .limit(1);
  return row ?? null;
});

/** Anonymous visitors are sent to the login page. */
export async function requireUser(): Promise<CurrentUser> {
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
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}
