import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ambassadors } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import type { HitResult } from '@/lib/ratelimit';
import { ambassadorActiveSql } from '@/lib/ambassadors/eligibility';
import { SIGNUP_CONSENT_VERSION } from './consent';
import { countSignup } from './flood';
import { createLead } from '@/lib/leads/create';
import { activeParticipantLink, creditParticipant } from '@/lib/participants/mutations';
import type { SignupInput } from './schema';

export type SignupOutcome = { kind: 'created'; leadId: string } | { kind: 'repeat'; leadId: string } | { kind: 'ignored' };

/**
 * A public sign-up as the form sends it, the one handler of the server action (with JavaScript)
 * and of the plain post (app/[locale]/(public)/aanmelden, without): counted against the sender's
 * flood limit (once per request, whatever path it was posted to), then stored by `submitSignup`.
 * Past the limit nothing is stored: `ActionError('rateLimited')`, after `onRefused` has been told
 * how long to wait (the plain post's 429 page says so).
 */
export async function signUp(db: Db, input: SignupInput, ipHash: string, onRefused?: (hit: HitResult) => void): Promise<SignupOutcome> {
  const hit = await countSignup(db, ipHash);
  if (!hit.allowed) {
    onRefused?.(hit);
    throw new ActionError('rateLimited');
  }
  return submitSignup(db, input, { ipHash });
}

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
