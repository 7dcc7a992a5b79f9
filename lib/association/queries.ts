import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '@/db/client';
import { audit } from '@/lib/audit';
import { associations, importBatches, leads, signalReplies, signals } from '@/db/schema';
import { isIsoDate, sqlAmsterdamDayStart } from '@/lib/dates';
import { ALL_STATUSES, CLOSED_STATUSES, type LeadStatus, SIGNED_STATUSES } from '@/lib/leads/steps';
import { isUuid } from '@/lib/actions/validation';

/**
 * Reads for the association's own area. Every query takes the association id and filters by it
 * in its WHERE clause: an association sees its own contacts, files and signals, never another's.
 */

export async function associationName(db: DbOrTx, associationId: string): Promise<string | null> {
  const [a] = await db.select({ name: associations.name }).from(associations).where(eq(associations.id, associationId));
  return a?.name ?? null;
}

/** Submitted (all, unmerged), in progress (open, not yet signed), plan signed (signed or further). */
export async function associationCounts(db: DbOrTx, associationId: string) {
  const signed = [...SIGNED_STATUSES] as string[];
  const closed = [...CLOSED_STATUSES] as string[];
  const [row] = await db
    .select({
      submitted: count(),
      inProgress: sql<number>`count(*) filter (where ${leads.status} not in ${[...signed, ...closed]})::int`,
      planSigned: sql<number>`count(*) filter (where ${leads.status} in ${signed})::int`,
    })
    .from(leads)
    .where(and(eq(leads.associationId, associationId), isNull(leads.mergedIntoId)));
  return { submitted: Number(row?.submitted ?? 0), inProgress: Number(row?.inProgress ?? 0), planSigned: Number(row?.planSigned ?? 0) };
}

export const CONTACTS_PAGE_SIZE = 25;

const day = z.string().refine(isIsoDate);

const filterSchema = z.object({
  step: z.enum(ALL_STATUSES as [LeadStatus, ...LeadStatus[]]).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type ContactFilters = z.output<typeof filterSchema>;

/** searchParams → filters; anything unusable is dropped (never an error page). */
export function parseContactFilters(params: Record<string, string | string[] | undefined> | URLSearchParams): ContactFilters {
  const get = (k: string) => {
    const v = params instanceof URLSearchParams ? params.get(k) : params[k];
    const s = Array.isArray(v) ? v[0] : v;
    return s === '' || s === null ? undefined : s;
  };
  return filterSchema.parse({ step: get('step'), from: get('from'), to: get('to'), page: get('page') ?? 1 });
}

export interface ContactRowView {
  id: string;
  name: string;
  status: LeadStatus;
  createdAt: Date;
}

/**
 * The association's contacts: name, step and the date submitted, nothing more (no phone, no
 * notes: after the hand-over the city works with the person). Merged duplicates are left out.
 */
export async function listContacts(db: DbOrTx, associationId: string, filters: ContactFilters) {
  const where = and(
    eq(leads.associationId, associationId),
    isNull(leads.mergedIntoId),
    filters.step ? eq(leads.status, filters.step) : undefined,
    filters.from ? gte(leads.createdAt, sqlAmsterdamDayStart(filters.from)) : undefined,
    filters.to ? lt(leads.createdAt, sqlAmsterdamDayStart(filters.to, 1)) : undefined,
  );
  const [{ total }] = (await db.select({ total: count() }).from(leads).where(where)) as [{ total: number }];
  const pageCount = Math.max(1, Math.ceil(Number(total) / CONTACTS_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows: ContactRowView[] = await db
    .select({ id: leads.id, name: leads.name, status: leads.status, createdAt: leads.createdAt })
    .from(leads)
    .where(where)
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(CONTACTS_PAGE_SIZE)
    .offset((page - 1) * CONTACTS_PAGE_SIZE);
  return { rows, total: Number(total), page, pageCount };
}

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

export interface SignalView {
  id: string;
  kind: 'potential_participants' | 'community_development' | 'concern';
  text: string;
  status: 'new' | 'handled';
  createdAt: Date;
  handledAt: Date | null;
  replies: { id: string; text: string; createdAt: Date }[];
}

/** The association's signals, newest first, each with the project worker's replies. */
export async function listSignals(db: DbOrTx, associationId: string, limit = 50): Promise<SignalView[]> {
  const rows = await db
    .select({
      id: signals.id,
      kind: signals.kind,
      text: signals.text,
      status: signals.status,
      createdAt: signals.createdAt,
      handledAt: signals.handledAt,
    })
    .from(signals)
    .where(eq(signals.associationId, associationId))
    .orderBy(desc(signals.createdAt), desc(signals.id))
    .limit(limit);
  if (!rows.length) return [];
  const replies = await db
    .select({ id: signalReplies.id, signalId: signalReplies.signalId, text: signalReplies.text, createdAt: signalReplies.createdAt })
    .from(signalReplies)
    .where(inArray(signalReplies.signalId, rows.map((r) => r.id)))
    .orderBy(asc(signalReplies.createdAt));
  return rows.map((r) => ({ ...r, replies: replies.filter((x) => x.signalId === r.id).map(({ signalId: _s, ...x }) => x) }));
}
