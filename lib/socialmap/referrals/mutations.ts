import 'server-only';
import { type SQL, and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '@/db/client';
import { leads, neighbourhoods, organization, referralEvents, referrals, service, taxonomy_term } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import type { Role } from '@/lib/auth/permissions';
import { hasCompletedSocialMap } from '@/lib/training/queries';
import { enqueueReferralNotice } from './respond';
import { EXPIRE_DAYS, OPEN_REFERRAL_STATUSES, type ReferralCreateInput, type ReferralUpdateInput, canMove } from './schema';
import { EXPIRE_MS, type ReferralDetail, type ReferralScope, defaultThemeId, effectiveLastUpdate, effectiveStatus, getReferral, ownFieldLead, seesAllReferrals } from './queries';

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
    await enqueueReferralNotice(tx, row!.id, input.serviceId, now);
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
    const ids = rowsOf<{ referral_id: string }>(result).map((r) => String(r.referral_id));
    if (ids.length) {
      await audit(tx, { action: 'referral.updated', actorUserId: null, entityType: 'referral', entityId: null, details: { to: 'expired', count: ids.length } });
    }
    return ids;
  });
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

export { OPEN_REFERRAL_STATUSES };
