import 'server-only';
import { createHash } from 'node:crypto';
import { and, eq, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { importBatches, leads, neighbourhoods } from '@/db/schema';
import { ActionError } from '@/lib/actions/errors';
import { audit } from '@/lib/audit';
import { createLeads } from '@/lib/leads/create';
import type { ImportField } from './fields';
import { parseImportFile } from './parse';
import { fromStored, toStored, validateRows } from './validate';
import { isUuid } from '@/lib/actions/validation';
import { ASSOCIATION_CONSENT_VERSION } from '@/lib/associations/schema';
import { numbersPassedOnBefore } from '@/lib/associations/queries';
import type { AssociationActor } from '@/lib/associations/mutations';


export interface PreviewOutcome {
  batchId: string;
  rowCount: number;
  validCount: number;
  failedCount: number;
}

/**
 * Reads and checks a file and stores the result as a batch awaiting confirmation; imports
 * nothing. A file that cannot be read at all (too large, too many rows, wrong type, columns
 * missing) is refused with a field error on "file" and stores nothing.
 */
/**
 * Data minimisation: rows of batches older than 14 days (never-confirmed previews and the
 * failed-rows lists) are cleared; the batch keeps only its counts.
 */
export async function purgeOldImportData(db: DbOrTx, now = new Date()): Promise<void> {
  await db
    .update(importBatches)
    .set({ rows: null, failedRows: null })
    .where(and(lt(importBatches.createdAt, new Date(now.getTime() - 14 * 24 * 3600 * 1000)), or(isNotNull(importBatches.rows), isNotNull(importBatches.failedRows))));
}


export async function previewImport(
  db: DbOrTx,
  user: AssociationActor,
  file: { name: string; bytes: Uint8Array },
  /** a column's name in the user's language, for the list of missing columns */
  columnName: (field: ImportField) => string = (field) => field,
): Promise<PreviewOutcome> {
  const { associationId } = user;
  await purgeOldImportData(db);
  const parsed = await parseImportFile(file.bytes, file.name);
  if (!parsed.ok) {
    const key = `associationImport.errors.${parsed.error}`;
    throw new ActionError('invalidForm', { file: key }, parsed.missing ? { [key]: { columns: parsed.missing.map(columnName).join(', ') } } : undefined);
  }
  const wijken = await db.select({ code: neighbourhoods.code, name: neighbourhoods.name }).from(neighbourhoods);
  const { valid, failed } = validateRows(parsed.rows, { wijken });

  // Passed on before BY THIS ASSOCIATION (numbersPassedOnBefore, the single form's check too):
  // a warning, still imported once the user confirms the file.
  const known = await numbersPassedOnBefore(db, associationId, valid.map((r) => r.phone));
  for (const r of valid) if (known.has(r.phone)) r.known = true;

  const fileName = file.name.replace(/[\\/]/g, '_').slice(0, 200) || 'bestand';
  const [batch] = await db
    .insert(importBatches)
    .values({
      associationId,
      userId: user.id,
      fileName,
      fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
      rowCount: parsed.rows.length,
      validCount: valid.length,
      rows: valid.map(toStored),
      failedRows: failed,
    })
    .returning({ id: importBatches.id });
  await audit(db, {
    action: 'import.previewed',
    actorUserId: user.id,
    entityType: 'import',
    entityId: batch!.id,
    details: { rows: parsed.rows.length, valid: valid.length, failed: failed.length, format: parsed.format },
  });
  return { batchId: batch!.id, rowCount: parsed.rows.length, validCount: valid.length, failedCount: failed.length };
}

/** Rows per INSERT statement (well under Postgres' 65,535 parameters). */
const CHUNK = 500;

/**
 * Imports the valid rows of a previewed batch: all of them in one transaction, or none. The
 * batch row is locked and its status checked inside the transaction, so confirming twice (a
 * double click, a second tab, two requests at once) imports once; the second gets
 * "alreadyImported". A batch of another association is "not found", exactly like a missing one.
 */
export async function confirmImport(
  db: DbOrTx,
  user: AssociationActor,
  batchId: string,
  opts: { chunkSize?: number } = {},
): Promise<{ imported: number }> {
  const { associationId } = user;
  if (!isUuid(batchId)) throw new ActionError('associationImport.errors.batchNotFound');
  const chunk = opts.chunkSize ?? CHUNK;
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .select()
      .from(importBatches)
      .where(and(eq(importBatches.id, batchId), eq(importBatches.associationId, associationId)))
      .for('update');
    if (!batch) throw new ActionError('associationImport.errors.batchNotFound');
    if (batch.status === 'imported') throw new ActionError('associationImport.errors.alreadyImported');

    const rows = (batch.rows ?? []).map(fromStored);
    // Checked against the wijken at the preview; a code gone since then becomes "other", as before.
    const wijken = new Set((await tx.select({ code: neighbourhoods.code }).from(neighbourhoods)).map((w) => w.code));
    const now = new Date();

    let imported = 0;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      const ids = await createLeads(
        tx,
        part.map((r) => ({
          name: r.name,
          phone: r.phone,
          language: r.language,
          neighbourhood: wijken.has(r.neighbourhood) ? r.neighbourhood : 'other',
          note: r.note,
          meta: { import: batch.id, row: r.row },
        })),
        {
          source: 'association',
          duplicate: 'flag',
          actorUserId: user.id,
          attribution: { associationId, importBatchId: batch.id },
          consentVersion: ASSOCIATION_CONSENT_VERSION,
          consentAt: now,
        },
      );
      imported += ids.length;
    }

    await tx
      .update(importBatches)
      .set({ status: 'imported', importedCount: imported, importedAt: now, rows: null })
      .where(eq(importBatches.id, batch.id));
    await audit(tx, { action: 'import.confirmed', actorUserId: user.id, entityType: 'import', entityId: batch.id, details: { imported } });
    return { imported };
  });
}

/** For tests and the benchmark: counts of a batch's leads (never used to decide anything). */
export async function leadsOfBatch(db: DbOrTx, batchId: string): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(leads).where(eq(leads.importBatchId, batchId));
  return r!.n;
}
