import 'server-only';
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { associations, auditLog, languageProviders, networkOrganisations, users } from '@/db/schema';
import { addDays, amsterdamMidnight } from '@/lib/dates';

export const AUDIT_PAGE_SIZE = 100;

export interface AuditFilter {
  entityId?: string;
  action?: string;
  /** The acting user's id. */
  userId?: string;
  /** Amsterdam days, inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

/** The newest audit entries with the actor's name, filtered by record, action, user and period. */
export function listAudit(db: DbOrTx, filter: AuditFilter = {}) {
  const where: SQL[] = [];
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.userId) where.push(eq(auditLog.actorUserId, filter.userId));
  const from = filter.from ? amsterdamMidnight(filter.from) : null;
  const to = filter.to ? amsterdamMidnight(addDays(filter.to, 1)) : null;
  if (from) where.push(gte(auditLog.at, from));
  if (to) where.push(lt(auditLog.at, to));
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
    .orderBy(desc(auditLog.seq))
    .limit(AUDIT_PAGE_SIZE)
    .offset(((filter.page ?? 1) - 1) * AUDIT_PAGE_SIZE);
}

/** The staff accounts that appear in the log (the viewer's user filter). */
export function auditActors(db: DbOrTx) {
  return db.select({ id: users.id, name: users.name, role: users.role }).from(users).orderBy(asc(users.name));
}

/** The action names in the log (the viewer's action filter). */
export async function auditActions(db: DbOrTx): Promise<string[]> {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(asc(auditLog.action));
  return rows.map((r) => r.action);
}

/**
 * The kinds of record the log may show by name: accounts and organisations. Residents, ambassadors
 * and what is about them (leads, referrals, signals…) are shown as their type only (personal data).
 */
export const NAMED_ENTITY_TYPES = ['user', 'association', 'network', 'provider'] as const;
type NamedType = (typeof NAMED_ENTITY_TYPES)[number];

const nameTables = {
  user: { table: users, id: users.id, name: users.name },
  association: { table: associations, id: associations.id, name: associations.name },
  network: { table: networkOrganisations, id: networkOrganisations.id, name: networkOrganisations.name },
  provider: { table: languageProviders, id: languageProviders.id, name: languageProviders.name },
} as const;

const isNamed = (t: string | null): t is NamedType => (NAMED_ENTITY_TYPES as readonly string[]).includes(t ?? '');

/** The names of the accounts and organisations these entries are about, by record id (others have none). */
export async function auditRecordNames(db: DbOrTx, rows: { entityType: string | null; entityId: string | null }[]): Promise<Map<string, string>> {
  const ids = new Map<NamedType, Set<string>>();
  for (const r of rows) {
    if (r.entityId && isNamed(r.entityType)) ids.set(r.entityType, (ids.get(r.entityType) ?? new Set()).add(r.entityId));
  }
  const names = new Map<string, string>();
  await Promise.all(
    [...ids].map(async ([type, set]) => {
      const { table, id, name } = nameTables[type];
      const found = await db.select({ id, name }).from(table).where(inArray(id, [...set]));
      for (const f of found) names.set(`${type}:${f.id}`, f.name);
    }),
  );
  return names;
}
