import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { userInvites, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { normalizeEmail } from '@/lib/auth/login';
import { passwordProblem } from '@/lib/auth/password';
import type { Role } from '@/lib/auth/permissions';
import { createUser } from './mutations';
import { enqueue } from '@/lib/notifications/outbox';

/**
 * Invitations to a portal account, for any role: a one-time link to set one's own password, so
 * nobody else ever sees or types it. The token (32 random bytes) exists only in the link; the
 * database keeps its SHA-256 hash. A link works once and for INVITE_DAYS; a newer invite for the
 * same profile or address revokes the older one. Errors are `invite.errors.*` keys (the invite page's namespace).
 */
export const INVITE_DAYS = 7;
/** Attempts to use an invite link per client address per 15 minutes (like the login's). */
export const INVITE_IP_WINDOW = { limit: Number(process.env.INVITE_MAX_ATTEMPTS_PER_IP ?? 30), windowSeconds: 15 * 60 };

const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface NewInvite {
  email: string;
  name: string;
  role: Role;
  ambassadorId?: string | null;
  associationId?: string | null;
  providerId?: string | null;
}

/**
 * Creates an invite and returns the token (to build the link, shown once) and its expiry. Refuses
 * an address that already has an account. Must run inside the caller's transaction or alone.
 */
export async function createInvite(db: DbOrTx, actorUserId: string, input: NewInvite, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  if (input.role === 'ambassador' && !input.ambassadorId) throw new ActionError('invite.errors.profileRequired');
  if (input.role === 'association' && !input.associationId) throw new ActionError('invite.errors.profileRequired');
  if (input.role === 'provider' && !input.providerId) throw new ActionError('invite.errors.profileRequired');
  const email = normalizeEmail(input.email);
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (taken) throw new ActionError('invite.errors.emailTaken');
  if (input.ambassadorId) {
    const [has] = await db.select({ id: users.id }).from(users).where(eq(users.ambassadorId, input.ambassadorId)).limit(1);
    if (has) throw new ActionError('invite.errors.hasAccount');
  }
  // Older open invites for this person stop working.
  const same = [eq(userInvites.email, email)];
  if (input.ambassadorId) same.push(eq(userInvites.ambassadorId, input.ambassadorId));
  if (input.associationId) same.push(eq(userInvites.associationId, input.associationId));
  await db
    .update(userInvites)
    .set({ revokedAt: now })
    .where(and(isNull(userInvites.usedAt), isNull(userInvites.revokedAt), or(...same)));

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 24 * 3600 * 1000);
  // The invite, its audit entry and the e-mail with the link commit together (a savepoint inside the caller's transaction).
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(userInvites)
      .values({
        tokenHash: hashInviteToken(token),
        email,
        name: input.name.trim(),
        role: input.role,
        ambassadorId: input.ambassadorId ?? null,
        associationId: input.associationId ?? null,
        providerId: input.providerId ?? null,
        expiresAt,
        createdByUserId: actorUserId,
        createdAt: now,
      })
      .returning({ id: userInvites.id });
    await audit(tx, { action: 'invite.created', actorUserId, entityType: 'invite', entityId: row!.id, details: { role: input.role } });
    await enqueue(tx, { address: email, locale: 'nl' }, { template: 'invite', params: { path: `/invite/${token}`, expires: expiresAt.toISOString() } });
  });
  return { token, expiresAt };
}

export type InviteLookup = { valid: true; name: string; email: string; role: Role } | { valid: false };

/** Whether a token belongs to an invite that can still be used (unknown, used, revoked and expired look the same). */
export async function findInvite(db: DbOrTx, token: string, now = new Date()): Promise<InviteLookup> {
  if (!TOKEN_FORMAT.test(token)) return { valid: false };
  const [row] = await db.select().from(userInvites).where(eq(userInvites.tokenHash, hashInviteToken(token))).limit(1);
  if (!row || row.usedAt || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return { valid: false };
  return { valid: true, name: row.name, email: row.email, role: row.role };
}

/**
 * Uses an invite: creates the account with the chosen password (argon2id) and marks the invite
 * used, in one transaction under a row lock, so a link works exactly once. Returns the new user's id.
 */
export async function acceptInvite(db: DbOrTx, input: { token: string; password: string }, now = new Date()): Promise<string> {
  const problem = passwordProblem(input.password);
  if (problem) throw new ActionError('invalidForm', { password: problem });
  if (!TOKEN_FORMAT.test(input.token)) throw new ActionError('invite.errors.inviteInvalid');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(userInvites)
      .where(eq(userInvites.tokenHash, hashInviteToken(input.token)))
      .for('update');
    if (!row || row.usedAt || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) throw new ActionError('invite.errors.inviteInvalid');
    let userId: string;
    try {
      userId = await createUser(
        tx,
        { email: row.email, name: row.name, role: row.role, password: input.password, ambassadorId: row.ambassadorId, associationId: row.associationId, providerId: row.providerId },
        null,
      );
    } catch (e) {
      if (e instanceof ActionError && e.key === 'emailTaken') throw new ActionError('invite.errors.inviteInvalid');
      throw e;
    }
    await tx.update(userInvites).set({ usedAt: now, userId }).where(eq(userInvites.id, row.id));
    await audit(tx, { action: 'invite.accepted', actorUserId: userId, entityType: 'invite', entityId: row.id, details: { role: row.role } });
    return userId;
  });
}

/** Revokes every open invite of an ambassador (stopping). */
export async function revokeAmbassadorInvites(db: DbOrTx, ambassadorId: string, now = new Date()): Promise<number> {
  const rows = await db
    .update(userInvites)
    .set({ revokedAt: now })
    .where(and(eq(userInvites.ambassadorId, ambassadorId), isNull(userInvites.usedAt), isNull(userInvites.revokedAt)))
    .returning({ id: userInvites.id });
  return rows.length;
}

/** The open invite `inviteId` if its role is one of `roles` (the actor's INVITABLE_ROLES), else notFound. */
async function openInvite(db: DbOrTx, inviteId: string, roles: readonly Role[]) {
  const [row] = await db
    .select()
    .from(userInvites)
    .where(and(eq(userInvites.id, inviteId), inArray(userInvites.role, [...roles])))
    .limit(1);
  if (!row) throw new ActionError('notFound');
  if (row.usedAt || row.revokedAt) throw new ActionError('account.errors.inviteNotOpen');
  return row;
}

/** Revokes an open invite: its link stops working. */
export async function revokeInvite(db: DbOrTx, actorUserId: string, inviteId: string, roles: readonly Role[], now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await openInvite(tx, inviteId, roles);
    await tx.update(userInvites).set({ revokedAt: now }).where(eq(userInvites.id, row.id));
    await audit(tx, { action: 'invite.revoked', actorUserId, entityType: 'invite', entityId: row.id, details: { role: row.role } });
  });
}

/** Sends an invite again: a new link (valid INVITE_DAYS from now) replaces the old one. */
export async function resendInvite(db: DbOrTx, actorUserId: string, inviteId: string, roles: readonly Role[], now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  return db.transaction(async (tx) => {
    const row = await openInvite(tx, inviteId, roles);
    const created = await createInvite(tx, actorUserId, { email: row.email, name: row.name, role: row.role, ambassadorId: row.ambassadorId, associationId: row.associationId, providerId: row.providerId }, now);
    await audit(tx, { action: 'invite.resent', actorUserId, entityType: 'invite', entityId: row.id, details: { role: row.role } });
    return created;
  });
}
