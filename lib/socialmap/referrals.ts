import { type SQL, and, asc, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { attribute, leads, neighbourhoods, organization, referralEvents, referrals, service, taxonomy_term, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { type Role, can } from '@/lib/auth/permissions';
import { CLOSED_STATUSES } from '@/lib/leads/steps';
import { hasCompletedSocialMap } from '@/lib/training/queries';
import {
  EXPIRE_DAYS,
  OPEN_REFERRAL_STATUSES,
  REFERRAL_STATUSES,
  type ReferralCreateInput,
  type ReferralFilters,
  type ReferralStatus,
  type ReferralUpdateInput,
  canMove,
} from './schema-referrals';

/**
 * Closed-loop referrals: an ambassador or a staff member refers a resident to a service; the
 * status follows the resident (sent → in contact → helped / couldn't help / not interested), and
 * every change is a referral_events row (who, when, from, to, note) plus an audit entry.
 * Ambassadors refer only their own leads and only see and update their own referrals; staff with
 * 'referrals.update' see and update all of them.
 */

export interface Actor {
  id: string;
  role: Role;
  ambassadorId: string | null;
}

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

/** Creates a referral in one transaction: checks, the row, the first event and an audit entry. */
export async function createReferral(db: DbOrTx, actor: Actor, input: ReferralCreateInput, now = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    // Ambassadors refer only after the training on early signalling and the social map.
    if (actor.role === 'ambassador' && !(actor.ambassadorId && (await hasCompletedSocialMap(tx, actor.ambassadorId)))) {
      throw new ActionError('training.errors.socialMapRequired');
    }
    const [svc] = await tx
      .select({ id: service.id, status: service.status, orgStatus: organization.status })
      .from(service)
      .innerJoin(organization, eq(organization.id, service.organization_id))
      .where(eq(service.id, input.serviceId));
    if (!svc || svc.status !== 'active' || svc.orgStatus !== 'active') throw new ActionError('serviceUnavailable');

    let leadNeighbourhood: string | null = null;
    if (input.who === 'lead') {
      const ownerCheck: SQL | undefined =
        actor.role === 'ambassador'
          ? actor.ambassadorId
            ? ownFieldLead(actor.ambassadorId)
            : sql`false`
          : seesAllReferrals(actor.role)
            ? undefined
            : sql`false`;
      const [lead] = await tx
        .select({ id: leads.id, neighbourhoodId: leads.neighbourhoodId })
        .from(leads)
        .where(and(eq(leads.id, input.leadId!), sql`${leads.mergedIntoId} IS NULL`, ownerCheck));
      if (!lead) throw new ActionError('leadNotFound', { leadId: 'invalidChoice' });
      leadNeighbourhood = lead.neighbourhoodId;
    }

    let themeId = input.themeId;
    if (themeId) {
      const [t] = await tx.select({ id: taxonomy_term.id }).from(taxonomy_term).where(eq(taxonomy_term.id, themeId));
      if (!t) throw new ActionError('invalidForm', { themeId: 'invalidChoice' });
    } else {
      themeId = await defaultThemeId(tx, input.serviceId);
    }
    let wijkId = input.wijkId ?? leadNeighbourhood;
    if (input.wijkId) {
      const [w] = await tx.select({ id: neighbourhoods.id }).from(neighbourhoods).where(eq(neighbourhoods.id, input.wijkId));
      if (!w) throw new ActionError('invalidForm', { wijkId: 'invalidChoice' });
      wijkId = w.id;
    }

    const [row] = await tx
      .insert(referrals)
      .values({
        service_id: input.serviceId,
        lead_id: input.who === 'lead' ? input.leadId : null,
        first_name: input.who === 'person' ? input.firstName : null,
        phone: input.who === 'person' ? input.phone : null,
        consent_at: now,
        referred_by_user_id: actor.id,
        taxonomy_term_id: themeId,
        neighbourhood_id: wijkId,
        contact_preference: input.contactPreference,
        status: 'sent',
        last_update_at: now,
        created_at: now,
      })
      .returning({ id: referrals.id });
    await tx.insert(referralEvents).values({ referral_id: row!.id, from_status: null, to_status: 'sent', actor_user_id: actor.id, created_at: now });
    await audit(tx, {
      action: 'referral.created',
      actorUserId: actor.id,
      entityType: 'referral',
      entityId: row!.id,
      details: { serviceId: input.serviceId, withLead: input.who === 'lead', themeId: themeId ?? null },
    });
    return { id: row!.id };
  });
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

/**
 * A status change. Staff may change any referral, the referrer their own; the change must follow
 * REFERRAL_TRANSITIONS, "couldn't help" needs a reason, and the status must still be the one the
 * user saw (else `conflict`). The status compared is the one users see (derived expiry included);
 * a referral that had expired without it being stored gets its "expired" event first, so its
 * history reads as it always did.
 */
export async function updateReferralStatus(db: DbOrTx, actor: Actor, input: ReferralUpdateInput, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [r] = await tx
      .select({
        id: referrals.id,
        stored: referrals.status,
        status: effectiveStatus(now),
        expiredAt: effectiveLastUpdate(now),
        by: referrals.referred_by_user_id,
      })
      .from(referrals)
      .where(eq(referrals.id, input.referralId))
      .for('update');
    if (!r || (!seesAllReferrals(actor.role) && r.by !== actor.id)) throw new ActionError('notFound');
    if (r.status !== input.from) throw new ActionError('conflict');
    if (!canMove(r.status, input.to)) throw new ActionError('invalidTransition', { to: 'invalidChoice' });
    if (input.to === 'not_helped' && !input.note) throw new ActionError('reasonRequired', { note: 'required' });
    if (r.status === 'expired' && r.stored !== 'expired') {
      await tx.insert(referralEvents).values({ referral_id: r.id, from_status: r.stored, to_status: 'expired', actor_user_id: null, created_at: r.expiredAt });
    }
    const closing = input.to === 'not_helped' || input.to === 'not_interested';
    const updated = await tx
      .update(referrals)
      .set({ status: input.to, status_reason: closing ? input.note : null, last_update_at: now })
      .where(and(eq(referrals.id, r.id), eq(referrals.status, r.stored)))
      .returning({ id: referrals.id });
    if (!updated.length) throw new ActionError('conflict');
    await tx.insert(referralEvents).values({
      referral_id: r.id,
      from_status: input.from,
      to_status: input.to,
      actor_user_id: actor.id,
      note: input.note,
      created_at: now,
    });
    await audit(tx, { action: 'referral.updated', actorUserId: actor.id, entityType: 'referral', entityId: r.id, details: { from: input.from, to: input.to } });
  });
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows?: Record<string, unknown>[] }).rows ?? []);
}

