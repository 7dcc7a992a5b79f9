import 'server-only';
import { type SQL, and, asc, count, desc, eq, gte, inArray, isNull, lt, notInArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { associations, keyFigures, leads, signals, targetPeriods, users } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';
import { isIsoDate, sqlAmsterdamDayStart, sqlInAmsterdam } from '@/lib/dates';
import { ALL_STATUSES, CLOSED_STATUSES, type LeadStatus, SIGNED_STATUSES } from '@/lib/leads/journey/steps';

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

/**
 * The numbers (E.164) among `phones` this association passed on before: an open, unmerged lead of
 * its own with the same number. The one duplicate check of both the file import (a warning per
 * row) and the single form (a warning to confirm). Leads from any other source are never
 * consulted: whether a number is already in the municipality's pipeline would tell the
 * association something about the person (their migration status). Cross-source duplicates are
 * flagged to staff only (the lead list and the lead page), who merge them.
 */
export async function numbersPassedOnBefore(db: DbOrTx, associationId: string, phones: readonly string[]): Promise<Set<string>> {
  const known = new Set<string>();
  for (let i = 0; i < phones.length; i += 1000) {
    const rows = await db
      .selectDistinct({ phone: leads.phone })
      .from(leads)
      .where(and(ownLeads(associationId), inArray(leads.phone, phones.slice(i, i + 1000)), notInArray(leads.status, [...CLOSED_STATUSES])));
    for (const r of rows) known.add(r.phone);
  }
  return known;
}

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

/** Names of associations, for filters. */
export async function associationOptions(db: DbOrTx): Promise<{ id: string; name: string }[]> {
  return db.select({ id: associations.id, name: associations.name }).from(associations).orderBy(asc(associations.name));
}

// ── The association's own area (every query filters by its own association id) ───────────────

export async function associationName(db: DbOrTx, associationId: string): Promise<string | null> {
  const [a] = await db.select({ name: associations.name }).from(associations).where(eq(associations.id, associationId));
  return a?.name ?? null;
}

/** Submitted (all, unmerged), in progress (open, not yet signed), plan signed (signed or further). */
export async function associationCounts(db: DbOrTx, associationId: string) {
  const signed = [...SIGNED_STATUSES] as string[];
  const closed = [...CLOSED_STATUSES] as string[];
  const [row] = await db
    .select({
      submitted: count(),
      inProgress: sql<number>`count(*) filter (where ${leads.status} not in ${[...signed, ...closed]})::int`,
      planSigned: sql<number>`count(*) filter (where ${leads.status} in ${signed})::int`,
    })
    .from(leads)
    .where(and(eq(leads.associationId, associationId), isNull(leads.mergedIntoId)));
  return { submitted: Number(row?.submitted ?? 0), inProgress: Number(row?.inProgress ?? 0), planSigned: Number(row?.planSigned ?? 0) };
}

export const CONTACTS_PAGE_SIZE = 25;

const day = z.string().refine(isIsoDate);

const filterSchema = z.object({
  step: z.enum(ALL_STATUSES as [LeadStatus, ...LeadStatus[]]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ContactFilters = z.output<typeof filterSchema>;

/** searchParams → filters; anything unusable is dropped (never an error page). */
export function parseContactFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): ContactFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s === '' || s === null ? undefined : s;
  };
  return filterSchema.parse({ step: get('step'), from: get('from'), to: get('to'), page: get('page') ?? 1 });
}

export interface ContactRowView {
  id: string;
  name: string;
  status: LeadStatus;
  createdAt: Date;
}

/**
 * The association's contacts: name, step and the date submitted, nothing more (no phone, no
 * notes: after the hand-over the city works with the person). Merged duplicates are left out.
 */
export async function listContacts(db: DbOrTx, associationId: string, filters: ContactFilters) {
  const where = and(
    eq(leads.associationId, associationId),
    isNull(leads.mergedIntoId),
    filters.step ? eq(leads.status, filters.step) : undefined,
    filters.from ? gte(leads.createdAt, sqlAmsterdamDayStart(filters.from)) : undefined,
    filters.to ? lt(leads.createdAt, sqlAmsterdamDayStart(filters.to, 1)) : undefined,
  );
  const [{ total }] = (await db.select({ total: count() }).from(leads).where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(Number(total) / CONTACTS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows: ContactRowView[] = await db
    .select({ id: leads.id, name: leads.name, status: leads.status, createdAt: leads.createdAt })
    .from(leads)
    .where(where)
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(CONTACTS_PAGE_SIZE)
    .offset((page - 1) * CONTACTS_PAGE_SIZE);
  return { rows, total: Number(total), page, pageCount };
}
