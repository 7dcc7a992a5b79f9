import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { trainingModules } from '@/db/schema';
import { addDays, todayLocal } from '@/lib/dates';
import { SOCIAL_MAP_MODULE_KEY } from './modules';
import { addDefaultModules, createSession, recordAttendance } from './mutations';

/** For tests: the default modules, and a past social-map session the ambassadors attended. */
export async function completeSocialMapTraining(db: DbOrTx, userId: string, ambassadorIds: string[]): Promise<void> {
  await addDefaultModules(db, null);
  const [m] = await db.select({ id: trainingModules.id }).from(trainingModules).where(eq(trainingModules.key, SOCIAL_MAP_MODULE_KEY));
  const sessionId = await createSession(db, userId, { moduleId: m!.id, date: addDays(todayLocal(), -7), dagdeel: 'morning', room: 'Zaal 1', trainer: 'Trainer' });
  await recordAttendance(db, userId, { sessionId, marks: new Map(ambassadorIds.map((id) => [id, 'present' as const])) });
}
