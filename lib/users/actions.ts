'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorizedAction } from '@/lib/actions';
import { uuid } from '@/lib/actions/validation';
import { ROLES } from '@/lib/auth/permissions';
import { setUserActive, setUserRole } from './mutations';

const activeSchema = z.object({ userId: uuid(), active: z.enum(['true', 'false']) });

export const setUserActiveAction = authorizedAction('users.manage', activeSchema, async ({ userId, active }, { user }) => {
  await setUserActive(getDb(), user.id, userId, active === 'true');
  revalidatePath('/admin');
  return { status: 'success', message: 'saved' };
});

const roleSchema = z.object({ userId: uuid(), role: z.enum(ROLES) });

export const setUserRoleAction = authorizedAction('users.manage', roleSchema, async ({ userId, role }, { user }) => {
  await setUserRole(getDb(), user.id, userId, role);
  revalidatePath('/admin');
  return { status: 'success', message: 'saved' };
});
