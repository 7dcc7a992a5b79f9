import 'server-only';
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { associations, languageProviders, userInvites, users } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)['role'];
  active: boolean;
  associationName: string | null;
  /** A language provider's account: the provider's name. */
  providerName: string | null;
}

/** All accounts, for the functional administrator. */
export function listUsers(db: DbOrTx): Promise<UserRow[]> {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      associationName: associations.name,
      providerName: languageProviders.name,
    })
    .from(users)
    .leftJoin(associations, eq(users.associationId, associations.id))
    .leftJoin(languageProviders, eq(users.providerId, languageProviders.id))
    .orderBy(asc(users.role), asc(users.name));
}

export interface AccountFilter {
  /** searched in name and e-mail address */
  q?: string;
  role?: Role;
  status?: 'active' | 'inactive';
  twoFactor?: 'on' | 'off';
}

export interface AccountRow extends UserRow {
  lastSignInAt: Date | null;
  twoFactorOn: boolean;
}

/** The accounts of the given roles (the viewer's INVITABLE_ROLES), with the list's filters. */
export function listAccounts(db: DbOrTx, roles: readonly Role[], filter: AccountFilter = {}): Promise<AccountRow[]> {
  const where = [inArray(users.role, [...roles])];
  const q = filter.q?.trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.status) where.push(eq(users.active, filter.status === 'active'));
  if (filter.twoFactor) where.push(filter.twoFactor === 'on' ? isNotNull(users.totpEnabledAt) : isNull(users.totpEnabledAt));
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      associationName: associations.name,
      providerName: languageProviders.name,
      lastSignInAt: users.lastSignInAt,
      twoFactorOn: sql<boolean>`${users.totpEnabledAt} is not null`,
    })
    .from(users)
    .leftJoin(associations, eq(users.associationId, associations.id))
    .leftJoin(languageProviders, eq(users.providerId, languageProviders.id))
    .where(and(...where))
    .orderBy(asc(users.role), asc(users.name))
    .limit(500);
}

export interface OpenInvite {
  id: string;
  name: string;
  email: string;
  role: Role;
  expiresAt: Date;
  expired: boolean;
}

/** Invites not used and not revoked (expired ones too: they can be sent again), of the given roles. */
export function listOpenInvites(db: DbOrTx, roles: readonly Role[], now = new Date()): Promise<OpenInvite[]> {
  return db
    .select({
      id: userInvites.id,
      name: userInvites.name,
      email: userInvites.email,
      role: userInvites.role,
      expiresAt: userInvites.expiresAt,
      expired: sql<boolean>`${userInvites.expiresAt} <= ${now.toISOString()}::timestamptz`,
    })
    .from(userInvites)
    .where(and(inArray(userInvites.role, [...roles]), isNull(userInvites.usedAt), isNull(userInvites.revokedAt)))
    .orderBy(desc(userInvites.createdAt))
    .limit(200);
}
