import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { leads, referralEvents, referrals, service, usedSignedLinks } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { linkHash, signLink, verifyLink } from '@/lib/notifications/links';
import { enqueue, firstName } from '@/lib/notifications/outbox';
import { effectiveStatus } from './queries';

/**
 * The organisation's side of a referral, without a login: the referral notice (an e-mail to the
 * service's referral address, written with the referral) holds a signed link, single-purpose
 * ('referral-response') and valid RESPONSE_LINK_DAYS, to `/verwijzing/<token>`. There the
 * organisation sees the resident's first name, phone and preferred way of contact, and confirms
 * contact (→ in contact) or declines (→ couldn't help); the link then stops working.
 */
export const RESPONSE_LINK_DAYS = 14;
const DAY = 24 * 3600 * 1000;

/** In createReferral's transaction: the notice to the service's referral address, if it has one. */
export async function enqueueReferralNotice(tx: Tx, referralId: string, serviceId: string, now: Date): Promise<void> {
  const [svc] = await tx.select({ name: service.name, to: service.referral_email }).from(service).where(eq(service.id, serviceId));
  if (!svc?.to) return;
  const expiresAt = new Date(now.getTime() + RESPONSE_LINK_DAYS * DAY);
  const token = signLink('referral-response', referralId, expiresAt);
  await enqueue(tx, { address: svc.to, locale: 'nl' }, {
    template: 'referralNotice',
    params: { service: svc.name, path: `/verwijzing/${token}`, expires: expiresAt.toISOString() },
  });
}

export type ReferralResponseView =
  | { status: 'invalid' }
  | { status: 'answered'; service: string }
  | { status: 'open'; service: string; firstName: string; phone: string; preference: string };

async function usable(tx: DbOrTx, token: string, now: Date): Promise<string | null> {
  const check = verifyLink('referral-response', token, now);
  if (!check.ok) return null;
  const [used] = await tx.select({ hash: usedSignedLinks.hash }).from(usedSignedLinks).where(eq(usedSignedLinks.hash, linkHash(token)));
  return used ? null : check.id;
}

/** The page behind the link: the referral's contact details while it is open, audited as a view. */
export async function openReferralResponse(db: DbOrTx, token: string, now = new Date()): Promise<ReferralResponseView> {
  return db.transaction(async (tx) => {
    const id = await usable(tx, token, now);
    if (!id) return { status: 'invalid' };
    const [r] = await tx
      .select({
        id: referrals.id,
        status: effectiveStatus(now),
        service: service.name,
        firstName: referrals.first_name,
        phone: referrals.phone,
        leadName: leads.name,
        leadPhone: leads.phone,
        preference: referrals.contact_preference,
      })
      .from(referrals)
      .innerJoin(service, eq(service.id, referrals.service_id))
      .leftJoin(leads, eq(leads.id, referrals.lead_id))
      .where(eq(referrals.id, id));
    if (!r) return { status: 'invalid' };
    if (r.status !== 'sent') return { status: 'answered', service: r.service };
    await audit(tx, { action: 'referral.viewed', actorUserId: null, entityType: 'referral', entityId: r.id, details: { via: 'signed_link' } });
    return {
      status: 'open',
      service: r.service,
      firstName: r.firstName ?? firstName(r.leadName ?? ''),
      phone: r.phone ?? r.leadPhone ?? '',
      preference: r.preference,
    };
  });
}

/**
 * The organisation's answer: `contacted` → in contact, `declined` → couldn't help (with its
 * reason, if given). Refused (`notifications.errors.invalidLink`) when the link is forged, expired,
 * used, or the referral is no longer waiting for contact.
 */
export async function respondToReferral(db: DbOrTx, input: { token: string; answer: 'contacted' | 'declined'; reason: string | null }, now = new Date()): Promise<'contacted' | 'declined'> {
  return db.transaction(async (tx) => {
    const id = await usable(tx, input.token, now);
    if (!id) throw new ActionError('notifications.errors.invalidLink');
    const [r] = await tx.select({ id: referrals.id, stored: referrals.status, status: effectiveStatus(now) }).from(referrals).where(eq(referrals.id, id)).for('update');
    if (!r || r.status !== 'sent') throw new ActionError('notifications.errors.invalidLink');
    const used = await tx.insert(usedSignedLinks).values({ hash: linkHash(input.token), used_at: now }).onConflictDoNothing().returning({ hash: usedSignedLinks.hash });
    if (!used.length) throw new ActionError('notifications.errors.invalidLink');
    const to = input.answer === 'contacted' ? 'in_contact' : 'not_helped';
    await tx
      .update(referrals)
      .set({ status: to, status_reason: to === 'not_helped' ? input.reason : null, last_update_at: now })
      .where(eq(referrals.id, r.id));
    await tx.insert(referralEvents).values({ referral_id: r.id, from_status: 'sent', to_status: to, actor_user_id: null, note: input.reason, created_at: now });
    await audit(tx, { action: 'referral.responded', actorUserId: null, entityType: 'referral', entityId: r.id, details: { to } });
    return input.answer;
  });
}
