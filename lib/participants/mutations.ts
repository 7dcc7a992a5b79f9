import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { leads, participantReferralLinks, participantReferrals } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { PARTICIPANT_CODE, PARTICIPANT_STATUSES } from './schema';

/** Crockford base32 without I, L, O, U: easy to read aloud and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newParticipantCode(): string {
  let code = 'D';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * Gives a participant (a lead at "started" or "completed", not merged) a referral link, or gives
 * back the one they have; a revoked link is replaced by a new code. Audited by ids only.
 */
export async function giveParticipantLink(db: DbOrTx, actorUserId: string, leadId: string, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const [lead] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.id, leadId), isNull(leads.mergedIntoId), inArray(leads.status, [...PARTICIPANT_STATUSES])))
      .for('update')
      .limit(1);
    if (!lead) throw new ActionError('lead.errors.participantNotStarted');
    const [existing] = await tx.select().from(participantReferralLinks).where(eq(participantReferralLinks.leadId, leadId)).limit(1);
    if (existing && !existing.revokedAt) return existing.code;
    const code = newParticipantCode();
    if (existing) {
      await tx.update(participantReferralLinks).set({ code, revokedAt: null, createdAt: now, createdByUserId: actorUserId }).where(eq(participantReferralLinks.id, existing.id));
    } else {
      await tx.insert(participantReferralLinks).values({ leadId, code, createdByUserId: actorUserId, createdAt: now });
    }
    await audit(tx, { action: 'participant.link_given', actorUserId, entityType: 'lead', entityId: leadId });
    return code;
  });
}

/** Stops a participant's link at once: sign-ups with its code are no longer credited. */
export async function revokeParticipantLink(db: DbOrTx, actorUserId: string, leadId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(participantReferralLinks)
      .set({ revokedAt: now })
      .where(and(eq(participantReferralLinks.leadId, leadId), isNull(participantReferralLinks.revokedAt)))
      .returning({ id: participantReferralLinks.id });
    if (!rows.length) throw new ActionError('lead.errors.participantNoLink');
    await audit(tx, { action: 'participant.link_revoked', actorUserId, entityType: 'lead', entityId: leadId });
  });
}

/** A participant's link that still credits sign-ups, by the code in a sign-up's `ref`; else null. */
export async function activeParticipantLink(tx: Tx, code: string | null | undefined): Promise<{ id: string; participantLeadId: string } | null> {
  if (!code || !PARTICIPANT_CODE.test(code)) return null;
  const [link] = await tx
    .select({ id: participantReferralLinks.id, participantLeadId: participantReferralLinks.leadId })
    .from(participantReferralLinks)
    .where(and(eq(participantReferralLinks.code, code), isNull(participantReferralLinks.revokedAt)))
    .limit(1);
  return link ?? null;
}

/**
 * Records that a new lead from a public sign-up came through a participant's link (inside the
 * sign-up's transaction; the lead was created with channel "participant"). The participant
 * signing up themself is not credited. Returns whether it was.
 */
export async function creditParticipant(tx: Tx, link: { id: string; participantLeadId: string }, newLeadId: string): Promise<boolean> {
  if (link.participantLeadId === newLeadId) return false;
  await tx.insert(participantReferrals).values({ leadId: newLeadId, participantLeadId: link.participantLeadId, linkId: link.id }).onConflictDoNothing();
  return true;
}
