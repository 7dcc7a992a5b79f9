import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, associations, languageProviders } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/gate';

/** The signed-in user's ambassador profile: what an ambassador's own actions need. */
export interface AmbassadorProfile {
  id: string;
  code: string;
  status: (typeof ambassadors.$inferSelect)['status'];
}

/** The signed-in user's association. */
export interface AssociationProfile {
  id: string;
  name: string;
  active: boolean;
}

/** The signed-in user's language provider (role `provider`). */
export interface ProviderProfile {
  id: string;
  name: string;
  active: boolean;
}

export type ProfileKind = 'ambassador' | 'association' | 'provider';

/**
 * Who is acting, in one shape for every action and data function: the user, and — when the
 * action asks for it — their own ambassador or association profile (never one named in the form).
 */
export interface Viewer {
  user: CurrentUser;
  ambassador?: AmbassadorProfile;
  association?: AssociationProfile;
  provider?: ProviderProfile;
}

/** The user's own profile of that kind, or null when the user has none. */
export async function loadProfile(db: DbOrTx, user: CurrentUser, kind: 'ambassador'): Promise<AmbassadorProfile | null>;
export async function loadProfile(db: DbOrTx, user: CurrentUser, kind: 'association'): Promise<AssociationProfile | null>;
export async function loadProfile(db: DbOrTx, user: CurrentUser, kind: 'provider'): Promise<ProviderProfile | null>;
export async function loadProfile(db: DbOrTx, user: CurrentUser, kind: ProfileKind): Promise<AmbassadorProfile | AssociationProfile | ProviderProfile | null>;
export async function loadProfile(db: DbOrTx, user: CurrentUser, kind: ProfileKind) {
  if (kind === 'ambassador') {
    if (!user.ambassadorId) return null;
    const [row] = await db
      .select({ id: ambassadors.id, code: ambassadors.referralCode, status: ambassadors.status })
      .from(ambassadors)
      .where(eq(ambassadors.id, user.ambassadorId))
      .limit(1);
    return row ?? null;
  }
  if (kind === 'provider') {
    if (!user.providerId) return null;
    const [row] = await db
      .select({ id: languageProviders.id, name: languageProviders.name, active: languageProviders.active })
      .from(languageProviders)
      .where(eq(languageProviders.id, user.providerId))
      .limit(1);
    return row ?? null;
  }
  if (!user.associationId) return null;
  const [row] = await db
    .select({ id: associations.id, name: associations.name, active: associations.active })
    .from(associations)
    .where(eq(associations.id, user.associationId))
    .limit(1);
  return row ?? null;
}
