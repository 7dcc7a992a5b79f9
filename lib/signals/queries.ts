import 'server-only';
import { type SQL, and, asc, desc, eq, ilike, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { associations, leads, signalLeads, signalReplies, signals, users } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';
import type { SignalFilters } from './schema';

const num = (q: SQL) => sql<number>`${q}`.mapWith(Number);

// ── The association's own signals (filtered by its own association id in WHERE) ─────────────────

export interface SignalView {
  id: string;
  kind: 'potential_participants' | 'community_development' | 'concern';
  text: string;
  status: 'new' | 'handled';
  createdAt: Date;
  handledAt: Date | null;
  replies: { id: string; text: string; createdAt: Date }[];
}

/** The association's signals, newest first, each with the project worker's replies. */
export async function listOwnSignals(db: DbOrTx, associationId: string, limit = 50): Promise<SignalView[]> {
  const rows = await db
    .select({
      id: signals.id,
      kind: signals.kind,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
    })
    .from(signals)
    .where(eq(signals.associationId, associationId))
    .orderBy(desc(signals.createdAt), desc(signals.id))
    .limit(limit);
  if (!rows.length) return [];
  const replies = await db
    .select({ id: signalReplies.id, signalId: signalReplies.signalId, text: signalReplies.text, createdAt: signalReplies.createdAt })
    .from(signalReplies)
    .where(inArray(signalReplies.signalId, rows.map((r) => r.id)))
    .orderBy(asc(signalReplies.createdAt));
  return rows.map((r) => ({ ...r, replies: replies.filter((x) => x.signalId === r.id).map(({ signalId: _s, ...x }) => x) }));
}

// ── The staff inbox ─────────────────────────────────────────────────────────────────────────────

export interface SignalListRow {
  id: string;
  associationId: string;
  associationName: string;
  kind: 'potential_participants' | 'community_development' | 'concern';
  text: string;
  status: 'new' | 'handled';
  createdAt: Date;
  handledAt: Date | null;
  authorName: string | null;
  replies: number;
  leads: number;
}

/** The inbox: every association's signals (new first when showing all), newest first. */
export async function listSignalInbox(db: DbOrTx, f: SignalFilters, limit = 200): Promise<SignalListRow[]> {
  const conds: SQL[] = [];
  if (f.status !== 'all') conds.push(eq(signals.status, f.status));
  if (f.association) conds.push(eq(signals.associationId, f.association));
  return db
    .select({
      id: signals.id,
      associationId: signals.associationId,
      associationName: associations.name,
      kind: signals.kind,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
      authorName: users.name,
      replies: num(sql`(select count(*) from ${signalReplies} where ${signalReplies.signalId} = ${signals.id})`),
      leads: num(sql`(select count(*) from ${signalLeads} where ${signalLeads.signalId} = ${signals.id})`),
    })
    .from(signals)
    .innerJoin(associations, eq(signals.associationId, associations.id))
    .leftJoin(users, eq(signals.userId, users.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(sql`case when ${signals.status} = 'new' then 0 else 1 end`, desc(signals.createdAt))
    .limit(limit);
}

const handler = alias(users, 'handler');

/** One signal with its association, author, who handled it, the replies (oldest first) and the linked leads. */
export async function getSignal(db: DbOrTx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: signals.id,
      associationId: signals.associationId,
      associationName: associations.name,
      kind: signals.kind,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
      handledByName: handler.name,
      authorName: users.name,
    })
    .from(signals)
    .innerJoin(associations, eq(signals.associationId, associations.id))
    .leftJoin(users, eq(signals.userId, users.id))
    .leftJoin(handler, eq(signals.handledByUserId, handler.id))
    .where(eq(signals.id, id))
    .limit(1);
  if (!row) return null;
  const [replies, linked] = await Promise.all([
    db
      .select({ id: signalReplies.id, text: signalReplies.text, createdAt: signalReplies.createdAt, userName: users.name })
      .from(signalReplies)
      .leftJoin(users, eq(signalReplies.userId, users.id))
      .where(eq(signalReplies.signalId, id))
      .orderBy(asc(signalReplies.createdAt)),
    linkedLeads(db, id),
  ]);
  return { ...row, replies, leads: linked };
}
export type SignalDetail = NonNullable<Awaited<ReturnType<typeof getSignal>>>;

export interface LeadHit {
  id: string;
  name: string;
  phone: string;
  status: (typeof leads.$inferSelect)['status'];
  associationId: string | null;
  createdAt: Date;
}

const leadHitFields = {
  id: leads.id,
  name: leads.name,
  phone: leads.phone,
  status: leads.status,
  associationId: leads.associationId,
  createdAt: leads.createdAt,
};

export async function linkedLeads(db: DbOrTx, signalId: string): Promise<LeadHit[]> {
  return db
    .select(leadHitFields)
    .from(signalLeads)
    .innerJoin(leads, eq(signalLeads.leadId, leads.id))
    .where(eq(signalLeads.signalId, signalId))
    .orderBy(asc(leads.name));
}

/** LIKE pattern for a substring, with the user's % _ \ taken literally. */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Leads to link to a signal: by name or phone (06 12345678 finds +31612345678), among the
 * association's leads or among all leads. Without a search term, the association's newest leads.
 * Merged leads are left out.
 */
export async function searchLeads(
  db: DbOrTx,
  opts: { q?: string; scope: 'association' | 'all'; associationId: string },
  limit = 20,
): Promise<LeadHit[]> {
  const q = opts.q?.trim() ?? '';
  const conds: (SQL | undefined)[] = [isNull(leads.mergedIntoId)];
  if (opts.scope === 'association') conds.push(eq(leads.associationId, opts.associationId));
  if (q) {
    const digits = q.replace(/\D/g, '');
    const byPhone = digits.length >= 3 ? like(leads.phone, contains(digits.replace(/^0+/, '').replace(/^31(?=\d{9})/, ''))) : undefined;
    conds.push(or(ilike(leads.name, contains(q)), byPhone));
  } else if (opts.scope === 'all') {
    return [];
  }
  return db
    .select(leadHitFields)
    .from(leads)
    .where(and(...conds))
    .orderBy(q ? asc(leads.name) : desc(leads.createdAt))
    .limit(limit);
}
