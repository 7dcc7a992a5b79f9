import 'server-only';
import { and, asc, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads, privacyRequests, users } from '@/db/schema';
import { todayLocal } from '@/lib/dates';
import { normalizePhone } from '@/lib/phone';
import { PERSON_COLLECTORS, type Subject } from './collectors';

/**
 * The leads of one person: by phone number (normalised) or by name (the whole name, any case),
 * widened with the leads merged into them or they were merged into, and every lead with the same
 * number. Returns the subject the collectors work from.
 */
export async function findSubject(db: DbOrTx, query: { phone?: string; name?: string; leadIds?: string[] }): Promise<Subject> {
  const phone = query.phone ? normalizePhone(query.phone) : null;
  const name = query.name?.trim().replace(/\s+/g, ' ');
  const start = [];
  if (phone) start.push(eq(leads.phone, phone));
  if (name) start.push(sql`lower(${leads.name}) = lower(${name})`);
  if (query.leadIds?.length) start.push(inArray(leads.id, query.leadIds));
  const phones = new Set<string>(phone ? [phone] : []);
  if (!start.length) return { leadIds: [], phones: [...phones], names: [], emails: [] };
  const found = new Map<string, { id: string; name: string; phone: string; email: string | null; mergedIntoId: string | null }>();
  const columns = { id: leads.id, name: leads.name, phone: leads.phone, email: leads.email, mergedIntoId: leads.mergedIntoId };
  let batch = await db.select(columns).from(leads).where(or(...start));
  for (let round = 0; batch.length && round < 10; round++) {
    for (const l of batch) found.set(l.id, l);
    const ids = [...found.keys()];
    const into = [...found.values()].map((l) => l.mergedIntoId).filter((id): id is string => !!id);
    const numbers = [...new Set([...found.values()].map((l) => l.phone).filter(Boolean))];
    const more = [inArray(leads.mergedIntoId, ids), ...(into.length ? [inArray(leads.id, into)] : []), ...(numbers.length ? [inArray(leads.phone, numbers)] : [])];
    batch = (await db.select(columns).from(leads).where(or(...more))).filter((l) => !found.has(l.id));
  }
  for (const l of found.values()) if (l.phone) phones.add(l.phone);
  const names = [...new Set([...found.values()].map((l) => l.name).filter((n) => n && n !== '—'))];
  const emails = [...new Set([...found.values()].map((l) => l.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
  return { leadIds: [...found.keys()], phones: [...phones], names, emails };
}

export interface PersonData {
  subject: Subject;
  /** Per table (the registry's order): the rows about the person. */
  tables: { table: string; rows: Record<string, unknown>[] }[];
}

/** Everything about the person, from every collector in the registry (art. 15). */
export async function collectPerson(db: DbOrTx, subject: Subject): Promise<PersonData> {
  const tables = [];
  for (const c of PERSON_COLLECTORS) tables.push({ table: c.table, rows: await c.collect(db, subject) });
  return { subject, tables };
}

/** The resident's language for the export's headings: the preferred language of their newest lead. */
export async function subjectLanguage(db: DbOrTx, subject: Subject): Promise<string | null> {
  if (!subject.leadIds.length) return null;
  const [row] = await db.select({ lang: leads.preferredLanguage }).from(leads).where(inArray(leads.id, subject.leadIds)).orderBy(desc(leads.createdAt)).limit(1);
  return row?.lang ?? null;
}

export type PrivacyRequestRow = Awaited<ReturnType<typeof listRequests>>[number];

/** Open requests first (oldest deadline first), then the handled ones; `overdue` when past the deadline and not handled. */
export async function listRequests(db: DbOrTx, now = new Date()) {
  const today = todayLocal(now);
  const rows = await db
    .select({
      id: privacyRequests.id,
      kind: privacyRequests.kind,
      status: privacyRequests.status,
      channel: privacyRequests.channel,
      phone: privacyRequests.phone,
      leadCount: sql<number>`cardinality(${privacyRequests.leadIds})`.mapWith(Number),
      requestedByUserId: privacyRequests.requestedByUserId,
      requestedBy: users.name,
      receivedAt: privacyRequests.receivedAt,
      dueOn: privacyRequests.dueOn,
      completedAt: privacyRequests.completedAt,
    })
    .from(privacyRequests)
    .leftJoin(users, eq(users.id, privacyRequests.requestedByUserId))
    .orderBy(sql`${privacyRequests.status} IN ('done', 'rejected')`, asc(privacyRequests.dueOn), desc(privacyRequests.receivedAt))
    .limit(200);
  return rows.map((r) => ({ ...r, overdue: (r.status === 'open' || r.status === 'awaiting_approval') && r.dueOn < today }));
}

/** Requests not yet handled whose month has passed (the staff start page's warning). */
export async function overdueRequestCount(db: DbOrTx, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(privacyRequests)
    .where(and(inArray(privacyRequests.status, ['open', 'awaiting_approval']), sql`${privacyRequests.dueOn} < ${todayLocal(now)}::date`));
  return row?.n ?? 0;
}

export async function getRequest(db: DbOrTx, id: string) {
  const [row] = await db.select().from(privacyRequests).where(eq(privacyRequests.id, id));
  return row ?? null;
}

/** Whether another request for these leads is already waiting (one erasure at a time). */
export async function pendingErasureFor(db: DbOrTx, leadIds: string[]) {
  if (!leadIds.length) return null;
  const [row] = await db
    .select({ id: privacyRequests.id })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.status, 'awaiting_approval'), ne(privacyRequests.kind, 'access'), sql`${privacyRequests.leadIds} && ARRAY[${sql.join(leadIds.map((id) => sql`${id}::uuid`), sql`, `)}]`))
    .limit(1);
  return row ?? null;
}
