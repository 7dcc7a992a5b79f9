import 'server-only';
import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, notificationSettings, notifications, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { isTemplateKey, render } from './templates';

export const OUTBOX_PAGE_SIZE = 50;

export interface OutboxRow {
  id: string;
  recipient: string;
  role: string | null;
  template: string;
  channel: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  subject: string;
  text: string;
}

/**
 * The outbox for the administrator, newest first, each message rendered as it is (or would be)
 * sent. Opening it is audited (`outbox.viewed`) in the same call, like opening a record.
 */
export async function openOutbox(db: DbOrTx, actorUserId: string, page = 1): Promise<{ rows: OutboxRow[]; total: number }> {
  return db.transaction(async (tx) => {
    const list = await tx
      .select({ n: notifications, userName: users.name, userEmail: users.email, role: users.role })
      .from(notifications)
      .leftJoin(users, eq(users.id, notifications.recipient_user_id))
      .orderBy(desc(notifications.created_at), desc(notifications.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE);
    const [{ total }] = (await tx.select({ total: count() }).from(notifications)) as [{ total: number }];
    await audit(tx, { action: 'outbox.viewed', actorUserId, details: { page } });
    const rows = list.map(({ n, userName, userEmail, role }): OutboxRow => {
      const rendered = isTemplateKey(n.template)
        ? render(n.template, n.locale, n.params, { name: userName?.split(/\s+/)[0] ?? null, user: !!n.recipient_user_id })
        : { subject: n.template, text: '' };
      return {
        id: n.id,
        recipient: n.recipient_address ?? (userName ? `${userName} <${userEmail}>` : '—'),
        role: role ?? null,
        template: n.template,
        channel: n.channel,
        status: n.status,
        attempts: n.attempts,
        lastError: n.last_error,
        createdAt: n.created_at,
        sentAt: n.sent_at,
        subject: rendered.subject,
        text: rendered.text,
      };
    });
    return { rows, total };
  });
}

/** A user's message settings (defaults when they never chose). */
export async function getNotificationSettings(db: DbOrTx, userId: string): Promise<{ locale: string; muted: string[] }> {
  const [row] = await db.select({ locale: notificationSettings.locale, muted: notificationSettings.muted }).from(notificationSettings).where(eq(notificationSettings.user_id, userId));
  return row ?? { locale: 'nl', muted: [] };
}

/** The ambassadors the coordinator can write to: active, with an active login. */
export async function broadcastRecipients(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: ambassadors.id, name: ambassadors.displayName })
    .from(ambassadors)
    .innerJoin(users, eq(users.ambassadorId, ambassadors.id))
    .where(and(eq(ambassadors.status, 'active'), eq(users.active, true)))
    .orderBy(asc(ambassadors.displayName));
}
