'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { uuid } from '@/lib/actions/validation';
import { eq } from 'drizzle-orm';
import { associations, languageProviders } from '@/db/schema';
import { ActionError } from '@/lib/actions';
import { choice, optionalUuid, requiredText } from '@/lib/actions/validation';
import { INVITABLE_ROLES, ROLES, type Role } from '@/lib/auth/permissions';
import { createInvite, resendInvite, revokeInvite } from './invites';
import { setUserActive, setUserRole } from './mutations';

const activeSchema = z.object({ userId: uuid(), active: z.enum(['true', 'false']) });

/** After (de)activating, the accounts page says so at the top, with the undo (the other way round). */
export const setUserActiveAction = authorizedAction('users.manage', activeSchema, async ({ userId, active }, { user }) => {
  await setUserActive(getDb(), user.id, userId, active === 'true');
  revalidatePath('/admin');
  redirect(`/admin?${new URLSearchParams({ done: active === 'true' ? 'activated' : 'deactivated', user: userId })}`);
});

const roleSchema = z.object({ userId: uuid(), role: z.enum(ROLES) });

export const setUserRoleAction = authorizedAction('users.manage', roleSchema, async ({ userId, role }, { user }) => {
  await setUserRole(getDb(), user.id, userId, role);
  revalidatePath('/admin');
  return { status: 'success', message: 'saved' };
});

function invitable(role: Role): readonly Role[] {
  return INVITABLE_ROLES[role] ?? [];
}

function revalidateAccounts() {
  revalidatePath('/admin');
  revalidatePath('/staff/accounts');
}

const inviteSchema = z.object({
  name: requiredText(120),
  email: z.string().trim().min(1, 'required').max(254, 'tooLong').email('emailInvalid'),
  role: choice(ROLES),
  associationId: optionalUuid('invalidChoice'),
  providerId: optionalUuid('invalidChoice'),
});

/**
 * Invites a person to an account of a role the actor may invite (the administrator any role; the
 * coordinator association accounts here, ambassadors from their profile). The e-mail with the
 * one-time link goes through the outbox; nobody sees a password.
 */
export const inviteUserAction = authorizedAction('users.invite', inviteSchema, async ({ name, email, role, associationId, providerId }, { user }) => {
  if (!invitable(user.role).includes(role)) throw new ActionError('account.errors.roleNotAllowed');
  const db = getDb();
  if (role === 'association') {
    if (!associationId) throw new ActionError('invalidForm', { associationId: 'choiceRequired' });
    const [a] = await db.select({ id: associations.id }).from(associations).where(eq(associations.id, associationId)).limit(1);
    if (!a) throw new ActionError('invalidForm', { associationId: 'invalidChoice' });
  }
  if (role === 'provider') {
    if (!providerId) throw new ActionError('invalidForm', { providerId: 'choiceRequired' });
    const [p] = await db.select({ id: languageProviders.id }).from(languageProviders).where(eq(languageProviders.id, providerId)).limit(1);
    if (!p) throw new ActionError('invalidForm', { providerId: 'invalidChoice' });
  }
  await db.transaction((tx) =>
    createInvite(tx, user.id, { name, email, role, associationId: role === 'association' ? associationId : null, providerId: role === 'provider' ? providerId : null }),
  );
  revalidateAccounts();
  return { status: 'success', message: 'account.inviteSent' };
});

const inviteIdSchema = z.object({ inviteId: uuid() });

export const resendInviteAction = authorizedAction('users.invite', inviteIdSchema, async ({ inviteId }, { user }) => {
  await resendInvite(getDb(), user.id, inviteId, invitable(user.role));
  revalidateAccounts();
  return { status: 'success', message: 'account.inviteResent' };
}, { formFields: ['inviteId'] });

export const revokeInviteAction = authorizedAction('users.invite', inviteIdSchema, async ({ inviteId }, { user }) => {
  await revokeInvite(getDb(), user.id, inviteId, invitable(user.role));
  revalidateAccounts();
  return { status: 'success', message: 'account.inviteRevoked' };
}, { formFields: ['inviteId'] });
