import 'server-only';
import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { ambassadorPasses, ambassadors, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { todayLocal } from '@/lib/dates';
import { MAX_PASS_PHOTO_BYTES, PASS_CODE, detectPassPhotoType, isPassValid } from './pass-rules';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function newPassCode(): string {
  let code = '';
  for (let i = 0; i < 16; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * The coordinator uploads the pass photo (JPEG/PNG/WebP by content, at most 2 MB); the first
 * upload also makes the pass's check code. Audited by ids only.
 */
export async function setPassPhoto(db: DbOrTx, actorUserId: string, ambassadorId: string, file: { size: number; bytes: Uint8Array }, now = new Date()): Promise<void> {
  if (file.size <= 0 || file.bytes.length === 0) throw new ActionError('invalidForm', { photo: 'corps.errors.photoEmpty' });
  if (file.size > MAX_PASS_PHOTO_BYTES || file.bytes.length > MAX_PASS_PHOTO_BYTES) throw new ActionError('invalidForm', { photo: 'corps.errors.photoTooLarge' });
  const type = detectPassPhotoType(file.bytes);
  if (!type) throw new ActionError('invalidForm', { photo: 'corps.errors.photoType' });
  await db.transaction(async (tx) => {
    const [a] = await tx.select({ id: ambassadors.id }).from(ambassadors).where(eq(ambassadors.id, ambassadorId)).limit(1);
    if (!a) throw new ActionError('corps.errors.notFound');
    await tx
      .insert(ambassadorPasses)
      .values({ ambassadorId, checkCode: newPassCode(), photo: file.bytes, photoType: type, updatedByUserId: actorUserId, updatedAt: now })
      .onConflictDoUpdate({ target: ambassadorPasses.ambassadorId, set: { photo: file.bytes, photoType: type, updatedByUserId: actorUserId, updatedAt: now } });
    await audit(tx, { action: 'ambassador.pass_photo_set', actorUserId, entityType: 'ambassador', entityId: ambassadorId });
  });
}

const passFields = {
  ambassadorId: ambassadors.id,
  name: ambassadors.displayName,
  status: ambassadors.status,
  passNumber: ambassadors.passNumber,
  passIssuedOn: ambassadors.passIssuedOn,
  passExpiresOn: ambassadors.passExpiresOn,
  passReturnedOn: ambassadors.passReturnedOn,
  checkCode: ambassadorPasses.checkCode,
  hasPhoto: ambassadorPasses.photoType,
  userActive: users.active,
};

/** The ambassador's own pass (by their own id), with whether it is valid now; null without a digital pass. */
export async function ownPass(db: DbOrTx, ambassadorId: string, now = new Date()) {
  const [row] = await db
    .select(passFields)
    .from(ambassadors)
    .innerJoin(ambassadorPasses, eq(ambassadorPasses.ambassadorId, ambassadors.id))
    .leftJoin(users, eq(users.ambassadorId, ambassadors.id))
    .where(eq(ambassadors.id, ambassadorId))
    .limit(1);
  if (!row) return null;
  return { ...row, hasPhoto: !!row.hasPhoto, valid: isPassValid({ ...row, userActive: row.userActive ?? false }, todayLocal(now)) };
}

/**
 * The public check behind the pass's QR code: whether the pass with this code is valid now —
 * nothing else about the person. An unknown code is "not valid" too.
 */
export async function checkPass(db: DbOrTx, code: string, now = new Date()): Promise<{ valid: boolean }> {
  const c = code.trim().toUpperCase();
  if (!PASS_CODE.test(c)) return { valid: false };
  const [row] = await db
    .select(passFields)
    .from(ambassadorPasses)
    .innerJoin(ambassadors, eq(ambassadors.id, ambassadorPasses.ambassadorId))
    .leftJoin(users, eq(users.ambassadorId, ambassadors.id))
    .where(eq(ambassadorPasses.checkCode, c))
    .limit(1);
  return { valid: !!row && isPassValid({ ...row, userActive: row.userActive ?? false }, todayLocal(now)) };
}

/** The pass photo, for its owner or the coordinator (the route handler decides who asks). */
export async function passPhoto(db: DbOrTx, ambassadorId: string): Promise<{ bytes: Uint8Array; type: string } | null> {
  const [row] = await db
    .select({ photo: ambassadorPasses.photo, type: ambassadorPasses.photoType })
    .from(ambassadorPasses)
    .where(and(eq(ambassadorPasses.ambassadorId, ambassadorId)))
    .limit(1);
  return row?.photo && row.type ? { bytes: row.photo, type: row.type } : null;
}
