import 'server-only';
import { type SQL, and, asc, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { attribute, leads, neighbourhoods, organization, referralEvents, referrals, service, taxonomy_term, users } from '@/db/schema';
import { type Role, can } from '@/lib/auth/permissions';
import { CLOSED_STATUSES } from '@/lib/leads/journey/steps';
import { EXPIRE_DAYS, REFERRAL_STATUSES, type ReferralFilters, type ReferralStatus } from './schema';

/** Reads of referrals (lists, a page, counts): scoped by who may see them; expiry derived, never written. */

export const REFERRAL_PAGE_SIZE = 50;

/**
 * A lead an ambassador may refer: one they registered in the field themselves (source
 * "ambassador"), still open and not merged. Not a self sign-up via their link (that person gave
 * their details to the municipality, not to the ambassador) and not a closed lead.
 */
export function ownFieldLead(ambassadorId: string): SQL {
  return and(
    eq(leads.recruitedByAmbassadorId, ambassadorId),
    eq(leads.source, 'ambassador'),
    isNull(leads.mergedIntoId),
    notInArray(leads.status, [...CLOSED_STATUSES]),
  )!;
}

/**
 * The phone number shown on a referral: the one typed on the referral itself; else the lead's,
 * but to a non-staff referrer only when they typed it themselves, in their own field contact.
 */
function shownPhone(scope: ReferralScope): SQL<string | null> {
  if (scope === 'all') return sql<string | null>`coalesce(${referrals.phone}, ${leads.phone})`;
  if (!scope.ambassadorId) return sql<string | null>`${referrals.phone}`;
  return sql<string | null>`coalesce(${referrals.phone}, CASE WHEN ${leads.source} = 'ambassador' AND ${leads.recruitedByAmbassadorId} = ${scope.ambassadorId} THEN ${leads.phone} END)`;
}

/** Whose referrals: staff see all; a referrer (with their ambassador profile, if any) their own. */
export type ReferralScope = { userId: string; ambassadorId?: string | null } | 'all';

/** Staff (coordinator, caseworker) see and update every referral; others only their own. */
export function seesAllReferrals(role: Role): boolean {
  return can(role, 'referrals.update');
}

/** The service's theme: its first top-level theme, else its first term (A–Z). */
export async function defaultThemeId(db: DbOrTx, serviceId: string): Promise<string | null> {
  const [t] = await db
    .select({ id: taxonomy_term.id })
    .from(attribute)
    .innerJoin(taxonomy_term, eq(taxonomy_term.id, attribute.taxonomy_term_id))
    .where(and(eq(attribute.link_entity, 'service'), eq(attribute.link_id, serviceId)))
    .orderBy(sql`(${taxonomy_term.parent_id} IS NOT NULL)`, asc(taxonomy_term.name))
    .limit(1);
  return t?.id ?? null;
}

export const EXPIRE_MS = EXPIRE_DAYS * 24 * 3600 * 1000;

/**
 * Expiry is derived when reading, never written by a read: an open referral (sent, in contact)
 * without an update for EXPIRE_DAYS reads as "expired", from the moment its 30 days ran out.
 * `now` is a parameter (not SQL now()) so every query of one request agrees and tests can move time.
 */
export function isStale(now: Date): SQL<boolean> {
  return sql<boolean>`(${referrals.status} IN ('sent', 'in_contact') AND ${referrals.last_update_at} < ${new Date(now.getTime() - EXPIRE_MS).toISOString()}::timestamptz)`;
}
/** The status as users see it: the stored one, or "expired" for a stale open referral. */
export function effectiveStatus(now: Date): SQL<ReferralStatus> {
  return sql<ReferralStatus>`(CASE WHEN ${isStale(now)} THEN 'expired'::referral_status ELSE ${referrals.status} END)`;
}
/** The last update as users see it: for a stale open referral, the moment it expired. */
export function effectiveLastUpdate(now: Date): SQL<Date> {
  return sql`(CASE WHEN ${isStale(now)} THEN ${referrals.last_update_at} + interval '${sql.raw(String(EXPIRE_DAYS))} days' ELSE ${referrals.last_update_at} END)`.mapWith(
    referrals.last_update_at,
  ) as SQL<Date>;
}

const topTheme = alias(taxonomy_term, 'top_theme');
const referrer = alias(users, 'referrer');

/** Who the referral is for, as shown in lists: a first name only (a lead's first name). */
const personName = sql<string>`coalesce(${referrals.first_name}, split_part(${leads.name}, ' ', 1), '')`;

function listConditions(scope: { userId: string } | 'all', f: Partial<ReferralFilters>, now: Date): SQL | undefined {
  const conds: SQL[] = [];
  if (scope !== 'all') conds.push(eq(referrals.referred_by_user_id, scope.userId));
  if (f.status) conds.push(sql`${effectiveStatus(now)} = ${f.status}::referral_status`);
  if (f.theme) {
    conds.push(
      sql`${referrals.taxonomy_term_id} IN (SELECT id FROM taxonomy_term WHERE id = ${f.theme}::uuid OR parent_id = ${f.theme}::uuid)`,
    );
  }
  if (f.wijk) conds.push(eq(referrals.neighbourhood_id, f.wijk));
  return conds.length ? and(...conds) : undefined;
}

export interface ReferralRow {
  id: string;
  person: string;
  serviceId: string;
  serviceName: string;
  organizationName: string;
  theme: string | null;
  wijk: string | null;
  status: ReferralStatus;
  statusReason: string | null;
  contactPreference: string;
  referrerName: string;
  createdAt: Date;
  lastUpdateAt: Date;
}

function baseSelect(db: DbOrTx, now: Date) {
  return db
    .select({
      id: referrals.id,
      person: personName,
      serviceId: service.id,
      serviceName: service.name,
      organizationName: organization.name,
      theme: taxonomy_term.name,
      wijk: neighbourhoods.name,
      status: effectiveStatus(now),
      statusReason: referrals.status_reason,
      contactPreference: referrals.contact_preference,
      referrerName: referrer.name,
      createdAt: referrals.created_at,
      lastUpdateAt: effectiveLastUpdate(now),
    })
    .from(referrals)
    .innerJoin(service, eq(service.id, referrals.service_id))
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .innerJoin(referrer, eq(referrer.id, referrals.referred_by_user_id))
    .leftJoin(leads, eq(leads.id, referrals.lead_id))
    .leftJoin(taxonomy_term, eq(taxonomy_term.id, referrals.taxonomy_term_id))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, referrals.neighbourhood_id));
}

