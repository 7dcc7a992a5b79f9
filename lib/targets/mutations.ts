import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { ambassadorTargets, ambassadors, targetPeriods } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { parsePeriod, type PersonalTargetInput } from './schema';

/**
 * Creates a period with a group target. Validates the raw form input itself (so the form shows
 * this feature's own messages, e.g. "the end must be after the start") and stores nothing on error.
 */
export async function createPeriod(db: DbOrTx, actorUserId: string | null, raw: unknown): Promise<string> {
  const parsed = parsePeriod(raw);
  if (!parsed.ok) throw new ActionError('invalidForm', parsed.fieldErrors);
  const input = parsed.data;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(targetPeriods)
      .values({
        name: input.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        groupTarget: input.groupTarget,
        channel: input.channel,
        pairRule: input.pairRule,
      })
      .returning({ id: targetPeriods.id });
    await audit(tx, {
      action: 'target.period_created',
      actorUserId,
      entityType: 'target',
      entityId: row!.id,
      details: { startsOn: input.startsOn, endsOn: input.endsOn, groupTarget: input.groupTarget, channel: input.channel, pairRule: input.pairRule },
    });
    return row!.id;
  });
}

/**
 * Sets an active ambassador's personal target for a period (an override of the equal split), or
 * clears it so the ambassador returns to the equal split.
 */
export async function setPersonalTarget(db: Db, actorUserId: string | null, input: PersonalTargetInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [period] = await tx.select({ id: targetPeriods.id }).from(targetPeriods).where(eq(targetPeriods.id, input.periodId)).limit(1);
    if (!period) throw new ActionError('targets.errors.notFound');
    const [amb] = await tx
      .select({ status: ambassadors.status })
      .from(ambassadors)
      .where(eq(ambassadors.id, input.ambassadorId))
      .limit(1);
    if (!amb) throw new ActionError('targets.errors.notFound');
    const where = and(eq(ambassadorTargets.periodId, input.periodId), eq(ambassadorTargets.ambassadorId, input.ambassadorId));
    if (input.intent === 'clear') {
      const removed = await tx.delete(ambassadorTargets).where(where).returning({ target: ambassadorTargets.target });
      if (!removed.length) return; // already on the equal split: nothing to record
    } else {
      if (amb.status !== 'active') throw new ActionError('targets.errors.notActive');
      await tx
        .insert(ambassadorTargets)
        .values({ periodId: input.periodId, ambassadorId: input.ambassadorId, target: input.target })
        .onConflictDoUpdate({ target: [ambassadorTargets.periodId, ambassadorTargets.ambassadorId], set: { target: input.target } });
    }
    await audit(tx, {
      action: 'target.updated',
      actorUserId,
      entityType: 'target',
      entityId: input.periodId,
      details: { ambassadorId: input.ambassadorId, target: input.intent === 'set' ? input.target : null, cleared: input.intent === 'clear' },
    });
  });
}
