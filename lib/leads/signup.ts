import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ambassadors, leadEvents, leads, neighbourhoods } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { ambassadorActiveSql } from '@/lib/field/active';
import { SIGNUP_CONSENT_VERSION } from './consent';
import type { SignupInput } from './schema';
import { CLOSED_STATUSES } from './steps';

export type SignupOutcome = { kind: 'created'; leadId: string } | { kind: 'repeat'; leadId: string } | { kind: 'ignored' };

/**
 * Stores a public sign-up. A phone number that already has an open lead adds a history entry
 * to that lead instead of a second lead. Runs in one transaction, serialised per phone number.
 */
export async function submitSignup(db: Db, input: SignupInput, ctx: { ipHash?: string } = {}): Promise<SignupOutcome> {
  if (input.website && input.website.trim() !== '') return { kind: 'ignored' };

  return db.transaction(async (tx) => {
    let neighbourhoodId: string | null = null;
    if (input.neighbourhood !== 'other') {
      const [n] = await tx
        .select({ id: neighbourhoods.id })
        .from(neighbourhoods)
        .where(eq(neighbourhoods.code, input.neighbourhood))
        .limit(1);
      if (!n) throw new ActionError('invalidForm', { neighbourhood: 'invalidChoice' });
      neighbourhoodId = n.id;
    }

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

    // Serialise sign-ups for the same number so two concurrent ones cannot create two leads.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`lead-phone:${input.phone}`}))`);

    const [open] = await tx
      .select({ id: leads.id })
      .from(leads)
      .where(and(eq(leads.phone, input.phone), notInArray(leads.status, [...CLOSED_STATUSES])))
      .orderBy(leads.createdAt)
      .limit(1);

    const meta = { source: 'public', ref: input.ref, attributed: ambassadorId !== null };
    if (open) {
      await tx.insert(leadEvents).values({ leadId: open.id, kind: 'repeat_signup', meta });
      await tx.update(leads).set({ updatedAt: new Date() }).where(eq(leads.id, open.id));
      await audit(tx, { action: 'lead.repeat_signup', entityType: 'lead', entityId: open.id, ipHash: ctx.ipHash });
      return { kind: 'repeat', leadId: open.id };
    }

    const [lead] = await tx
      .insert(leads)
      .values({
        name: input.name,
        phone: input.phone,
        email: input.email,
        preferredLanguage: input.language,
        neighbourhoodId,
        forWhom: input.forWhom,
        source: 'public',
        recruitedByAmbassadorId: ambassadorId,
        referralCode: input.ref,
        consentAt: new Date(),
        consentVersion: SIGNUP_CONSENT_VERSION,
      })
      .returning({ id: leads.id });
    await tx.insert(leadEvents).values({ leadId: lead!.id, kind: 'created', toStatus: 'new', meta });
    await audit(tx, { action: 'lead.created', entityType: 'lead', entityId: lead!.id, ipHash: ctx.ipHash });
    return { kind: 'created', leadId: lead!.id };
  });
}