/**
 * A page of referrals, newest update first: the referrer's own (scope userId) or all (staff).
 * Read only: expiry is derived (see effectiveStatus).
 */
export async function listReferrals(
  db: DbOrTx,
  scope: { userId: string } | 'all',
  f: Partial<ReferralFilters> = {},
  pageSize = REFERRAL_PAGE_SIZE,
  now = new Date(),
): Promise<{ rows: ReferralRow[]; total: number; page: number; pageCount: number }> {
  const where = listConditions(scope, f, now);
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(referrals).where(where);
  const pageCount = Math.max(1, Math.ceil(n / pageSize));
  const page = Math.min(Math.max(1, f.page ?? 1), pageCount);
  const rows = await baseSelect(db, now)
    .where(where)
    .orderBy(desc(effectiveLastUpdate(now)), desc(referrals.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: n, page, pageCount };
}

export interface ReferralDetail extends ReferralRow {
  phone: string | null;
  leadId: string | null;
  themeId: string | null;
  events: { id: string; from: ReferralStatus | null; to: ReferralStatus; actorName: string | null; note: string | null; at: Date }[];
}

/**
 * One referral with its history; null when it does not exist or is not the user's to see. Read
 * only: a referral that expired without it being stored shows its "expired" step in the history
 * all the same (dated when its 30 days ran out, by the system).
 */
export async function getReferral(db: DbOrTx, id: string, scope: ReferralScope, now = new Date()): Promise<ReferralDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const conds = [eq(referrals.id, id)];
  if (scope !== 'all') conds.push(eq(referrals.referred_by_user_id, scope.userId));
  const [row] = await db
    .select({
      id: referrals.id,
      person: personName,
      serviceId: service.id,
      serviceName: service.name,
      organizationName: organization.name,
      theme: taxonomy_term.name,
      themeId: referrals.taxonomy_term_id,
      wijk: neighbourhoods.name,
      status: effectiveStatus(now),
      statusReason: referrals.status_reason,
      contactPreference: referrals.contact_preference,
      referrerName: referrer.name,
      createdAt: referrals.created_at,
      lastUpdateAt: effectiveLastUpdate(now),
      phone: shownPhone(scope),
      leadId: referrals.lead_id,
      storedStatus: referrals.status,
    })
    .from(referrals)
    .innerJoin(service, eq(service.id, referrals.service_id))
    .innerJoin(organization, eq(organization.id, service.organization_id))
    .innerJoin(referrer, eq(referrer.id, referrals.referred_by_user_id))
    .leftJoin(leads, eq(leads.id, referrals.lead_id))
    .leftJoin(taxonomy_term, eq(taxonomy_term.id, referrals.taxonomy_term_id))
    .leftJoin(neighbourhoods, eq(neighbourhoods.id, referrals.neighbourhood_id))
    .where(and(...conds));
  if (!row) return null;
  const { storedStatus, ...shown } = row;
  const events: ReferralDetail['events'] = await db
    .select({
      id: referralEvents.id,
      from: referralEvents.from_status,
      to: referralEvents.to_status,
      actorName: users.name,
      note: referralEvents.note,
      at: referralEvents.created_at,
    })
    .from(referralEvents)
    .leftJoin(users, eq(users.id, referralEvents.actor_user_id))
    .where(eq(referralEvents.referral_id, id))
    .orderBy(asc(referralEvents.created_at), asc(referralEvents.id));
  if (shown.status === 'expired' && storedStatus !== 'expired') {
    events.push({ id: `${shown.id}-expired`, from: storedStatus, to: 'expired', actorName: null, note: null, at: shown.lastUpdateAt });
  }
  return { ...shown, events };
}

