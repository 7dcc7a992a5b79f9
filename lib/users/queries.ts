import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { associations, users } from '@/db/schema';

export interface UserRow {
  id: string;
  name: string;
  email: string;
  role: (typeof users.$inferSelect)['role'];
  active: boolean;
  associationName: string | null;
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
    })
    .from(users)
    .leftJoin(associations, eq(users.associationId, associations.id))
    .orderBy(asc(users.role), asc(users.name));
}