const EXPIRE_MS = EXPIRE_DAYS * 24 * 3600 * 1000;

/**
 * Expiry is derived when reading, never written by a read: an open referral (sent, in contact)
 * without an update for EXPIRE_DAYS reads as "expired", from the moment its 30 days ran out.
 * `now` is a parameter (not SQL now()) so every query of one request agrees and tests can move time.
 */
function isStale(now: Date): SQL<boolean> {
  return sql<boolean>`(${referrals.status} IN ('sent', 'in_contact') AND ${referrals.last_update_at} < ${new Date(now.getTime() - EXPIRE_MS).toISOString()}::timestamptz)`;
}
/** The status as users see it: the stored one, or "expired" for a stale open referral. */
export function effectiveStatus(now: Date): SQL<ReferralStatus> {
  return sql<ReferralStatus>`(CASE WHEN ${isStale(now)} THEN 'expired'::referral_status ELSE ${referrals.status} END)`;
}
/** The last update as users see it: for a stale open referral, the moment it expired. */
function effectiveLastUpdate(now: Date): SQL<Date> {
  return sql`(CASE WHEN ${isStale(now)} THEN ${referrals.last_update_at} + interval '${sql.raw(String(EXPIRE_DAYS))} days' ELSE ${referrals.last_update_at} END)`.mapWith(
    referrals.last_update_at,
  ) as SQL<Date>;
}

/**
 * Persists derived expiry (the maintenance command, never a page): stale open referrals get the
 * stored status "expired", dated the moment their 30 days ran out (so what users see does not
 * change), with their events written by the same statement (a data-modifying CTE), plus one
 * audit entry. Returns the ids of the referrals it stored as expired.
 */
export async function expireStaleReferrals(db: DbOrTx, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - EXPIRE_MS).toISOString();
  return db.transaction(async (tx) => {
    const result = await tx.execute(sql`
      WITH stale AS (
        SELECT id, status, last_update_at + interval '${sql.raw(String(EXPIRE_DAYS))} days' AS expired_at FROM referrals
        WHERE status IN ('sent', 'in_contact') AND last_update_at < ${cutoff}::timestamptz
        FOR UPDATE SKIP LOCKED
      ), expired AS (
        UPDATE referrals r SET status = 'expired', last_update_at = stale.expired_at
        FROM stale WHERE r.id = stale.id
        RETURNING r.id, stale.status AS from_status, stale.expired_at
      )
      INSERT INTO referral_events (referral_id, from_status, to_status, actor_user_id, note, created_at)
      SELECT id, from_status, 'expired', NULL, NULL, expired_at FROM expired
      RETURNING referral_id`);
    const ids = rowsOf(result).map((r) => String(r.referral_id));
    if (ids.length) {
      await audit(tx, { action: 'referral.updated', actorUserId: null, entityType: 'referral', entityId: null, details: { to: 'expired', count: ids.length } });
    }
    return ids;
  });
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

/**
 * Opening a referral's page: the referral (as getReferral) plus an audit entry "referral.viewed"
 * with the referral's id only, since the page can show a resident's phone number. Read and audit
 * in one transaction; the only write a referral page does.
 */
export async function viewReferral(db: DbOrTx, actorUserId: string, id: string, scope: ReferralScope, now = new Date()): Promise<ReferralDetail | null> {
  return db.transaction(async (tx) => {
    const r = await getReferral(tx, id, scope, now);
    if (r) await audit(tx, { action: 'referral.viewed', actorUserId, entityType: 'referral', entityId: r.id });
    return r;
  });
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

export { OPEN_REFERRAL_STATUSES };
