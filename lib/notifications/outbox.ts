import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { notificationSettings, notifications, users } from '@/db/schema';
import { type Params, TEMPLATES, type TemplateKey } from './templates';

/**
 * Puts messages in the outbox. Called with the transaction of the change that causes them, so the
 * message exists exactly when the change does (a rolled-back change leaves no message). The
 * recipient is a user (their language and preferences apply; a kind they turned off is not
 * written at all) or an address outside the portal (`to`, with the locale given).
 * Params: never a resident's personal data (names of volunteers and staff, places, dates, counts
 * and paths are fine) — the subject and text are rendered from them.
 */
export interface OutboxMessage {
  template: TemplateKey;
  params?: Params;
  /** Producing the same message for the same recipient twice is a no-op (unique per key and recipient), e.g. `shift-reminder:<shift>`. */
  dedupeKey?: string;
  channel?: string;
}

export type Recipient = { userId: string } | { address: string; locale?: string };

/** Writes one message per recipient (skipping users who turned its kind off). Returns how many were written. */
export async function enqueue(tx: DbOrTx, recipients: Recipient | Recipient[], message: OutboxMessage): Promise<number> {
  const list = Array.isArray(recipients) ? recipients : [recipients];
  const userIds = list.flatMap((r) => ('userId' in r ? [r.userId] : []));
  const settings = new Map<string, { locale: string; muted: string[] }>();
  if (userIds.length) {
    const rows = await tx
      .select({ id: users.id, active: users.active, locale: notificationSettings.locale, muted: notificationSettings.muted })
      .from(users)
      .leftJoin(notificationSettings, eq(notificationSettings.user_id, users.id))
      .where(inArray(users.id, userIds));
    for (const r of rows) if (r.active) settings.set(r.id, { locale: r.locale ?? 'nl', muted: r.muted ?? [] });
  }
  const kind = TEMPLATES[message.template].kind;
  type Row = { recipient_user_id: string | null; recipient_address: string | null; locale: string };
  const values = list.flatMap((r): Row[] => {
    if ('userId' in r) {
      const s = settings.get(r.userId);
      if (!s || (kind && s.muted.includes(kind))) return [];
      return [{ recipient_user_id: r.userId, recipient_address: null, locale: s.locale }];
    }
    return [{ recipient_user_id: null, recipient_address: r.address, locale: r.locale ?? 'nl' }];
  });
  if (!values.length) return 0;
  const rows = await tx
    .insert(notifications)
    .values(
      values.map((v) => ({
        ...v,
        template: message.template,
        params: message.params ?? {},
        channel: message.channel ?? 'email',
        dedupe_key: message.dedupeKey ? `${message.dedupeKey}:${v.recipient_user_id ?? v.recipient_address}` : null,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}

/** The active users of these ambassadors (an ambassador's messages go to their login). */
export async function ambassadorUsers(tx: DbOrTx, ambassadorIds: readonly string[]): Promise<{ userId: string; ambassadorId: string; name: string }[]> {
  if (!ambassadorIds.length) return [];
  const rows = await tx
    .select({ userId: users.id, ambassadorId: users.ambassadorId, name: users.name })
    .from(users)
    .where(and(inArray(users.ambassadorId, [...ambassadorIds]), eq(users.active, true)));
  return rows.map((r) => ({ userId: r.userId, ambassadorId: r.ambassadorId!, name: r.name }));
}

/** The active users with one of these roles (staff alerts and digests). */
export async function usersWithRole(tx: DbOrTx, roles: ('coordinator' | 'caseworker' | 'coach' | 'admin')[]): Promise<{ userId: string }[]> {
  return tx.select({ userId: users.id }).from(users).where(and(inArray(users.role, roles), eq(users.active, true)));
}

/** A person's first name, for another person's message (the partner on a shift). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** The active users of an association (its messages go to all of them). */
export async function associationUsers(tx: DbOrTx, associationId: string): Promise<{ userId: string }[]> {
  return tx.select({ userId: users.id }).from(users).where(and(eq(users.associationId, associationId), eq(users.active, true)));
}
