import 'server-only';
import { and, desc, eq, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { importBatches } from '@/db/schema';
import { isUuid } from '@/lib/actions/validation';

/** The onboarding batches (kind ≠ 'contacts', no association): never an association's file. */
const onboarding = and(ne(importBatches.kind, 'contacts'), isNull(importBatches.associationId));

export async function getOnboardingBatch(db: DbOrTx, batchId: string) {
  if (!isUuid(batchId)) return null;
  const [b] = await db.select().from(importBatches).where(and(eq(importBatches.id, batchId), onboarding));
  return b ?? null;
}

export async function listOnboardingBatches(db: DbOrTx, limit = 15) {
  return db
    .select({ id: importBatches.id, kind: importBatches.kind, fileName: importBatches.fileName, status: importBatches.status, rowCount: importBatches.rowCount, createdAt: importBatches.createdAt })
    .from(importBatches)
    .where(onboarding)
    .orderBy(desc(importBatches.createdAt))
    .limit(limit);
}
