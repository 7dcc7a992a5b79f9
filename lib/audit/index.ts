import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditAction =
  | 'login.success'
  | 'login.failed'
  | 'login.throttled'
  | 'logout'
  | 'lead.created'
  | 'lead.repeat_signup'
  | 'lead.viewed'
  | 'lead.updated'
  | 'lead.exported'
  | 'lead.merged'
  | 'settings.updated'
  | 'user.created'
  | 'user.updated'
  | 'target.period_created'
  | 'target.updated';

export interface AuditEntry {
  action: AuditAction;
  actorUserId?: string | null;
  entityType?: 'lead' | 'user' | 'target' | null;
  entityId?: string | null;
  ipHash?: string | null;
  /** Non-personal context only: ids, codes, counts. Never names, phone numbers or e-mail. */
  details?: Record<string, string | number | boolean | null>;
}

export async function audit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    action: entry.action,
    actorUserId: entry.actorUserId ?? null,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    ipHash: entry.ipHash ?? null,
    details: entry.details ?? null,
  });
}
