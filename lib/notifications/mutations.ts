import 'server-only';
import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, notificationSettings, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { Role } from '@/lib/auth/permissions';
import { enqueue, firstName } from './outbox';
import type { BroadcastInput, PreferencesInput } from './schema';
import { KINDS_BY_ROLE } from './templates';

/** Saves the kinds a user turned off (those of their role not ticked) and their messages' language. */
export async function savePreferences(db: DbOrTx, user: { id: string; role: Role }, input: PreferencesInput, now = new Date()): Promise<void> {
  const offered = KINDS_BY_ROLE[user.role] ?? [];
  const muted = offered.filter((k) => !input.wanted.includes(k));
  await db.transaction(async (tx) => {
    await tx
      .insert(notificationSettings)
      .values({ user_id: user.id, locale: input.locale, muted, updated_at: now })
      .onConflictDoUpdate({ target: notificationSettings.user_id, set: { locale: input.locale, muted, updated_at: now } });
    await audit(tx, { action: 'notifications.preferences_saved', actorUserId: user.id, entityType: 'user', entityId: user.id, details: { muted: muted.length } });
  });
}

/** The portal language a signed-in user chose is also the language of their messages. */
export async function rememberLocale(db: DbOrTx, userId: string, locale: string): Promise<void> {
  await db
    .insert(notificationSettings)
    .values({ user_id: userId, locale })
    .onConflictDoUpdate({ target: notificationSettings.user_id, set: { locale, updated_at: new Date() } });
}

/**
 * The coordinator's message to all active ambassadors or to the chosen ones (only active ones,
 * status and login, receive it). Returns how many messages were written (users who turned these off are skipped).
 */
export async function broadcastToAmbassadors(db: DbOrTx, actor: { id: string; name: string }, input: BroadcastInput): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({ userId: users.id })
      .from(users)
      .innerJoin(ambassadors, eq(ambassadors.id, users.ambassadorId))
      .where(and(isNotNull(users.ambassadorId), eq(users.active, true), eq(ambassadors.status, 'active'), input.all ? undefined : inArray(ambassadors.id, input.ambassadorIds)));
    const n = await enqueue(tx, rows.map((r) => ({ userId: r.userId })), { template: 'coordinatorMessage', params: { message: input.message, from: firstName(actor.name) } });
    await audit(tx, { action: 'notifications.broadcast', actorUserId: actor.id, details: { recipients: n, all: input.all } });
    return n;
  });
}
