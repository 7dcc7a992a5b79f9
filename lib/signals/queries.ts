import 'server-only';
import { type SQL, and, asc, desc, eq, ilike, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { associations, attribute, fieldSignalDetails, organization, service, leads, neighbourhoods, signalLeads, signalReplies, signals, taxonomy_term, users } from '@/db/schema';
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
    .limit(limit)
    // An association's signals always have a kind (the signals_source_ck constraint).
    .then((rs) => rs.map((r) => ({ ...r, kind: r.kind! })));
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
  source: 'association' | 'ambassador';
  associationId: string | null;
  associationName: string | null;
  kind: 'potential_participants' | 'community_development' | 'concern' | null;
  themeName: string | null;
  wijkName: string | null;
  urgent: boolean;
  residentInvolved: boolean;
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
  if (f.source !== 'all') conds.push(eq(signals.source, f.source));
  return db
    .select({
      id: signals.id,
      source: signals.source,
      associationId: signals.associationId,
      associationName: associations.name,
      kind: signals.kind,
      themeName: taxonomy_term.name,
      wijkName: neighbourhoods.name,
      urgent: sql<boolean>`coalesce(${fieldSignalDetails.urgent}, false)`,
      residentInvolved: sql<boolean>`coalesce(${fieldSignalDetails.residentInvolved}, false)`,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
      authorName: users.name,
      replies: num(sql`(select count(*) from ${signalReplies} where ${signalReplies.signalId} = ${signals.id})`),
      leads: num(sql`(select count(*) from ${signalLeads} where ${signalLeads.signalId} = ${signals.id})`),
    })
    .from(signals)
    .leftJoin(associations, eq(signals.associationId, associations.id))
    .leftJoin(fieldSignalDetails, eq(fieldSignalDetails.signalId, signals.id))
    .leftJoin(taxonomy_term, eq(taxonomy_term.id, fieldSignalDetails.themeId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, signals.neighbourhoodId))
    .leftJoin(users, eq(signals.userId, users.id))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(
      sql`case when ${signals.status} = 'new' then 0 else 1 end`,
      sql`case when ${signals.status} = 'new' and ${fieldSignalDetails.urgent} then 0 else 1 end`,
      desc(signals.createdAt),
    )
    .limit(limit);
}

const handler = alias(users, 'handler');

