import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { importBatches } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';
import { audit } from '@/lib/audit';

/**
 * Reads of the association's file imports. Every query takes the association id and filters by
 * it in its WHERE clause: an association sees its own files, never another's.
 */

/** One of the association's own batches; another association's (or a malformed id) is null. */
export async function getBatch(db: DbOrTx, associationId: string, batchId: string) {
  if (!isUuid(batchId)) return null;
  const [b] = await db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.id, batchId), eq(importBatches.associationId, associationId)));
  return b ?? null;
}

/**
 * Downloading the rows of a file that were not imported: the association's own batch (as getBatch)
 * plus the `import.failed_downloaded` audit entry (ids and the row count) in one transaction.
 */
export async function openFailedRows(db: DbOrTx, viewerUserId: string, associationId: string, batchId: string) {
  return db.transaction(async (tx) => {
    const batch = await getBatch(tx, associationId, batchId);
    if (batch) {
      await audit(tx, { action: 'import.failed_downloaded', actorUserId: viewerUserId, entityType: 'import', entityId: batch.id, details: { rows: batch.failedRows?.length ?? 0 } });
    }
    return batch;
  });
}

export async function listBatches(db: DbOrTx, associationId: string, limit = 10) {
  return db
    .select({
      id: importBatches.id,
      fileName: importBatches.fileName,
      status: importBatches.status,
      rowCount: importBatches.rowCount,
      validCount: importBatches.validCount,
      importedCount: importBatches.importedCount,
      createdAt: importBatches.createdAt,
      importedAt: importBatches.importedAt,
    })
    .from(importBatches)
    .where(eq(importBatches.associationId, associationId))
    .orderBy(desc(importBatches.createdAt))
    .limit(limit);
}
