import { type SQL, and, asc, count, desc, eq, ilike, isNull, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { associations, keyFigures, leads, signalLeads, signalReplies, signals, targetPeriods, users } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';
import { sqlAmsterdamDayStart, sqlInAmsterdam } from '@/lib/dates';
import type { SignalFilters } from './schema';

export interface ResultCounts {
  /** Contacts the association submitted (leads attributed to it), by the day they came in. */
  contacts: number;
  /** Of those, an offer from a language provider (offer date set), by the offer date. */
  offers: number;
  /** Of those, a signed course plan, by the signing date. */
  plans: number;
}

const num = (q: SQL) => sql<number>`${q}`.mapWith(Number);

/** The association's leads that count: attributed to it, and not merged into another lead. */
const ownLeads = (associationId: string) => and(eq(leads.associationId, associationId), isNull(leads.mergedIntoId))!;

export interface AssociationListRow extends ResultCounts {
  id: string;
  name: string;
  community: string;
  contactPerson: string | null;
  active: boolean;
  keyFigures: number;
  newSignals: number;
}

/** Every association (active first, by name) with its totals and open signals. */
export async function listAssociations(db: DbOrTx): Promise<AssociationListRow[]> {
  const leadCount = (extra: SQL) =>
    num(sql`(select count(*) from ${leads} where ${leads.associationId} = ${associations.id} and ${leads.mergedIntoId} is null ${extra})`);
  return db
    .select({
      id: associations.id,
      name: associations.name,
      community: associations.community,
      contactPerson: associations.contactPerson,
      active: associations.active,
      contacts: leadCount(sql``),
      offers: leadCount(sql`and ${leads.offerOn} is not null`),
      plans: leadCount(sql`and ${leads.planSignedOn} is not null`),
      keyFigures: num(sql`(select count(*) from ${keyFigures} where ${keyFigures.associationId} = ${associations.id})`),
      newSignals: num(sql`(select count(*) from ${signals} where ${signals.associationId} = ${associations.id} and ${signals.status} = 'new')`),
    })
    .from(associations)
    .orderBy(desc(associations.active), asc(associations.name));
}

export type Association = typeof associations.$inferSelect;

export async function getAssociation(db: DbOrTx, id: string): Promise<Association | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(associations).where(eq(associations.id, id)).limit(1);
  return row ?? null;
}

export async function listKeyFigures(db: DbOrTx, associationId: string) {
  return db
    .select({ id: keyFigures.id, name: keyFigures.name, role: keyFigures.role, phone: keyFigures.phone, email: keyFigures.email })
    .from(keyFigures)
    .where(eq(keyFigures.associationId, associationId))
    .orderBy(asc(keyFigures.name), asc(keyFigures.createdAt));
}

/** The portal accounts linked to the association (read-only here; accounts are managed in /admin). */
export async function linkedUsers(db: DbOrTx, associationId: string) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.associationId, associationId))
    .orderBy(asc(users.name));
}

export interface PeriodResult extends ResultCounts {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
}
export interface YearResult extends ResultCounts {
  year: number;
}
export interface AssociationResults {
  total: ResultCounts;
  /** The target periods, newest first: contacts by the day they came in, offers by offer date, plans by signing date. */
  periods: PeriodResult[];
  /** Calendar years with any activity, newest first, counted the same way. */
  years: YearResult[];
}

/**
 * What became of an association's contacts, in total and per period: a contact counts in a
 * period by the day it came in (Amsterdam time), an offer by its offer date, a plan by its
 * signing date. Merged duplicates and other associations' leads never count.
 */
export async function associationResults(db: DbOrTx, associationId: string): Promise<AssociationResults> {
  const own = ownLeads(associationId);
  const [totalRow] = await db
    .select({ contacts: count(), offers: count(leads.offerOn), plans: count(leads.planSignedOn) })
    .from(leads)
    .where(own);
  const total = { contacts: totalRow!.contacts, offers: totalRow!.offers, plans: totalRow!.plans };

  const periodRows = await db
    .select({ id: targetPeriods.id, name: targetPeriods.name, startsOn: targetPeriods.startsOn, endsOn: targetPeriods.endsOn })
    .from(targetPeriods)
    .orderBy(desc(targetPeriods.startsOn), desc(targetPeriods.createdAt));
  const periods = await Promise.all(
    periodRows.map(async (p) => {
      const [r] = await db
        .select({
          contacts: num(sql`count(*) filter (where ${leads.createdAt} >= ${sqlAmsterdamDayStart(p.startsOn)} and ${leads.createdAt} < ${sqlAmsterdamDayStart(p.endsOn, 1)})`),
          offers: num(sql`count(*) filter (where ${leads.offerOn} >= ${p.startsOn} and ${leads.offerOn} <= ${p.endsOn})`),
          plans: num(sql`count(*) filter (where ${leads.planSignedOn} >= ${p.startsOn} and ${leads.planSignedOn} <= ${p.endsOn})`),
        })
        .from(leads)
        .where(own);
      return { ...p, contacts: r!.contacts, offers: r!.offers, plans: r!.plans };
    }),
  );

  const yearOf = (expr: SQL) => num(sql`extract(year from ${expr})::int`);
  const createdYear = yearOf(sqlInAmsterdam(leads.createdAt));
  const offerYear = yearOf(sql`${leads.offerOn}`);
  const planYear = yearOf(sql`${leads.planSignedOn}`);
  const [byCreated, byOffer, byPlan] = await Promise.all([
    db.select({ year: createdYear, n: count() }).from(leads).where(own).groupBy(sql`1`),
    db.select({ year: offerYear, n: count() }).from(leads).where(and(own, sql`${leads.offerOn} is not null`)).groupBy(sql`1`),
    db.select({ year: planYear, n: count() }).from(leads).where(and(own, sql`${leads.planSignedOn} is not null`)).groupBy(sql`1`),
  ]);
  const years = new Map<number, YearResult>();
  const at = (year: number) => years.get(year) ?? years.set(year, { year, contacts: 0, offers: 0, plans: 0 }).get(year)!;
  for (const r of byCreated) at(r.year).contacts = r.n;
  for (const r of byOffer) at(r.year).offers = r.n;
  for (const r of byPlan) at(r.year).plans = r.n;
  return { total, periods, years: [...years.values()].sort((a, b) => b.year - a.year) };
}

// ── Signals ────────────────────────────────────────────────────────────────────────────────────

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
export async function listSignals(db: DbOrTx, f: SignalFilters, limit = 200): Promise<SignalListRow[]> {
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

/** Names of associations, for filters. */
export async function associationOptions(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db.select({ id: associations.id, name: associations.name }).from(associations).orderBy(asc(associations.name));
}

