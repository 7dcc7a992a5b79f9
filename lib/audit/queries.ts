import 'server-only';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, users } from '@/db/schema';

export const AUDIT_PAGE_SIZE = 100;

/** The newest audit entries with the actor's name, optionally for one record or one action. */
export function listAudit(db: DbOrTx, filter: { entityId?: string; action?: string; page?: number } = {}) {
  const where: SQL[] = [];
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      actorName: users.name,
      actorRole: users.role,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(auditLog.actorUserId, users.id))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.at))
    .limit(AUDIT_PAGE_SIZE)
    .offset(((filter.page ?? 1) - 1) * AUDIT_PAGE_SIZE);
}