/** One signal with its association, author, who handled it, the replies (oldest first) and the linked leads. */
export async function getSignal(db: DbOrTx, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      id: signals.id,
      source: signals.source,
      associationId: signals.associationId,
      associationName: associations.name,
      kind: signals.kind,
      themeId: fieldSignalDetails.themeId,
      themeName: taxonomy_term.name,
      neighbourhoodId: signals.neighbourhoodId,
      wijkName: neighbourhoods.name,
      urgent: sql<boolean>`coalesce(${fieldSignalDetails.urgent}, false)`,
      residentInvolved: sql<boolean>`coalesce(${fieldSignalDetails.residentInvolved}, false)`,
      referralId: fieldSignalDetails.referralId,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
      handledByName: handler.name,
      authorName: users.name,
    })
    .from(signals)
    .leftJoin(associations, eq(signals.associationId, associations.id))
    .leftJoin(fieldSignalDetails, eq(fieldSignalDetails.signalId, signals.id))
    .leftJoin(taxonomy_term, eq(taxonomy_term.id, fieldSignalDetails.themeId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, signals.neighbourhoodId))
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
  opts: { q?: string; scope: 'association' | 'all'; associationId: string | null },
  limit = 20,
): Promise<LeadHit[]> {
  const q = opts.q?.trim() ?? '';
  const conds: (SQL | undefined)[] = [isNull(leads.mergedIntoId)];
  if (opts.scope === 'association') conds.push(opts.associationId ? eq(leads.associationId, opts.associationId) : sql`false`);
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

// ── Signals from the field ──────────────────────────────────────────────────────────────────────

/** The top-level themes of the social map: what an ambassador's signal is about. */
export async function signalThemes(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db.select({ id: taxonomy_term.id, name: taxonomy_term.name }).from(taxonomy_term).where(isNull(taxonomy_term.parent_id)).orderBy(asc(taxonomy_term.name));
}

export interface OwnFieldSignal {
  id: string;
  themeName: string;
  wijkName: string | null;
  urgent: boolean;
  text: string;
  status: 'new' | 'handled';
  createdAt: Date;
  replies: { id: string; text: string; createdAt: Date }[];
}

/** The ambassador's own signals (by their ambassador id in WHERE), newest first, with the replies. */
export async function listOwnFieldSignals(db: DbOrTx, ambassadorId: string, limit = 10): Promise<OwnFieldSignal[]> {
  const rows = await db
    .select({
      id: signals.id,
      themeName: taxonomy_term.name,
      wijkName: neighbourhoods.name,
      urgent: fieldSignalDetails.urgent,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
    })
    .from(signals)
    .innerJoin(fieldSignalDetails, eq(fieldSignalDetails.signalId, signals.id))
    .innerJoin(taxonomy_term, eq(taxonomy_term.id, fieldSignalDetails.themeId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, signals.neighbourhoodId))
    .where(and(eq(signals.source, 'ambassador'), eq(signals.ambassadorId, ambassadorId)))
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

export interface PolicyCell {
  themeName: string;
  wijkName: string;
  /** The count, or null for 1–4 (shown as "<5"). */
  count: number | null;
}

/** Counts of 1–4 are shown as "<5": small numbers could point to a person. */
export const POLICY_MIN_COUNT = 5;

/**
 * "Signalen voor beleid": ambassadors' signals of the last `months` months counted by theme and
 * wijk, grouped in SQL (no text, no person, no date finer than the period). Counts of 1–4 come
 * back as null; totals per theme are summed in SQL too, and small ones hidden the same way.
 */
export async function policyOverview(db: DbOrTx, months: number, now = new Date()): Promise<{ cells: PolicyCell[]; themes: { themeName: string; count: number | null; withheld: boolean }[] }> {
  const since = new Date(now);
  since.setMonth(since.getMonth() - months);
  const where = and(eq(signals.source, 'ambassador'), sql`${signals.createdAt} >= ${since.toISOString()}::timestamptz`);
  const n = num(sql`count(*)`);
  const [cells, themes] = await Promise.all([
    db
      .select({ themeName: taxonomy_term.name, wijkName: sql<string>`coalesce(${neighbourhoods.name}, '')`, count: n })
      .from(signals)
      .innerJoin(fieldSignalDetails, eq(fieldSignalDetails.signalId, signals.id))
      .innerJoin(taxonomy_term, eq(taxonomy_term.id, fieldSignalDetails.themeId))
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, signals.neighbourhoodId))
      .where(where)
      .groupBy(taxonomy_term.name, neighbourhoods.name)
      .orderBy(asc(taxonomy_term.name), asc(neighbourhoods.name)),
    db
      .select({ themeName: taxonomy_term.name, count: n })
      .from(signals)
      .innerJoin(fieldSignalDetails, eq(fieldSignalDetails.signalId, signals.id))
      .innerJoin(taxonomy_term, eq(taxonomy_term.id, fieldSignalDetails.themeId))
      .where(where)
      .groupBy(taxonomy_term.name)
      .orderBy(asc(taxonomy_term.name)),
  ]);
  const hide = (c: number) => (c < POLICY_MIN_COUNT ? null : c);
  // A theme's total beside a hidden wijk count would give that count away by subtraction (and
  // beside two or more, their sum): such a total is withheld too.
  const withSmall = new Set(cells.filter((c) => c.count < POLICY_MIN_COUNT).map((c) => c.themeName));
  return {
    cells: cells.map((c) => ({ ...c, count: hide(c.count) })),
    themes: themes.map((t) => {
      const withheld = t.count >= POLICY_MIN_COUNT && withSmall.has(t.themeName);
      return { ...t, count: withheld ? null : hide(t.count), withheld };
    }),
  };
}

/**
 * Services a signal can be referred to: active services of active organisations, those under the
 * signal's theme (the theme or one of its sub-themes) first, then the rest, by name.
 */
export async function referralServiceOptions(db: DbOrTx, themeId: string | null): Promise<{ id: string; name: string; inTheme: boolean }[]> {
  const inTheme = themeId
    ? sql<boolean>`exists (select 1 from ${attribute} a join ${taxonomy_term} tt on tt.id = a.taxonomy_term_id
        where a.link_entity = 'service' and a.link_id = ${service.id} and (tt.id = ${themeId} or tt.parent_id = ${themeId}))`
    : sql<boolean>`false`;
  return db
    .select({ id: service.id, name: sql<string>`${service.name} || ' – ' || ${organization.name}`, inTheme })
    .from(service)
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .where(and(eq(service.status, 'active'), eq(organization.status, 'active')))
    .orderBy(desc(inTheme), asc(service.name))
    .limit(300);
}

/** The policy overview as CSV rows (theme, wijk, count or "<5"): aggregates only, no personal data. */
export function policyCsvRows(cells: PolicyCell[], noWijk: string): (string | number)[][] {
  return cells.map((c) => [c.themeName, c.wijkName || noWijk, c.count ?? '<5']);
}
