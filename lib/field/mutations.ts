import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, shiftAssignments } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { createLead } from '@/lib/leads/create';
import { isAmbassadorActive } from '@/lib/ambassadors/eligibility';
import { dagdeelAt } from '@/lib/dagdelen';
import { FIELD_CONSENT_VERSION } from './constants';
import type { FieldContactInput } from './schema';

/**
 * The ambassador's partner on the shift they work right now: another ambassador assigned to the
 * same shift, whose date is today in Amsterdam and whose dagdeel is the current one. With more
 * than one, the earliest assigned (then the lowest id) who is not marked absent wins, so the
 * choice is the same every time.
 */
export async function partnerOnShiftNow(
  db: DbOrTx,
  ambassadorId: string,
  now: Date,
): Promise<{ id: string; name: string } | null> {
  const { date, dagdeel } = dagdeelAt(now);
  if (!dagdeel) return null;
  const [mine] = await db
    .select({ shiftId: shiftAssignments.shiftId })
    .from(shiftAssignments)
    .where(and(eq(shiftAssignments.ambassadorId, ambassadorId), eq(shiftAssignments.date, date), eq(shiftAssignments.dagdeel, dagdeel)))
    .limit(1);
  if (!mine) return null;
  const [partner] = await db
    .select({ id: ambassadors.id, name: ambassadors.displayName })
    .from(shiftAssignments)
    .innerJoin(ambassadors, eq(shiftAssignments.ambassadorId, ambassadors.id))
    .where(and(eq(shiftAssignments.shiftId, mine.shiftId), ne(shiftAssignments.ambassadorId, ambassadorId)))
    .orderBy(
      sql`${shiftAssignments.attended} is false`,
      asc(shiftAssignments.createdAt),
      asc(shiftAssignments.ambassadorId),
    )
    .limit(1);
  return partner ?? null;
}

export interface FieldContactResult {
  leadId: string;
  partner: { id: string; name: string } | null;
  /** Another open, unmerged lead has the same number: staff see both flagged in their list. */
  possibleDuplicate: boolean;
}

/**
 * Stores a contact an ambassador registered in the field: a lead with source "ambassador",
 * attributed to the ambassador and, when they are on a shift right now, to their shift partner;
 * consent as confirmed by the ambassador now. A number that already has an open lead still gets
 * a new lead (`createLead` with the `flag` rule: staff see it flagged as a possible duplicate and
 * may merge). One transaction with the "created" event and an audit entry holding no personal data.
 */
export async function registerFieldContact(
  db: DbOrTx,
  actor: { userId: string; ambassadorId: string },
  input: FieldContactInput,
  opts: { now?: Date } = {},
): Promise<FieldContactResult> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    // A stopped ambassador (or one whose account was deactivated) no longer registers contacts.
    if (!(await isAmbassadorActive(tx, actor.ambassadorId))) throw new ActionError('fieldContact.errors.notActive');
    const partner = await partnerOnShiftNow(tx, actor.ambassadorId, now);
    const out = await createLead(
      tx,
      { name: input.name, phone: input.phone, language: input.language, neighbourhood: input.neighbourhood, wants: input.wants },
      {
        source: 'ambassador',
        duplicate: 'flag',
        actorUserId: actor.userId,
        attribution: { recruitedByAmbassadorId: actor.ambassadorId, partnerAmbassadorId: partner?.id ?? null },
        consentVersion: FIELD_CONSENT_VERSION,
        auditDetails: { partner: partner !== null },
        now,
      },
    );
    return { leadId: out.leadId, partner, possibleDuplicate: out.possibleDuplicate };
  });
}
