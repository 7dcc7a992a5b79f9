import 'server-only';
import type { DbOrTx } from '@/db/client';
import { stepNames } from '@/db/schema';
import { audit } from '@/lib/audit';
import { ALL_STATUSES } from '@/lib/leads/journey/steps';

/** Stores the administrator's names for every step in Dutch and English (replacing earlier ones). */
export async function saveStepNames(db: DbOrTx, actorUserId: string, names: Record<string, string>) {
  await db.transaction(async (tx) => {
    await tx.delete(stepNames);
    await tx.insert(stepNames).values(
      ALL_STATUSES.flatMap((s) => [
        { status: s, locale: 'nl', name: names[`nl_${s}`]! },
        { status: s, locale: 'en', name: names[`en_${s}`]! },
      ]),
    );
    await audit(tx, { action: 'settings.updated', actorUserId, details: { setting: 'step_names' } });
  });
}
