import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ambassadors } from '@/db/schema';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { SIGNUP_CONSENT_VERSION } from './consent';
import { createLead } from '@/lib/leads/create';
import { activeParticipantLink, creditParticipant } from '@/lib/participants/mutations';
import type { SignupInput } from './schema';

export type SignupOutcome = { kind: 'created'; leadId: string } | { kind: 'repeat'; leadId: string } | { kind: 'ignored' };

/**
 * Stores a public sign-up. A phone number that already has an open lead adds a history entry
 * to that lead instead of a second lead (`createLead` with the `repeat` rule). Runs in one
 * transaction, serialised per phone number.
 */
export async function submitSignup(db: Db, input: SignupInput, ctx: { ipHash?: string } = {}): Promise<SignupOutcome> {
  if (input.website && input.website.trim() !== '') return { kind: 'ignored' };

  return db.transaction(async (tx) => {
    let ambassadorId: string | null = null;
    if (input.ref) {
      const [a] = await tx
        .select({ id: ambassadors.id })
        .from(ambassadors)
        // A stopped ambassador or a deactivated account no longer attributes; the sign-up itself goes on.
        .where(and(eq(ambassadors.referralCode, input.ref), ambassadorActiveSql()))
        .limit(1);
      ambassadorId = a?.id ?? null;
    }
    // Not an ambassador's code: perhaps a participant's personal link ("via a participant").
    const participantLink = ambassadorId ? null : await activeParticipantLink(tx, input.ref);

    // The outcome stays on the server: the page thanks the person the same way either way, so an
    // ambassador sharing their ?ref= link cannot learn whether a number was already known.
    const out = await createLead(
      tx,
      {
        name: input.name,
        phone: input.phone,
        email: input.email,
        language: input.language,
        neighbourhood: input.neighbourhood,
        forWhom: input.forWhom,
        escortRequested: input.escort,
        meta: { ref: input.ref, attributed: ambassadorId !== null },
      },
      {
        source: 'public',
        duplicate: 'repeat',
        ipHash: ctx.ipHash,
        attribution: { recruitedByAmbassadorId: ambassadorId, referralCode: input.ref, ...(participantLink ? { channel: 'participant' as const } : {}) },
        consentVersion: SIGNUP_CONSENT_VERSION,
      },
    );
    if (out.kind === 'repeat') return out;
    if (participantLink) await creditParticipant(tx, participantLink, out.leadId);
    return { kind: 'created', leadId: out.leadId };
  });
}