export interface StatsRow {
  id: string | null;
  name: string | null;
  total: number;
  byStatus: Record<ReferralStatus, number>;
}

/**
 * Signals for policy (coordinator): referrals counted by theme (sub-themes rolled up into their
 * theme) and by wijk, per status. Counts only, no personal data.
 */
export async function referralStats(db: DbOrTx, now = new Date()): Promise<{ byTheme: StatsRow[]; byWijk: StatsRow[] }> {
  const status = effectiveStatus(now);
  const themeId = sql<string | null>`coalesce(${topTheme.id}, ${taxonomy_term.id})`;
  const themeName = sql<string | null>`coalesce(${topTheme.name}, ${taxonomy_term.name})`;
  const [themes, wijken] = await Promise.all([
    db
      .select({ id: themeId, name: themeName, status, n: sql<number>`count(*)::int` })
      .from(referrals)
      .leftJoin(taxonomy_term, eq(taxonomy_term.id, referrals.taxonomy_term_id))
      .leftJoin(topTheme, eq(topTheme.id, taxonomy_term.parent_id))
      // The status by its place in the select list: the same expression written twice would carry
      // two separate parameters, which Postgres does not see as one grouping.
      .groupBy(themeId, themeName, sql`3`),
    db
      .select({ id: neighbourhoods.id, name: neighbourhoods.name, status, n: sql<number>`count(*)::int` })
      .from(referrals)
      .leftJoin(neighbourhoods, eq(neighbourhoods.id, referrals.neighbourhood_id))
      .groupBy(neighbourhoods.id, neighbourhoods.name, sql`3`),
  ]);
  const pivot = (rows: { id: string | null; name: string | null; status: ReferralStatus; n: number }[]): StatsRow[] => {
    const m = new Map<string, StatsRow>();
    for (const r of rows) {
      const key = r.id ?? '';
      let s = m.get(key);
      if (!s) m.set(key, (s = { id: r.id, name: r.name, total: 0, byStatus: Object.fromEntries(REFERRAL_STATUSES.map((x) => [x, 0])) as StatsRow['byStatus'] }));
      s.byStatus[r.status] += r.n;
      s.total += r.n;
    }
    return [...m.values()].sort((a, b) => b.total - a.total || (a.name ?? '~').localeCompare(b.name ?? '~'));
  };
  return { byTheme: pivot(themes), byWijk: pivot(wijken) };
}
