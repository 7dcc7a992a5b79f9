import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { trainingCertificates } from '@/db/schema';
import { audit } from '@/lib/audit';
import { type Window, hit } from '@/lib/ratelimit';
import { normalizeCode } from './code';
import { type Certificate, type TrainingModule, certificateModules } from './queries';

/** Public checks of a verification code per IP address per window (against trying codes in bulk). */
export const VERIFY_WINDOW: Window = {
  limit: Number(process.env.CERTIFICATE_CHECK_LIMIT ?? 30),
  windowSeconds: Number(process.env.CERTIFICATE_CHECK_WINDOW_SECONDS ?? 600),
};

export type CertificateCheck =
  | { status: 'limited'; retryAfter: number }
  | { status: 'notFound' }
  | { status: 'found'; name: string; valid: boolean };

/**
 * The public check of `/certificaat/<code>`: counts the request against the address's limit (the
 * one write, in the same call as the read), then answers with the holder's name and whether the
 * certificate is valid — nothing else about them or it.
 */
export async function checkCertificate(db: DbOrTx, ipHash: string, rawCode: string): Promise<CertificateCheck> {
  const limit = await hit(db, `certificate:ip:${ipHash}`, VERIFY_WINDOW);
  if (!limit.allowed) return { status: 'limited', retryAfter: limit.retryAfter };
  const code = normalizeCode(rawCode);
  if (!code) return { status: 'notFound' };
  const [row] = await db
    .select({ name: trainingCertificates.holderName, revokedAt: trainingCertificates.revokedAt })
    .from(trainingCertificates)
    .where(eq(trainingCertificates.code, code));
  return row ? { status: 'found', name: row.name, valid: row.revokedAt === null } : { status: 'notFound' };
}

/** Whose certificate may be opened: an ambassador their own, the coordinator any. */
export type CertificateScope = { kind: 'ambassador'; ambassadorId: string } | { kind: 'all' };

/**
 * A valid certificate with its modules, for the PDF, read and audited (`certificate.downloaded`)
 * in one call. An ambassador gets only their own (their id in WHERE); null when there is none.
 */
export async function openCertificate(
  db: DbOrTx,
  viewer: { userId: string; ipHash?: string | null },
  certificateId: string | null,
  scope: CertificateScope,
): Promise<{ certificate: Certificate; modules: TrainingModule[] } | null> {
  return db.transaction(async (tx) => {
    const [certificate] = await tx
      .select({
        id: trainingCertificates.id,
        ambassadorId: trainingCertificates.ambassadorId,
        code: trainingCertificates.code,
        holderName: trainingCertificates.holderName,
        issuedOn: trainingCertificates.issuedOn,
        revokedAt: trainingCertificates.revokedAt,
      })
      .from(trainingCertificates)
      .where(
        and(
          isNull(trainingCertificates.revokedAt),
          certificateId ? eq(trainingCertificates.id, certificateId) : undefined,
          scope.kind === 'ambassador' ? eq(trainingCertificates.ambassadorId, scope.ambassadorId) : undefined,
        ),
      )
      .limit(1);
    if (!certificate) return null;
    const modules = await certificateModules(tx, certificate.ambassadorId);
    await audit(tx, { action: 'certificate.downloaded', actorUserId: viewer.userId, entityType: 'certificate', entityId: certificate.id, ipHash: viewer.ipHash ?? null });
    return { certificate, modules };
  });
}
