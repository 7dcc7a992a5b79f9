import 'server-only';
import { and, eq, inArray, isNull, max, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadors, trainingAttendance, trainingCertificates, trainingModules, trainingSessions } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import { canMarkAttendance } from '@/lib/dagdelen';
import { newVerificationCode } from './code';
import { ambassadorUsers, enqueue } from '@/lib/notifications/outbox';
import { DEFAULT_MODULES } from './modules';
import { ambassadorProgress, completedModuleSql } from './queries';
import type { AttendanceInput, ModuleInput, SessionInput } from './schema';

/**
 * Writes of the training, each in one transaction with its audit entry (ids only). A certificate
 * is issued automatically when recorded attendance completes an ambassador's required modules
 * (once: after a revocation only the coordinator issues a new one).
 */

/** Creates or edits a module; a new one goes last. Returns its id. */
export async function saveModule(db: DbOrTx, userId: string, input: ModuleInput): Promise<string> {
  return db.transaction(async (tx) => {
    const values = {
      nameNl: input.nameNl,
      nameEn: input.nameEn,
      descriptionNl: input.descriptionNl,
      descriptionEn: input.descriptionEn,
      required: input.required,
      active: input.active,
    };
    let id: string;
    if (input.moduleId) {
      const [row] = await tx.update(trainingModules).set(values).where(eq(trainingModules.id, input.moduleId)).returning({ id: trainingModules.id });
      if (!row) throw new ActionError('training.errors.notFound');
      id = row.id;
    } else {
      const [last] = await tx.select({ n: max(trainingModules.position) }).from(trainingModules);
      const [row] = await tx
        .insert(trainingModules)
        .values({ ...values, position: (last?.n ?? 0) + 1 })
        .returning({ id: trainingModules.id });
      id = row!.id;
    }
    await audit(tx, { action: 'training.module_saved', actorUserId: userId, entityType: 'training_module', entityId: id, details: { created: !input.moduleId } });
    return id;
  });
}

/** Adds the default modules that are missing (by key). Returns how many were added. */
export async function addDefaultModules(db: DbOrTx, userId: string | null): Promise<number> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .insert(trainingModules)
      .values(DEFAULT_MODULES.map((m, i) => ({ ...m, position: i + 1 })))
      .onConflictDoNothing({ target: trainingModules.key })
      .returning({ id: trainingModules.id });
    if (userId && rows.length) await audit(tx, { action: 'training.module_saved', actorUserId: userId, entityType: 'training_module', details: { defaultsAdded: rows.length } });
    return rows.length;
  });
}

/** Plans a session of an active module. Returns its id. */
export async function createSession(db: DbOrTx, userId: string, input: SessionInput): Promise<string> {
  return db.transaction(async (tx) => {
    const [m] = await tx
      .select({ active: trainingModules.active, nameNl: trainingModules.nameNl, nameEn: trainingModules.nameEn })
      .from(trainingModules)
      .where(eq(trainingModules.id, input.moduleId));
    if (!m) throw new ActionError('training.errors.notFound', { moduleId: 'invalidChoice' });
    if (!m.active) throw new ActionError('training.errors.moduleInactive', { moduleId: 'invalidChoice' });
    const [row] = await tx
      .insert(trainingSessions)
      .values({ moduleId: input.moduleId, date: input.date, dagdeel: input.dagdeel, room: input.room, trainer: input.trainer, createdByUserId: userId })
      .returning({ id: trainingSessions.id });
    await audit(tx, { action: 'training.session_created', actorUserId: userId, entityType: 'training_session', entityId: row!.id });
    // The active ambassadors and those in training who have not done this module yet hear of it.
    const who = await tx
      .select({ id: ambassadors.id })
      .from(ambassadors)
      .where(and(inArray(ambassadors.status, ['active', 'training']), sql`NOT ${completedModuleSql(ambassadors.id, sql`${input.moduleId}::uuid`)}`));
    const to = await ambassadorUsers(tx, who.map((a) => a.id));
    await enqueue(tx, to.map((u) => ({ userId: u.userId })), {
      template: 'trainingSession',
      params: { module: m.nameNl, moduleEn: m.nameEn, date: input.date, dagdeel: input.dagdeel, room: input.room, path: '/ambassador/training' },
      dedupeKey: `training-session:${row!.id}`,
    });
    return row!.id;
  });
}

/**
 * Records the attendance list of a session (once it has started): present, absent, or not
 * recorded (removes a mark). Only ambassadors who are not stopped, or who already have a mark on
 * this session, can be on it. Issues the certificates this completes. Returns how many were issued.
 */
