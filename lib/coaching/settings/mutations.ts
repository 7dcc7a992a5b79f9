import 'server-only';
import type { DbOrTx } from '@/db/client';
import { coachingSettings } from '@/db/schema';
import { audit } from '@/lib/audit';
import { SETTINGS_ID } from './queries';
import type { CoachingSettings } from './schema';

/** Saves the coaching settings (one row) and records who changed them. */
export async function saveCoachingSettings(db: DbOrTx, actorUserId: string, input: CoachingSettings): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(coachingSettings)
      .values({ id: SETTINGS_ID, ...input })
      .onConflictDoUpdate({ target: coachingSettings.id, set: { ...input, updatedAt: new Date() } });
    await audit(tx, { action: 'settings.updated', actorUserId, details: { setting: 'coaching', ...input } });
  });
}
