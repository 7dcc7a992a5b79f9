import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { normalizeEmail } from '@/lib/auth/login';
import { hashPassword } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import { portalLocalesFor } from '@/lib/i18n/routing';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
  ambassadorId?: string | null;
  associationId?: string | null;
  /** A language provider's account: its provider (required for role `provider`). */
  providerId?: string | null;
}

/** Creates an account; the e-mail address is unique (case-insensitive). */
export async function createUser(db: DbOrTx, input: NewUser, actorUserId: string | null = null): Promise<string> {
  if (input.role === 'ambassador' && !input.ambassadorId) throw new ActionError('ambassadorProfileRequired');
  if (input.role === 'association' && !input.associationId) throw new ActionError('associationRequired');
  if (input.role === 'provider' && !input.providerId) throw new ActionError('providerRequired');
  const email = normalizeEmail(input.email);
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) throw new ActionError('emailTaken', { email: 'emailTaken' });
  const passwordHash = await hashPassword(input.password);
  let row: { id: string } | undefined;
  try {
    [row] = await db
      .insert(users)
      .values({
        email,
        name: input.name.trim(),
        role: input.role,
        passwordHash,
        ambassadorId: input.ambassadorId ?? null,
        associationId: input.associationId ?? null,
        providerId: input.role === 'provider' ? (input.providerId ?? null) : null,
      })
      .returning({ id: users.id });
  } catch (e) {
    // A concurrent create with the same address lost the race to the unique index.
    if (isUniqueViolation(e)) throw new ActionError('emailTaken', { email: 'emailTaken' });
    throw e;
  }
  await audit(db, { action: 'user.created', actorUserId, entityType: 'user', entityId: row!.id, details: { role: input.role } });
  return row!.id;
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** Activates or deactivates another user's account; takes effect on that user's next request. */
export async function setUserActive(db: DbOrTx, actorUserId: string, userId: string, active: boolean): Promise<void> {
  if (actorUserId === userId) throw new ActionError('cannotChangeSelf');
  const rows = await db
    .update(users)
    // Deactivation also ends every session: a later reactivation does not revive old cookies.
    .set({ active, updatedAt: new Date(), ...(active ? {} : { sessionVersion: sql`${users.sessionVersion} + 1` }) })
    .where(and(eq(users.id, userId), ne(users.id, actorUserId)))
    .returning({ id: users.id });
  if (!rows.length) throw new ActionError('notFound');
  await audit(db, { action: 'user.updated', actorUserId, entityType: 'user', entityId: userId, details: { active } });
}

/**
 * Logout: bumps the user's session version, so every session cookie issued before (this one and
 * those on other devices) is refused by the gate at once, not only when it expires.
 */
export async function endSessions(db: DbOrTx, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  await audit(db, { action: 'logout', actorUserId: userId, entityType: 'user', entityId: userId });
}

/** Changes another user's role. Ambassador and association roles need their profile link. */
export async function setUserRole(db: DbOrTx, actorUserId: string, userId: string, role: Role): Promise<void> {
  if (actorUserId === userId) throw new ActionError('cannotChangeSelf');
  const [target] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!target) throw new ActionError('notFound');
  if (role === 'ambassador' && !target.ambassadorId) throw new ActionError('ambassadorProfileRequired');
  if (role === 'association' && !target.associationId) throw new ActionError('associationRequired');
  if (role === 'provider' && !target.providerId) throw new ActionError('providerRequired');
  await db.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId));
  await audit(db, { action: 'user.updated', actorUserId, entityType: 'user', entityId: userId, details: { role } });
}

/**
 * Stores the portal language on the account (lib/i18n/request.ts reads it on every request), so the
 * choice follows the user to another device. Only a language the user's role may choose.
 */
export async function setPortalLocale(db: DbOrTx, user: { id: string; role: Role }, locale: string): Promise<void> {
  if (!(portalLocalesFor(user.role) as readonly string[]).includes(locale)) throw new ActionError('invalidChoice');
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, user.id));
}