export async function recordAttendance(db: DbOrTx, userId: string, input: AttendanceInput, now = new Date()): Promise<{ issued: number }> {
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: trainingSessions.id, date: trainingSessions.date, dagdeel: trainingSessions.dagdeel })
      .from(trainingSessions)
      .where(eq(trainingSessions.id, input.sessionId))
      .for('update');
    if (!session) throw new ActionError('training.errors.notFound');
    if (!canMarkAttendance(session.date, session.dagdeel, now)) throw new ActionError('training.errors.notYet');
    const ids = [...input.marks.keys()];
    if (!ids.length) return { issued: 0 };

    const allowed = await tx
      .select({ id: ambassadors.id })
      .from(ambassadors)
      .leftJoin(trainingAttendance, and(eq(trainingAttendance.ambassadorId, ambassadors.id), eq(trainingAttendance.sessionId, session.id)))
      .where(and(inArray(ambassadors.id, ids), or(ne(ambassadors.status, 'stopped'), sql`${trainingAttendance.sessionId} IS NOT NULL`)));
    if (allowed.length !== ids.length) throw new ActionError('training.errors.notOnList');

    for (const [ambassadorId, mark] of input.marks) {
      if (mark === 'none') {
        await tx.delete(trainingAttendance).where(and(eq(trainingAttendance.sessionId, session.id), eq(trainingAttendance.ambassadorId, ambassadorId)));
        continue;
      }
      await tx
        .insert(trainingAttendance)
        .values({ sessionId: session.id, ambassadorId, attended: mark === 'present', recordedByUserId: userId, recordedAt: now })
        .onConflictDoUpdate({
          target: [trainingAttendance.sessionId, trainingAttendance.ambassadorId],
          set: { attended: mark === 'present', recordedByUserId: userId, recordedAt: now },
          // Unchanged marks keep who recorded them and when.
          setWhere: sql`${trainingAttendance.attended} IS DISTINCT FROM ${mark === 'present'}`,
        });
    }
    const present = ids.filter((id) => input.marks.get(id) === 'present');
    await audit(tx, {
      action: 'training.attendance',
      actorUserId: userId,
      entityType: 'training_session',
      entityId: session.id,
      details: { present: present.length, absent: ids.filter((id) => input.marks.get(id) === 'absent').length },
    });

    let issued = 0;
    for (const ambassadorId of present) if (await issueIfComplete(tx, userId, ambassadorId, now)) issued++;
    return { issued };
  });
}

async function insertCertificate(tx: DbOrTx, userId: string | null, ambassadorId: string, now: Date): Promise<string | null> {
  const [amb] = await tx.select({ name: ambassadors.displayName }).from(ambassadors).where(eq(ambassadors.id, ambassadorId));
  if (!amb) return null;
  const [row] = await tx
    .insert(trainingCertificates)
    .values({ ambassadorId, code: newVerificationCode(), holderName: amb.name, issuedOn: todayLocal(now), issuedByUserId: userId })
    // A valid certificate already there (the partial unique index): nothing to do.
    .onConflictDoNothing()
    .returning({ id: trainingCertificates.id });
  if (!row) return null;
  await audit(tx, { action: 'certificate.issued', actorUserId: userId, entityType: 'certificate', entityId: row.id });
  return row.id;
}

/** The automatic issue: required modules complete (at least one) and no certificate ever issued. */
export async function issueIfComplete(tx: DbOrTx, userId: string | null, ambassadorId: string, now = new Date()): Promise<boolean> {
  const progress = await ambassadorProgress(tx, ambassadorId);
  if (!progress.complete || progress.requiredTotal === 0 || progress.certificate) return false;
  return (await insertCertificate(tx, userId, ambassadorId, now)) !== null;
}

/** The coordinator issues a certificate by hand (e.g. after revoking one): required modules complete, none valid. */
export async function issueCertificate(db: DbOrTx, userId: string, ambassadorId: string, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const progress = await ambassadorProgress(tx, ambassadorId);
    if (progress.requiredTotal === 0 || !progress.complete) throw new ActionError('training.errors.notComplete');
    if (progress.certificate && !progress.certificate.revokedAt) throw new ActionError('training.errors.alreadyIssued');
    const id = await insertCertificate(tx, userId, ambassadorId, now);
    if (!id) throw new ActionError('training.errors.alreadyIssued');
    return id;
  });
}

/** Revokes a valid certificate: its public page says "not valid" from now on. Returns the holder's ambassador id. */
export async function revokeCertificate(db: DbOrTx, userId: string, certificateId: string, now = new Date()): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingCertificates)
      .set({ revokedAt: now, revokedByUserId: userId })
      .where(and(eq(trainingCertificates.id, certificateId), isNull(trainingCertificates.revokedAt)))
      .returning({ ambassadorId: trainingCertificates.ambassadorId });
    if (!row) throw new ActionError('training.errors.notFound');
    await audit(tx, { action: 'certificate.revoked', actorUserId: userId, entityType: 'certificate', entityId: certificateId });
    return row.ambassadorId;
  });
}
