import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, trainingAttendance, trainingCertificates, trainingModules, trainingSessions, users } from '@/db/schema';
import { addDays, todayLocal } from '../../lib/dates';
import { newVerificationCode } from '../../lib/training/code';
import { DEFAULT_MODULES, SOCIAL_MAP_MODULE_KEY } from '../../lib/training/modules';

/** The base training before the start on 11 January 2010: one session per topic. */
const BASE_START = '2009-11-30';
const ROOM = 'Stadhuis Zoetermeer, zaal 3';
const TRAINER = 'Coachingsbureau (Ellen Vos)';
/** Two ambassadors (by their place in the demo list) missed the assertiveness training: not yet certified. */
const MISSED_ASSERTIVENESS = [18, 19];

/**
 * Demo training: the fourteen default modules; the base training of winter 2009–2010 attended by
 * the whole first group (two missed assertiveness), certificates for everyone who completed the
 * required modules; the extra social-map training of October 2010 for the first fourteen
 * ambassadors (the demo ambassador accounts among them, so they can refer); and two sessions
 * ahead: the social map (for those who still need it) and assertiveness (for the two who missed it).
 * Call after the ambassadors and accounts are seeded.
 */
export async function seedTraining(tx: DbOrTx, now: Date): Promise<void> {
  const modules = await tx
    .insert(trainingModules)
    .values(DEFAULT_MODULES.map((m, i) => ({ ...m, position: i + 1 })))
    .returning({ id: trainingModules.id, key: trainingModules.key });
  const moduleId = (key: string) => modules.find((m) => m.key === key)!.id;
  const corps = await tx.select({ id: ambassadors.id, name: ambassadors.displayName }).from(ambassadors).orderBy(asc(ambassadors.referralCode));
  const [coordinator] = await tx.select({ id: users.id }).from(users).where(eq(users.email, 'coordinator@wijkwerf.test'));
  const by = coordinator?.id ?? null;

  const base = DEFAULT_MODULES.filter((m) => m.key !== SOCIAL_MAP_MODULE_KEY);
  const baseSessions = await tx
    .insert(trainingSessions)
    .values(
      base.map((m, i) => ({
        moduleId: moduleId(m.key),
        date: addDays(BASE_START, i * 2 + (i >= 10 ? 14 : 0)),
        dagdeel: i % 2 ? ('afternoon' as const) : ('morning' as const),
        room: ROOM,
        trainer: TRAINER,
        createdByUserId: by,
      })),
    )
    .returning({ id: trainingSessions.id, moduleId: trainingSessions.moduleId, date: trainingSessions.date });
  const socialMap = await tx
    .insert(trainingSessions)
    .values([
      { moduleId: moduleId(SOCIAL_MAP_MODULE_KEY), date: '2010-10-05', dagdeel: 'morning' as const, room: 'Buurthuis Meerzicht', trainer: 'Sociaal team Meerzicht', createdByUserId: by },
      { moduleId: moduleId(SOCIAL_MAP_MODULE_KEY), date: '2010-10-12', dagdeel: 'afternoon' as const, room: 'Buurthuis Meerzicht', trainer: 'Sociaal team Meerzicht', createdByUserId: by },
    ])
    .returning({ id: trainingSessions.id });
  const today = todayLocal(now);
  await tx.insert(trainingSessions).values([
    { moduleId: moduleId(SOCIAL_MAP_MODULE_KEY), date: addDays(today, 14), dagdeel: 'morning', room: 'Buurthuis Meerzicht', trainer: 'Sociaal team Meerzicht', createdByUserId: by },
    { moduleId: moduleId('assertiveness'), date: addDays(today, 21), dagdeel: 'afternoon', room: ROOM, trainer: TRAINER, createdByUserId: by },
  ]);

  const assertiveness = moduleId('assertiveness');
  const recordedAt = (date: string) => new Date(`${date}T16:00:00Z`);
  const marks = baseSessions.flatMap((s) =>
    corps.map((a, i) => ({
      sessionId: s.id,
      ambassadorId: a.id,
      attended: !(s.moduleId === assertiveness && MISSED_ASSERTIVENESS.includes(i)),
      recordedByUserId: by,
      recordedAt: recordedAt(s.date),
    })),
  );
  const socialMarks = corps.slice(0, 14).map((a, i) => ({
    sessionId: i < 11 ? socialMap[0]!.id : socialMap[1]!.id,
    ambassadorId: a.id,
    attended: true,
    recordedByUserId: by,
    recordedAt: recordedAt(i < 11 ? '2010-10-05' : '2010-10-12'),
  }));
  // Two were absent the first time and came to the second session.
  const absentFirst = corps.slice(11, 13).map((a) => ({ sessionId: socialMap[0]!.id, ambassadorId: a.id, attended: false, recordedByUserId: by, recordedAt: recordedAt('2010-10-05') }));
  await tx.insert(trainingAttendance).values([...marks, ...socialMarks, ...absentFirst]);

  const lastBase = baseSessions.map((s) => s.date).sort().at(-1)!;
  const certified = corps.filter((_, i) => !MISSED_ASSERTIVENESS.includes(i));
  await tx.insert(trainingCertificates).values(
    certified.map((a) => ({ ambassadorId: a.id, code: newVerificationCode(), holderName: a.name, issuedOn: lastBase, issuedByUserId: by, createdAt: recordedAt(lastBase) })),
  );
}
