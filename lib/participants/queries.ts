import 'server-only';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { leads, participantReferralLinks, participantReferrals } from '@/db/schema';

/** A participant's active link (code) and how many sign-ups (not merged) came through it. */
export async function participantLink(db: DbOrTx, leadId: string): Promise<{ code: string; signups: number } | null> {
  const [link] = await db
    .select({ code: participantReferralLinks.code })
    .from(participantReferralLinks)
    .where(and(eq(participantReferralLinks.leadId, leadId), isNull(participantReferralLinks.revokedAt)))
    .limit(1);
  if (!link) return null;
  return { code: link.code, signups: await participantSignups(db, leadId) };
}

export async function participantSignups(db: DbOrTx, participantLeadId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(participantReferrals)
    .innerJoin(leads, eq(leads.id, participantReferrals.leadId))
    .where(and(eq(participantReferrals.participantLeadId, participantLeadId), isNull(leads.mergedIntoId)));
  return row!.n;
}

/** The participant who brought this lead in, if it came "via a participant". */
export async function viaParticipant(db: DbOrTx, leadId: string): Promise<{ participantLeadId: string; participantName: string } | null> {
  const [row] = await db
    .select({ participantLeadId: participantReferrals.participantLeadId, participantName: leads.name })
    .from(participantReferrals)
    .innerJoin(leads, eq(leads.id, participantReferrals.participantLeadId))
    .where(eq(participantReferrals.leadId, leadId))
    .limit(1);
  return row ?? null;
}
